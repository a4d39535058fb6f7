/**
 * The year's calendar as a grid of weeks (columns, Monday first) and weekdays (rows), like
 * GitHub's: where each day sits, how dark it is drawn, where the arrow keys take the focus, and
 * the same figures by month for the table.
 */
import type { HeatmapDay } from '../../../../shared/insight/heatmap'

const HOUR_S = 3600

/** Upper bounds (exclusive, in hours) of the steps after "not locked"; the last step has none. */
export const STEP_HOURS = [6, 12, 18] as const
/** 0: not locked; 1 to 4: more and more of the day. */
export type Step = 0 | 1 | 2 | 3 | 4

export function stepOf(lockedSeconds: number): Step {
  if (lockedSeconds <= 0) return 0
  const hours = lockedSeconds / HOUR_S
  const below = STEP_HOURS.findIndex((limit) => hours < limit)
  return (below === -1 ? STEP_HOURS.length + 1 : below + 1) as Step
}

/** Where a day of the list (by its index) sits: its week's column and its weekday's row. */
export interface Cell {
  column: number
  row: number
}

/** The first day's weekday: the empty cells before it in the first column. */
export const leadOf = (days: readonly Pick<HeatmapDay, 'weekday'>[]) => days[0]?.weekday ?? 0

export function cellOf(index: number, lead: number): Cell {
  return { column: Math.floor((index + lead) / 7), row: (index + lead) % 7 }
}

export const columnCount = (dayCount: number, lead: number) => Math.ceil((dayCount + lead) / 7)

/** The day index at a cell, or null for the empty cells before the first day and after the last. */
export function indexAt(cell: Cell, lead: number, dayCount: number): number | null {
  const index = cell.column * 7 + cell.row - lead
  return index >= 0 && index < dayCount ? index : null
}

/**
 * Where a key moves the focus from a day: right and left by a week (the next column), down and
 * up by a day, Home and End to the first and last day. Null for other keys; the edge holds.
 */
export function moveFrom(index: number, key: string, dayCount: number): number | null {
  const last = dayCount - 1
  const clamp = (i: number) => Math.min(last, Math.max(0, i))
  switch (key) {
    case 'ArrowRight':
      return index + 7 <= last ? index + 7 : index
    case 'ArrowLeft':
      return index - 7 >= 0 ? index - 7 : index
    case 'ArrowDown':
      return clamp(index + 1)
    case 'ArrowUp':
      return clamp(index - 1)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}

/** The columns where a month begins (its first day, or the first column), with that month "YYYY-MM". */
export function monthStarts(days: readonly HeatmapDay[]): { column: number; month: string }[] {
  const lead = leadOf(days)
  const starts: { column: number; month: string }[] = []
  days.forEach((day, i) => {
    if (i === 0 || day.date.endsWith('-01'))
      starts.push({ column: cellOf(i, lead).column, month: day.date.slice(0, 7) })
  })
  return starts
}

export interface MonthTotal {
  /** "YYYY-MM" */
  month: string
  lockedDays: number
  lockedSeconds: number
}

/** Days locked and time locked per calendar month, oldest first. */
export function monthTotals(days: readonly HeatmapDay[]): MonthTotal[] {
  const months: MonthTotal[] = []
  for (const day of days) {
    const month = day.date.slice(0, 7)
    let total = months[months.length - 1]
    if (total?.month !== month) months.push((total = { month, lockedDays: 0, lockedSeconds: 0 }))
    total.lockedSeconds += day.lockedSeconds
    if (day.lockedSeconds > 0) total.lockedDays++
  }
  return months
}

/** Hours to one decimal, in the user's locale: "14", "3.5". */
export const hoursOf = (seconds: number, locale: string | undefined) =>
  (seconds / HOUR_S).toLocaleString(locale, { maximumFractionDigits: 1 })

/** A day's time in words: "14 hours locked", "not locked". */
export function lockedWords(seconds: number, locale: string | undefined): string {
  if (seconds <= 0) return 'not locked'
  if (seconds < HOUR_S / 20) return 'under 0.1 hours locked'
  const hours = hoursOf(seconds, locale)
  return `${hours} ${hours === '1' ? 'hour' : 'hours'} locked`
}
