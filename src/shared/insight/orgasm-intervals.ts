/**
 * The days between consecutive orgasms: of any mode, and within each mode (full, ruined, milking,
 * dom, ted), with the median, shortest and longest. An orgasm has a calendar date only (the
 * user's), so intervals are whole days; two on the same date make an interval of 0 days. An
 * orgasm whose date is not a real "YYYY-MM-DD" date is left out.
 */
import { ORGASM_MODES, type OrgasmMode } from '../api/schemas'
import { dateOfDay, dayNumberOf } from './days'

/** What this module reads of an orgasm. */
export interface OrgasmDate {
  date: string
  mode: OrgasmMode
}

export interface OrgasmInterval {
  /** The earlier and the later orgasm's dates. */
  from: string
  to: string
  days: number
}

export interface IntervalGroup {
  /** null: every mode together. */
  mode: OrgasmMode | null
  orgasms: number
  /** Oldest first. */
  intervals: OrgasmInterval[]
  medianDays: number | null
  shortestDays: number | null
  longestDays: number | null
}

export interface OrgasmIntervals {
  /** Every mode together first, then each mode with at least one orgasm, in the API's order. */
  groups: IntervalGroup[]
  leftOut: number
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function dayOf(date: string): number | null {
  const m = DATE_RE.exec(date)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const n = dayNumberOf(year, month, day)
  // Rejects dates such as 2026-02-31 that Date.UTC rolls over.
  return dateOfDay(n) === date ? n : null
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2
}

function groupOf(mode: OrgasmMode | null, days: number[]): IntervalGroup {
  days.sort((a, b) => a - b)
  const intervals: OrgasmInterval[] = []
  for (let i = 1; i < days.length; i++) {
    const from = days[i - 1] ?? 0
    const to = days[i] ?? 0
    intervals.push({ from: dateOfDay(from), to: dateOfDay(to), days: to - from })
  }
  const lengths = intervals.map((i) => i.days).sort((a, b) => a - b)
  return {
    mode,
    orgasms: days.length,
    intervals,
    medianDays: median(lengths),
    shortestDays: lengths[0] ?? null,
    longestDays: lengths[lengths.length - 1] ?? null,
  }
}

export function computeOrgasmIntervals(orgasms: readonly OrgasmDate[]): OrgasmIntervals {
  const all: number[] = []
  const byMode = new Map<OrgasmMode, number[]>()
  let leftOut = 0
  for (const o of orgasms) {
    const day = dayOf(o.date)
    if (day === null) {
      leftOut++
      continue
    }
    all.push(day)
    const list = byMode.get(o.mode)
    if (list === undefined) byMode.set(o.mode, [day])
    else list.push(day)
  }
  const groups = [groupOf(null, all)]
  for (const mode of ORGASM_MODES) {
    const days = byMode.get(mode)
    if (days !== undefined) groups.push(groupOf(mode, days))
  }
  return { groups, leftOut }
}
