/**
 * Calendar days in the user's zone: locked time split at each midnight of the zone, so a day of a
 * DST change has its 23 or 25 hours. Days are numbered (days since 1970-01-01 of the calendar
 * date) so streaks and ranges are plain arithmetic.
 */
import type { Instant } from '../api/time'
import { zonedParts, zonedToInstant } from '../zone'
import type { Span } from './intervals'

const DAY_MS = 86_400_000

const pad = (n: number) => String(n).padStart(2, '0')

/** The number of a calendar date "YYYY-MM-DD" (days since 1970-01-01). */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS)
}

/** The calendar date "YYYY-MM-DD" of a day number. */
export function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** The day number of the zone's calendar date at an instant. */
export function dayAt(instant: Instant, timeZone: string): number {
  const p = zonedParts(instant, timeZone)
  return dayNumberOf(p.year, p.month, p.day)
}

/**
 * When a day begins in a zone (its first instant; where midnight is skipped by a DST change, the
 * instant just after the gap). Cached: the same midnights are asked for by every view.
 */
export function startOfDay(day: number, timeZone: string): Instant {
  const key = `${timeZone}|${day}`
  let start = midnights.get(key)
  if (start === undefined) {
    start = zonedToInstant(dateOfDay(day), '00:00', timeZone) ?? day * DAY_MS
    if (midnights.size >= MIDNIGHTS_KEPT) midnights.clear()
    midnights.set(key, start)
  }
  return start
}

const MIDNIGHTS_KEPT = 50_000
const midnights = new Map<string, Instant>()

/**
 * Locked milliseconds per day number, for the spans' time inside [from, to) (the whole spans by
 * default). Spans must not overlap (pass `LockedTime.merged`).
 */
export function lockedMsByDay(
  spans: readonly Span[],
  timeZone: string,
  from: Instant = -Infinity,
  to: Instant = Infinity,
): Map<number, number> {
  const days = new Map<number, number>()
  for (const span of spans) {
    let start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    if (end <= start) continue
    let day = dayAt(start, timeZone)
    while (start < end) {
      const next = Math.min(startOfDay(day + 1, timeZone), end)
      if (next > start) days.set(day, (days.get(day) ?? 0) + (next - start))
      start = Math.max(next, start)
      day++
    }
  }
  return days
}
