/**
 * Durations and instants in words, one voice for the tray, the notifications and the dashboard.
 *
 * Durations are English words, largest unit first. Instants take the user's locale and time zone
 * (passed in, never the host's by accident); a locale or zone that Intl refuses falls back to a
 * fixed default, so a bad setting never breaks the tray.
 */

export interface FormatOptions {
  locale?: string | undefined
  timeZone?: string | undefined
}

const DEFAULT_LOCALE = 'en-GB'
const DEFAULT_TIME_ZONE = 'UTC'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// ---------------------------------------------------------------------------------------------
// Durations

const UNITS: readonly [number, string][] = [
  [DAY, 'day'],
  [HOUR, 'hour'],
  [MINUTE, 'minute'],
  [SECOND, 'second'],
]

interface DurationOptions {
  /** How many consecutive units, from the largest non-zero one, may be named (default 3). */
  maxUnits?: number
  /** The smallest unit named (default 'second'). */
  smallest?: 'minute' | 'second'
}

/**
 * A duration in words: "1 day", "3 hours 5 minutes", "17 days 3 hours 12 minutes". At most
 * `maxUnits` consecutive units from the largest non-zero one are considered; smaller remainders
 * are dropped, never rounded up. The sign is ignored: callers say "added", "left" or "ago".
 */
export function formatDuration(ms: number, options: DurationOptions = {}): string {
  const { maxUnits = 3, smallest = 'second' } = options
  const units = smallest === 'minute' ? UNITS.slice(0, 3) : UNITS
  let rest = Math.floor(Math.abs(ms))
  const first = units.findIndex(([size]) => rest >= size)
  if (first < 0) return smallest === 'minute' ? 'less than a minute' : '0 seconds'
  const parts: string[] = []
  for (const [size, name] of units.slice(first, first + Math.max(1, maxUnits))) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count > 0) parts.push(`${count} ${name}${count === 1 ? '' : 's'}`)
  }
  return parts.join(' ')
}

/** A change of time with its sign: "+1 day", "−2 hours 30 minutes". */
export function formatSignedDuration(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${formatDuration(ms)}`
}

/** "3 days ago", "in 2 hours", "just now": the largest unit only. */
export function formatRelative(instant: number, now: number): string {
  const diff = instant - now
  if (Math.abs(diff) < MINUTE) return 'just now'
  const words = formatDuration(diff, { maxUnits: 1 })
  return diff < 0 ? `${words} ago` : `in ${words}`
}

// ---------------------------------------------------------------------------------------------
// Instants

type Style = 'weekday' | 'date' | 'dateYear' | 'dateTime' | 'dateOnly' | 'month'

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  date: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  dateYear: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateOnly: { dateStyle: 'medium' },
  month: { month: 'short', year: 'numeric' },
}

const validLocales = new Map<string, string>()
const validTimeZones = new Map<string, string>()
// Building an Intl.DateTimeFormat costs far more than formatting with one, and charts and tables
// format thousands of dates: one formatter per style, locale and zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>()

function resolveLocale(locale: string | undefined): string {
  if (locale === undefined || locale === '') return DEFAULT_LOCALE
  let resolved = validLocales.get(locale)
  if (resolved === undefined) {
    try {
      resolved = Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE
    } catch {
      resolved = DEFAULT_LOCALE
    }
    validLocales.set(locale, resolved)
  }
  return resolved
}

function resolveTimeZone(timeZone: string | undefined): string {
  if (timeZone === undefined || timeZone === '') return DEFAULT_TIME_ZONE
  let resolved = validTimeZones.get(timeZone)
  if (resolved === undefined) {
    try {
      resolved = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone
    } catch {
      resolved = DEFAULT_TIME_ZONE
    }
    validTimeZones.set(timeZone, resolved)
  }
  return resolved
}

function formatter(style: Style, options: FormatOptions): Intl.DateTimeFormat {
  const locale = resolveLocale(options.locale)
  const timeZone = resolveTimeZone(options.timeZone)
  const key = `${style}|${locale}|${timeZone}`
  let f = formatters.get(key)
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone })
    formatters.set(key, f)
  }
  return f
}

/** Within this distance of now an instant is named by its weekday ("Mon 14:00"). */
export const WEEKDAY_WINDOW = 6 * DAY
/** Beyond this distance ahead a date carries its year. */
const NO_YEAR_WINDOW = 300 * DAY

/**
 * An instant as the user reads it relative to now: "Mon 14:00" within six days either way,
 * "30 Mar, 14:00" further ahead, "30 Mar 2026, 14:00" far ahead or longer ago.
 */
export function formatNear(instant: number, now: number, options: FormatOptions = {}): string {
  const distance = instant - now
  const style: Style =
    distance > -WEEKDAY_WINDOW && distance <= WEEKDAY_WINDOW
      ? 'weekday'
      : distance > WEEKDAY_WINDOW && distance <= NO_YEAR_WINDOW
        ? 'date'
        : 'dateYear'
  return formatter(style, options).format(instant)
}

/** Medium date and short time: "30 Nov 2026, 14:00". */
export function formatDateTime(instant: number, options: FormatOptions): string {
  return formatter('dateTime', options).format(instant)
}

/** Medium date: "30 Nov 2026". */
export function formatDate(instant: number, options: FormatOptions): string {
  return formatter('dateOnly', options).format(instant)
}

/** A calendar date "YYYY-MM-DD" (no time, no zone) in the user's locale; other text as it is. */
export function formatCalendarDate(date: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!m) return date
  return formatter('dateOnly', { locale, timeZone: 'UTC' }).format(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  )
}

/** "YYYY-MM" as "Jan 2026" in the user's locale. */
export function formatMonth(month: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  if (!m) return month
  return formatter('month', { locale, timeZone: 'UTC' }).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))
}

/** An instant as the wall clock at a fixed UTC offset, e.g. a session's own "+01:00". */
export function formatAtOffset(instant: number, offsetMinutes: number, locale: string | undefined): string {
  return formatter('dateTime', { locale, timeZone: 'UTC' }).format(instant + offsetMinutes * MINUTE)
}
