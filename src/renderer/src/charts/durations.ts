/** Session durations, their summary and their totals per week or month. */
import type { Session } from '../../../shared/api/schemas'
import { sessionEnd, sessionStart, type Instant } from '../../../shared/api/time'
import { periodsCovering, type CalendarPeriod, type Period } from './calendar'

export interface SessionSpan {
  id: number
  start: Instant
  end: Instant
  active: boolean
  durationMs: number
}

/** Active sessions last until `now`; sessions whose dates cannot be read are left out. Sorted by start. */
export function sessionSpans(sessions: readonly Session[], now: Instant): SessionSpan[] {
  const spans: SessionSpan[] = []
  for (const s of sessions) {
    const start = sessionStart(s)
    if (start === null) continue
    const end = s.active ? (sessionEnd(s) ?? now) : sessionEnd(s)
    if (end === null) continue
    spans.push({ id: s.id, start, end, active: s.active, durationMs: Math.max(0, end - start) })
  }
  return spans.sort((a, b) => a.start - b.start)
}

export interface SpanSummary {
  count: number
  longest: SessionSpan | null
  averageMs: number
  /** Time locked: where sessions overlap, that time counts once. */
  totalMs: number
}

export function summarizeSpans(spans: readonly SessionSpan[]): SpanSummary {
  let longest: SessionSpan | null = null
  let sumMs = 0
  for (const s of spans) {
    sumMs += s.durationMs
    if (longest === null || s.durationMs > longest.durationMs) longest = s
  }
  const totalMs = mergeSpans(spans).reduce((a, i) => a + (i.end - i.start), 0)
  return { count: spans.length, longest, totalMs, averageMs: spans.length ? sumMs / spans.length : 0 }
}

interface Interval {
  start: Instant
  end: Instant
}

/** The time covered by the spans (sorted by start) as disjoint intervals. */
function mergeSpans(spans: readonly SessionSpan[]): Interval[] {
  const out: Interval[] = []
  for (const s of spans) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else out.push({ start: s.start, end: s.end })
  }
  return out
}

export interface PeriodTotal extends CalendarPeriod {
  /** Locked time inside the period: never more than the period's length. */
  totalMs: number
  /** Sessions that were running at some time in the period. */
  count: number
}

/** The first period (sorted by start) that ends after `t`, from index `from` on. */
function firstEndingAfter(periods: readonly CalendarPeriod[], t: Instant, from: number): number {
  let i = from
  while (i < periods.length - 1 && (periods[i] as CalendarPeriod).end <= t) i++
  return i
}

/**
 * Locked time per week or month of the user's zone, from the first session's period to the last
 * one's, empty periods included. A session over several periods is split at their boundaries.
 */
export function totalsByPeriod(
  spans: readonly SessionSpan[],
  period: Period,
  timeZone: string,
): PeriodTotal[] {
  const first = spans[0]
  if (first === undefined) return []
  const lastEnd = spans.reduce((a, s) => Math.max(a, s.end), first.end)
  const periods = periodsCovering(first.start, lastEnd, period, timeZone)
  const rows: PeriodTotal[] = periods.map((p) => ({ ...p, totalMs: 0, count: 0 }))
  let i = 0
  for (const interval of mergeSpans(spans)) {
    i = firstEndingAfter(periods, interval.start, i)
    for (let j = i; j < rows.length; j++) {
      const row = rows[j] as PeriodTotal
      if (row.start >= interval.end) break
      row.totalMs += Math.min(row.end, interval.end) - Math.max(row.start, interval.start)
    }
  }
  let k = 0
  for (const s of spans) {
    k = firstEndingAfter(periods, s.start, k)
    for (let j = k; j < rows.length; j++) {
      const row = rows[j] as PeriodTotal
      // A session of no length still counts in the period where it started.
      if (j > k && row.start >= s.end) break
      row.count++
    }
  }
  return rows
}

export type Grouping = 'session' | Period

/**
 * The finest grouping that draws at most `maxBars` bars: one bar per session while they are few,
 * else per week, else per month.
 */
export function autoGrouping(spans: readonly SessionSpan[], timeZone: string, maxBars: number): Grouping {
  if (spans.length <= maxBars) return 'session'
  return totalsByPeriod(spans, 'week', timeZone).length <= maxBars ? 'week' : 'month'
}
