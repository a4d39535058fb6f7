/** Session durations, their summary and their totals per week or month. */
import type { Session } from '../../../shared/api/schemas'
import { sessionEnd, sessionStart, type Instant } from '../../../shared/api/time'
import { monthKey, weekKey } from '../zone'

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
  totalMs: number
}

export function summarizeSpans(spans: readonly SessionSpan[]): SpanSummary {
  let longest: SessionSpan | null = null
  let totalMs = 0
  for (const s of spans) {
    totalMs += s.durationMs
    if (longest === null || s.durationMs > longest.durationMs) longest = s
  }
  return { count: spans.length, longest, totalMs, averageMs: spans.length ? totalMs / spans.length : 0 }
}

export interface PeriodTotal {
  /** "YYYY-MM" for months, the Monday "YYYY-MM-DD" for weeks, in the user's zone. */
  period: string
  totalMs: number
  count: number
}

/** Each session counts whole in the period where it started. Sorted by period. */
export function totalsByPeriod(
  spans: readonly SessionSpan[],
  period: 'week' | 'month',
  timeZone: string,
): PeriodTotal[] {
  const map = new Map<string, PeriodTotal>()
  for (const s of spans) {
    const key = period === 'week' ? weekKey(s.start, timeZone) : monthKey(s.start, timeZone)
    const row = map.get(key) ?? { period: key, totalMs: 0, count: 0 }
    row.totalMs += s.durationMs
    row.count++
    map.set(key, row)
  }
  return [...map.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
}

export type Grouping = 'session' | 'week' | 'month'

/**
 * The finest grouping that draws at most `maxBars` bars: one bar per session while they are few,
 * else per week, else per month.
 */
export function autoGrouping(spans: readonly SessionSpan[], timeZone: string, maxBars: number): Grouping {
  if (spans.length <= maxBars) return 'session'
  return totalsByPeriod(spans, 'week', timeZone).length <= maxBars ? 'week' : 'month'
}
