/**
 * Calendar periods (Monday-based weeks, months) of the user's time zone as instants, so totals
 * and axis ticks fall on the user's midnights whatever the host's zone and across DST changes.
 */
import type { Instant } from '../../../shared/api/time'
import { monthKey, weekKey, zonedToInstant } from '../zone'

export type Period = 'week' | 'month'

export interface CalendarPeriod {
  /** "YYYY-MM" for months, the Monday "YYYY-MM-DD" for weeks. */
  key: string
  start: Instant
  /** The next period's start. */
  end: Instant
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A calendar date "YYYY-MM-DD" moved by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** A month "YYYY-MM" moved by whole months. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + months
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** The zone's midnight starting a calendar date. */
export function startOfDate(date: string, timeZone: string): Instant {
  const instant = zonedToInstant(date, '00:00', timeZone)
  if (instant === null) throw new Error(`Not a calendar date: ${date}`)
  return instant
}

const firstDate = (key: string, period: Period) => (period === 'month' ? `${key}-01` : key)
const nextKey = (key: string, period: Period) => (period === 'month' ? addMonths(key, 1) : addDays(key, 7))

/** The period holding an instant. */
export function periodOf(instant: Instant, period: Period, timeZone: string): CalendarPeriod {
  const key = period === 'month' ? monthKey(instant, timeZone) : weekKey(instant, timeZone)
  return {
    key,
    start: startOfDate(firstDate(key, period), timeZone),
    end: startOfDate(firstDate(nextKey(key, period), period), timeZone),
  }
}

/** Every period that the time from `from` to `to` touches, none skipped; at least the one holding `from`. */
export function periodsCovering(
  from: Instant,
  to: Instant,
  period: Period,
  timeZone: string,
): CalendarPeriod[] {
  const out: CalendarPeriod[] = []
  let current = periodOf(from, period, timeZone)
  out.push(current)
  while (current.end < to) {
    const key = nextKey(current.key, period)
    current = {
      key,
      start: current.end,
      end: startOfDate(firstDate(nextKey(key, period), period), timeZone),
    }
    out.push(current)
  }
  return out
}
