/**
 * Text for dates, durations and amounts. Dates use the user's locale and zone (passed in);
 * durations are spelled in words.
 */
import type { Instant } from '../../shared/api/time'

export interface Locale {
  locale: string | undefined
  timeZone: string
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const UNITS: [number, string][] = [
  [DAY, 'day'],
  [HOUR, 'hour'],
  [MINUTE, 'minute'],
  [SECOND, 'second'],
]

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * A duration in words, largest units first, at most `maxParts` units: "17 days 3 hours 12 minutes".
 * Smaller remainders are dropped (never rounded up).
 */
export function formatDuration(ms: number, maxParts = 3, smallest: 'minute' | 'second' = 'minute'): string {
  let rest = Math.floor(Math.abs(ms))
  const parts: string[] = []
  for (const [size, word] of UNITS) {
    if (smallest === 'minute' && size === SECOND) break
    const n = Math.floor(rest / size)
    rest -= n * size
    if (n > 0 && parts.length < maxParts) parts.push(plural(n, word))
  }
  if (parts.length === 0) return smallest === 'minute' ? 'less than a minute' : '0 seconds'
  return parts.join(' ')
}

/** A schedule change amount: "+1 day", "−2 hours 30 minutes". */
export function formatAmount(type: 'ADD' | 'SUB', seconds: number): string {
  const sign = type === 'ADD' ? '+' : '−'
  return `${sign}${formatDuration(seconds * 1000, 3, 'second')}`
}

/** A schedule change as a sentence fragment: "+1 day from DICE, by dom". */
export function describeChange(change: {
  type: 'ADD' | 'SUB'
  seconds: number
  source: string | null
  dom: boolean
}): string {
  const parts = [formatAmount(change.type, change.seconds)]
  if (change.source) parts.push(`from ${change.source}`)
  const text = parts.join(' ')
  return change.dom ? `${text}, by dom` : text
}

/** A countdown: "3d 04:05:06", "04:05" without seconds; never negative. */
export function formatCountdown(ms: number, showSeconds = true): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86400)
  const h = Math.floor((total % 86400) / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  const clock = showSeconds ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}`
  return days > 0 ? `${days}d ${clock}` : clock
}

type DateStyle = 'dateTime' | 'date' | 'month'

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  month: { month: 'short', year: 'numeric' },
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and charts and tables
// format thousands of dates: one formatter per locale, zone and style is kept.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string | undefined, timeZone: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}|${style}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone })
    formatters.set(key, f)
  }
  return f
}

/** Medium date and short time in the user's locale and zone. */
export function formatDateTime(instant: Instant, loc: Locale): string {
  return formatter(loc.locale, loc.timeZone, 'dateTime').format(instant)
}

export function formatDate(instant: Instant, loc: Locale): string {
  return formatter(loc.locale, loc.timeZone, 'date').format(instant)
}

/** A calendar date "YYYY-MM-DD" (no time, no zone) in the user's locale. */
export function formatCalendarDate(date: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return date
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return formatter(locale, 'UTC', 'date').format(utc)
}

/** "YYYY-MM" as "Jan 2026" in the user's locale. */
export function formatMonth(month: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  if (!m) return month
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)
  return formatter(locale, 'UTC', 'month').format(utc)
}

/** An instant as the wall clock at a fixed UTC offset, e.g. a session's own "+01:00". */
export function formatAtOffset(instant: Instant, offsetMinutes: number, locale: string | undefined): string {
  return formatter(locale, 'UTC', 'dateTime').format(instant + offsetMinutes * MINUTE)
}

/** "3 days ago", "in 2 hours", relative to `now`. */
export function formatRelative(instant: Instant, now: Instant): string {
  const diff = instant - now
  if (Math.abs(diff) < MINUTE) return 'just now'
  const words = formatDuration(diff, 1)
  return diff < 0 ? `${words} ago` : `in ${words}`
}
