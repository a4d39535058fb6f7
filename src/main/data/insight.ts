/**
 * The insight views, computed in main from what the data service holds (every session, every
 * orgasm, each session's history rows) by the shared pure modules, so the window receives only
 * the small results.
 *
 * A finished session's history no longer changes (its rows are written while it runs), so its
 * source totals are computed once per run and kept; the active session's are computed afresh from
 * the rows the sync keeps current. A session whose history cannot be read (offline, never fetched)
 * is left out of the totals and counted in `sessionsWithoutHistory`.
 */
import type { HistoryItem, Orgasm, Session } from '../../shared/api/schemas'
import { computeHeatmap } from '../../shared/insight/heatmap'
import { computeOrgasmIntervals } from '../../shared/insight/orgasm-intervals'
import { computeRecords } from '../../shared/insight/records'
import type { InsightQuery } from '../../shared/insight/schema'
import { combineBreakdowns, sourceBreakdown, type SourceBreakdown } from '../../shared/insight/sources'
import type { ChannelOutput, Freshness } from '../../shared/ipc/contract'

/** What the insight reads from the data service. */
export interface InsightData {
  everySession(): Promise<{ value: Session[]; freshness: Freshness }>
  everyOrgasm(): Promise<{ value: Orgasm[]; freshness: Freshness }>
  sessionHistory(sessionId: number): Promise<HistoryItem[]>
}

/** Histories fetched at once when many sessions' are missing. */
const PARALLEL_HISTORIES = 4

/** The answers' freshness taken together: as old as the oldest, refreshing while any refreshes. */
function together(parts: readonly Freshness[]): Freshness {
  const times = parts.map((f) => f.fetchedAt)
  return {
    fetchedAt: times.includes(null) ? null : Math.min(...times.map((t) => t ?? 0)),
    stale: parts.some((f) => f.stale),
    refreshing: parts.some((f) => f.refreshing),
  }
}

const finished = (s: Session) => !s.active && s.end !== null

export class Insight {
  private readonly data: InsightData
  private readonly now: () => number
  /** Source totals of finished sessions, by session id. */
  private readonly finishedSources = new Map<number, SourceBreakdown>()

  constructor(data: InsightData, now: () => number) {
    this.data = data
    this.now = now
  }

  async get(query: InsightQuery): Promise<ChannelOutput<'insight:get'>> {
    const { views, timeZone } = query
    const wants = (view: InsightQuery['views'][number]) => views.includes(view)
    const freshness: Freshness[] = []
    // Whole milliseconds: the server clock's estimate has fractions.
    const now = Math.floor(this.now())
    const answer: ChannelOutput<'insight:get'> = {
      computedAt: now,
      sessionsWithoutHistory: 0,
      freshness: { fetchedAt: now, stale: false, refreshing: false },
    }

    if (wants('sources') || wants('records') || wants('heatmap')) {
      const sessions = await this.data.everySession()
      freshness.push(sessions.freshness)
      if (wants('records')) answer.records = computeRecords(sessions.value, now, timeZone)
      if (wants('heatmap')) answer.heatmap = computeHeatmap(sessions.value, now, timeZone)
      if (wants('sources')) {
        const { breakdown, missing } = await this.allSources(sessions.value)
        answer.sources = breakdown
        answer.sessionsWithoutHistory = missing
      }
    }
    if (wants('sessionSources') && query.sessionId !== undefined)
      answer.sessionSources = sourceBreakdown(await this.data.sessionHistory(query.sessionId))
    if (wants('orgasmIntervals')) {
      const orgasms = await this.data.everyOrgasm()
      freshness.push(orgasms.freshness)
      answer.orgasmIntervals = computeOrgasmIntervals(orgasms.value)
    }
    if (freshness.length > 0) answer.freshness = together(freshness)
    return answer
  }

  /** Every session's source totals added up; sessions known to have no history add nothing. */
  private async allSources(
    sessions: readonly Session[],
  ): Promise<{ breakdown: SourceBreakdown; missing: number }> {
    const parts: SourceBreakdown[] = []
    const toRead = sessions.filter((s) => {
      const kept = this.finishedSources.get(s.id)
      if (kept !== undefined) parts.push(kept)
      return kept === undefined && s.has_history !== false
    })
    let missing = 0
    let next = 0
    const worker = async () => {
      while (next < toRead.length) {
        const session = toRead[next++]
        if (session === undefined) return
        try {
          const breakdown = sourceBreakdown(await this.data.sessionHistory(session.id))
          if (finished(session)) this.finishedSources.set(session.id, breakdown)
          parts.push(breakdown)
        } catch {
          missing++
        }
      }
    }
    await Promise.all(Array.from({ length: PARALLEL_HISTORIES }, worker))
    return { breakdown: combineBreakdowns(parts), missing }
  }
}
