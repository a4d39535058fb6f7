/**
 * Where the time came from: the seconds each source (a game, a penalty, the dom, a manual edit)
 * added to and removed from the schedule, for one session's history rows or for many sessions'.
 *
 * Only ADD and SUB rows count (START sets the schedule, it adds nothing). A row whose seconds are
 * missing, negative or not finite is left out and counted in `leftOut`. A row without a source is
 * counted under `null` (a row of its own, present only when there is such time).
 */
import type { HistorySource } from '../api/schemas'

/** The order the rows are shown in: the games, then penalties, the dom and manual edits. */
export const SOURCE_ORDER: readonly HistorySource[] = ['DICE', 'LINK', 'LUCK', 'PENALTY', 'DOM', 'MANUAL']

/** What this module reads of a history row. */
export interface SourceRowInput {
  type: 'START' | 'ADD' | 'SUB'
  unit: number | null
  source: HistorySource | null
}

export interface SourceTotals {
  source: HistorySource | null
  addedSeconds: number
  removedSeconds: number
  /** Added minus removed. */
  netSeconds: number
  /** ADD and SUB rows counted. */
  changes: number
}

export interface SourceBreakdown {
  /** Every source in SOURCE_ORDER (zeros included), then the time without a source, if any. */
  sources: SourceTotals[]
  addedSeconds: number
  removedSeconds: number
  netSeconds: number
  changes: number
  /** Sessions whose rows were counted. */
  sessions: number
  leftOut: number
}

const empty = (source: HistorySource | null): SourceTotals => ({
  source,
  addedSeconds: 0,
  removedSeconds: 0,
  netSeconds: 0,
  changes: 0,
})

function breakdownOf(bySource: Map<HistorySource | null, SourceTotals>, sessions: number, leftOut: number) {
  const unattributed = bySource.get(null)
  const sources = [
    ...SOURCE_ORDER.map((s) => bySource.get(s) ?? empty(s)),
    ...(unattributed !== undefined && unattributed.changes > 0 ? [unattributed] : []),
  ]
  const sum = (pick: (t: SourceTotals) => number) => sources.reduce((total, t) => total + pick(t), 0)
  return {
    sources,
    addedSeconds: sum((t) => t.addedSeconds),
    removedSeconds: sum((t) => t.removedSeconds),
    netSeconds: sum((t) => t.netSeconds),
    changes: sum((t) => t.changes),
    sessions,
    leftOut,
  }
}

/** One session's rows (or any rows taken together as one session). */
export function sourceBreakdown(rows: readonly SourceRowInput[]): SourceBreakdown {
  const bySource = new Map<HistorySource | null, SourceTotals>()
  let leftOut = 0
  for (const row of rows) {
    if (row.type === 'START') continue
    const seconds = row.unit
    if (seconds === null || !Number.isFinite(seconds) || seconds < 0) {
      leftOut++
      continue
    }
    let totals = bySource.get(row.source)
    if (totals === undefined) bySource.set(row.source, (totals = empty(row.source)))
    if (row.type === 'ADD') totals.addedSeconds += seconds
    else totals.removedSeconds += seconds
    totals.netSeconds = totals.addedSeconds - totals.removedSeconds
    totals.changes++
  }
  return breakdownOf(bySource, 1, leftOut)
}

/** Several sessions' breakdowns added up. */
export function combineBreakdowns(parts: readonly SourceBreakdown[]): SourceBreakdown {
  const bySource = new Map<HistorySource | null, SourceTotals>()
  let leftOut = 0
  let sessions = 0
  for (const part of parts) {
    sessions += part.sessions
    leftOut += part.leftOut
    for (const t of part.sources) {
      let totals = bySource.get(t.source)
      if (totals === undefined) bySource.set(t.source, (totals = empty(t.source)))
      totals.addedSeconds += t.addedSeconds
      totals.removedSeconds += t.removedSeconds
      totals.netSeconds += t.netSeconds
      totals.changes += t.changes
    }
  }
  return breakdownOf(bySource, sessions, leftOut)
}
