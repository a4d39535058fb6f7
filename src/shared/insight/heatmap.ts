/**
 * Locked time per calendar day in the user's zone over the last year: the 365 days that end today
 * (today so far), oldest first, every day present (0 when unlocked), so a calendar grid, a chart
 * and a table can all be drawn from it. A session is split at the zone's midnights, so a day of a
 * DST change holds up to 23 or 25 hours; overlapping sessions count once (see intervals.ts).
 */
import type { Instant } from '../api/time'
import { dateOfDay, dayAt, lockedMsByDay, startOfDay } from './days'
import { lockedTime, type SessionTimes } from './intervals'

export const HEATMAP_DAYS = 365

export interface HeatmapDay {
  /** "YYYY-MM-DD" in the user's zone. */
  date: string
  /** 0 = Monday … 6 = Sunday, to lay the days out in weeks. */
  weekday: number
  lockedSeconds: number
}

export interface Heatmap {
  from: string
  to: string
  days: HeatmapDay[]
  totalSeconds: number
  /** Days with any locked time. */
  lockedDays: number
  /** The day with the most locked time (the earliest of equals), or null when no day was locked. */
  busiest: { date: string; lockedSeconds: number } | null
}

export function computeHeatmap(sessions: readonly SessionTimes[], now: Instant, timeZone: string): Heatmap {
  const today = dayAt(now, timeZone)
  const first = today - (HEATMAP_DAYS - 1)
  const byDay = lockedMsByDay(lockedTime(sessions, now).merged, timeZone, startOfDay(first, timeZone), now)
  const days: HeatmapDay[] = []
  let totalSeconds = 0
  let lockedDays = 0
  let busiest: Heatmap['busiest'] = null
  for (let day = first; day <= today; day++) {
    const lockedSeconds = Math.floor((byDay.get(day) ?? 0) / 1000)
    const date = dateOfDay(day)
    // Day 0 (1970-01-01) was a Thursday.
    days.push({ date, weekday: (((day + 3) % 7) + 7) % 7, lockedSeconds })
    totalSeconds += lockedSeconds
    if (lockedSeconds > 0) lockedDays++
    if (lockedSeconds > (busiest?.lockedSeconds ?? 0)) busiest = { date, lockedSeconds }
  }
  return { from: dateOfDay(first), to: dateOfDay(today), days, totalSeconds, lockedDays, busiest }
}
