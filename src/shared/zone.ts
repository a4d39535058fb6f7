/**
 * Wall clock <-> instant in a named IANA time zone, through Intl only: the user's zone is passed
 * in, so nothing here depends on the host's zone, and tests can pin any zone.
 */
import { parseWallClock, type Instant } from './api/time'

interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

export function zonedParts(instant: Instant, timeZone: string): ZonedParts {
  const out: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value)
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  }
}

/** Minutes east of UTC that the zone observes at an instant. */
export function zoneOffsetMinutes(instant: Instant, timeZone: string): number {
  const p = zonedParts(instant, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}

/**
 * A date "YYYY-MM-DD" and time "HH:MM" on the zone's wall clock, to an instant; null if malformed.
 * A time skipped by a DST change resolves to the instant just after the gap.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Instant | null {
  const wall = parseWallClock(`${date} ${time || '00:00'}`, 0)
  if (wall === null) return null
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60_000
  return wall - zoneOffsetMinutes(first, timeZone) * 60_000
}

/**
 * A date and time typed on the zone's wall clock: the instant, and the zone's offset at it, which
 * is what the time module needs to write it on the user's clock. Null if malformed.
 */
export function zonedMoment(
  date: string,
  time: string,
  timeZone: string,
): { instant: Instant; offsetMinutes: number } | null {
  const instant = zonedToInstant(date, time, timeZone)
  return instant === null ? null : { instant, offsetMinutes: zoneOffsetMinutes(instant, timeZone) }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** An instant as the zone's wall clock: { date: "YYYY-MM-DD", time: "HH:MM" }. */
export function toZonedFields(instant: Instant, timeZone: string): { date: string; time: string } {
  const p = zonedParts(instant, timeZone)
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` }
}

/** "YYYY-MM" of an instant in the zone. */
export function monthKey(instant: Instant, timeZone: string): string {
  return toZonedFields(instant, timeZone).date.slice(0, 7)
}

/** The Monday ("YYYY-MM-DD") that starts the week of an instant, in the zone. */
export function weekKey(instant: Instant, timeZone: string): string {
  const p = zonedParts(instant, timeZone)
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day))
  const sinceMonday = (day.getUTCDay() + 6) % 7
  day.setUTCDate(day.getUTCDate() - sinceMonday)
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
}

/** Whole days from one calendar date "YYYY-MM-DD" to another (positive when `to` is later). */
export function daysBetweenDates(from: string, to: string): number | null {
  const a = parseWallClock(from, 0)
  const b = parseWallClock(to, 0)
  if (a === null || b === null) return null
  return Math.round((b - a) / 86_400_000)
}
