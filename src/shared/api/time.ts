/**
 * The one place that decides what the API's date strings mean, and how instants are written back.
 *
 * - histories and games_changes timestamps, `scheduledend` and the stats dates are UTC wall-clock
 *   strings "YYYY-MM-DD HH:MM:SS[.mmm]" (stats may add " UTC").
 * - a session's `start` / `end` are wall-clock times at their own offset (`timezonestart` /
 *   `timezoneend`, "+01:00"); with no offset given they are read as UTC.
 * - everything WRITTEN (startdate/starttime, enddate/endtime, scheduledend/scheduledendtime, an
 *   orgasm's date) is wall clock in the user's timezone, as on the website's forms, even though
 *   `scheduledend` comes back in UTC: the pages stress that the overlap check is done "in UTC",
 *   which they would not need to if the inputs were UTC. Writing 12:00 at +01:00 stores 11:00 UTC.
 *
 * Nothing here reads the host's timezone: every conversion goes through Date.UTC and explicit
 * offsets, so the same string gives the same instant on every machine.
 */

const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(?: ?(?:UTC|Z))?$/
const OFFSET_RE = /^([+-])(\d{2}):?(\d{2})$/

/** Milliseconds since the epoch. */
export type Instant = number

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function wallClockParts(text: string): number[] | null {
  const m = DATETIME_RE.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, hh = '0', mi = '0', ss = '0', frac = '0'] = m
  const ms = Math.round(Number(`0.${frac}`) * 1000)
  const parts = [Number(y), Number(mo), Number(d), Number(hh), Number(mi), Number(ss), ms]
  const [py, pmo, pd, phh, pmi, pss] = parts as [number, number, number, number, number, number]
  if (pmo < 1 || pmo > 12 || pd < 1 || pd > 31 || phh > 23 || pmi > 59 || pss > 59) return null
  // Reject dates such as 2026-02-31 that Date.UTC would silently roll over.
  if (pd > daysInMonth(py, pmo)) return null
  return parts
}

/** "+01:00" -> 60, "-05:30" -> -330. Null or empty reads as UTC; a malformed offset is null. */
export function parseOffsetMinutes(offset: string | null | undefined): number | null {
  if (offset === null || offset === undefined || offset.trim() === '') return 0
  const m = OFFSET_RE.exec(offset.trim())
  if (!m) return null
  const [, sign, hh, mm] = m
  const minutes = Number(hh) * 60 + Number(mm)
  if (minutes > 14 * 60) return null
  return sign === '-' ? -minutes : minutes
}

/** A wall-clock string at a given offset (minutes east of UTC) to an instant; null if malformed. */
export function parseWallClock(text: string | null | undefined, offsetMinutes: number): Instant | null {
  if (text === null || text === undefined) return null
  const p = wallClockParts(text)
  if (!p) return null
  const [y, mo, d, hh, mi, ss, ms] = p as [number, number, number, number, number, number, number]
  return Date.UTC(y, mo - 1, d, hh, mi, ss, ms) - offsetMinutes * 60_000
}

/** A UTC string from the API ("2026-02-03 10:02:11.456", "2026-02-02 09:00:00 UTC") to an instant. */
export function parseUtc(text: string | null | undefined): Instant | null {
  return parseWallClock(text, 0)
}

/** A session's start or end: wall clock at the session's own offset. */
export function parseSessionTime(
  text: string | null | undefined,
  offset: string | null | undefined,
): Instant | null {
  const minutes = parseOffsetMinutes(offset)
  if (minutes === null) return null
  return parseWallClock(text, minutes)
}

interface SessionTimes {
  start: string
  end: string | null
  scheduledend: string | null
  timezonestart?: string | null | undefined
  timezoneend?: string | null | undefined
}

export function sessionStart(s: SessionTimes): Instant | null {
  return parseSessionTime(s.start, s.timezonestart)
}

/** The end of a finished session; its own offset, or the start's when the end has none. */
export function sessionEnd(s: SessionTimes): Instant | null {
  return parseSessionTime(s.end, s.timezoneend ?? s.timezonestart)
}

/** The scheduled end (UTC), or null when none is set. */
export function scheduledEnd(s: SessionTimes): Instant | null {
  return parseUtc(s.scheduledend)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An instant as the wall clock at an offset: { date: "YYYY-MM-DD", time: "HH:MM", seconds }. */
export function toWallClock(
  instant: Instant,
  offsetMinutes: number,
): { date: string; time: string; seconds: number } {
  const d = new Date(instant + offsetMinutes * 60_000)
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    seconds: d.getUTCSeconds(),
  }
}

/** "YYYY-MM-DD HH:MM:SS" in UTC, as the histories and games_changes filters take. */
export function formatUtc(instant: Instant, withMillis = false): string {
  const w = toWallClock(instant, 0)
  const base = `${w.date} ${w.time}:${pad(w.seconds)}`
  return withMillis ? `${base}.${pad(new Date(instant).getUTCMilliseconds(), 3)}` : base
}

/** An offset in minutes as the API writes it: 60 -> "+01:00". */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * The request fields for a start, an end or a scheduled end at an instant: the user's wall clock,
 * at the offset the user's timezone has at that instant (minute precision).
 */
export function toUserDateTimeFields(
  instant: Instant,
  userOffsetMinutes: number,
): { date: string; time: string } {
  const w = toWallClock(instant, userOffsetMinutes)
  return { date: w.date, time: w.time }
}

/** The request fields for a scheduled end at an instant: written on the user's clock like the rest. */
export function toScheduledEndFields(
  instant: Instant,
  userOffsetMinutes: number,
): { scheduledend: string; scheduledendtime: string } {
  const w = toUserDateTimeFields(instant, userOffsetMinutes)
  return { scheduledend: w.date, scheduledendtime: w.time }
}

const WRITTEN_DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const WRITTEN_TIME_RE = /^\d{2}:\d{2}$/

/**
 * What a written date ("YYYY-MM-DD") and time ("HH:MM", 00:00 when missing) stand for: the instant
 * of that wall clock at the user's offset. Null when either is malformed or not a real date.
 */
export function readWrittenDateTime(
  date: string,
  time: string | undefined,
  userOffsetMinutes: number,
): Instant | null {
  const clock = time ?? '00:00'
  if (!WRITTEN_DATE_RE.test(date) || !WRITTEN_TIME_RE.test(clock)) return null
  return parseWallClock(`${date} ${clock}`, userOffsetMinutes)
}
