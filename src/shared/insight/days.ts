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

const MINUTE_MS = 60_000
/** Further than any change of offset moves midnight. */
const SEARCH_MS = 3 * 3_600_000

/**
 * The first instant of a day in a zone. Usually its midnight; where a change of offset skips
 * midnight (clocks go from 23:59 to 01:00, as in Santiago) or repeats it (Havana), the first
 * minute that is this day, found by halving: offsets change on whole minutes.
 */
function firstInstantOf(day: number, timeZone: string): Instant {
  const guess = zonedToInstant(dateOfDay(day), '00:00', timeZone) ?? day * DAY_MS
  if (dayAt(guess, timeZone) === day && dayAt(guess - 1, timeZone) < day) return guess
  let before = guess - SEARCH_MS
  let after = guess + SEARCH_MS
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / MINUTE_MS / 2) * MINUTE_MS
    if (dayAt(middle, timeZone) >= day) after = middle
    else before = middle
  }
  return after
}

/** When a day begins in a zone. Cached: the same midnights are asked for by every view. */
export function startOfDay(day: number, timeZone: string): Instant {
  const key = `${timeZone}|${day}`
  let start = midnights.get(key)
  if (start === undefined) {
    start = firstInstantOf(day, timeZone)
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
