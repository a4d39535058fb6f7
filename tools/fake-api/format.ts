/** How the emulator writes instants, durations and time units, through the client's own time module. */
import { formatUtc, toWallClock } from '../../src/shared/api/time'
import type { TimeUnit, WaitUnit } from './types'

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS
/** "Not too far in the past" as the docs put it, read as 20 years. */
export const MAX_PAST_MS = Math.round(20 * 365.25 * DAY_MS)

export const UNIT_SECONDS: Record<TimeUnit, number> = {
  MINUTE: 60,
  HOUR: 3600,
  DAY: 86_400,
  // The tracker counts a month as 30 days.
  MONTH: 30 * 86_400,
}

/** A session start/end: wall clock at the session's own offset, "YYYY-MM-DD HH:MM:SS". */
export function formatSessionTime(instant: number, offsetMinutes: number): string {
  const w = toWallClock(instant, offsetMinutes)
  return `${w.date} ${w.time}:${String(w.seconds).padStart(2, '0')}`
}

/** UTC "YYYY-MM-DD HH:MM:SS" (scheduledend, histories schedule, inserted). */
export function utc(instant: number): string {
  return formatUtc(instant)
}

/** UTC with milliseconds (histories and games_changes `happened`). */
export function utcMillis(instant: number): string {
  return formatUtc(instant, true)
}

/** The stats page's form: "YYYY-MM-DD HH:MM:SS UTC". */
export function statsUtc(instant: number): string {
  return `${formatUtc(instant)} UTC`
}

/** The calendar date at an offset. */
export function dateAt(instant: number, offsetMinutes: number): string {
  return toWallClock(instant, offsetMinutes).date
}

/** "17 days 3 hours 12 minutes" (always all three parts, as the stats page shows). */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.max(0, Math.floor(ms / MINUTE_MS))
  const days = Math.floor(totalMinutes / 1440)
  const hours = Math.floor((totalMinutes % 1440) / 60)
  const minutes = totalMinutes % 60
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${part(days, 'day')} ${part(hours, 'hour')} ${part(minutes, 'minute')}`
}

/** "30 MINUTE(S)", as the games_changes diff labels show amounts. */
export function amount(n: number, unit: TimeUnit | WaitUnit): string {
  return `${n} ${unit}(S)`
}
