/**
 * Axis ticks worked out from sizes and data, so recharts need not measure every label in the page
 * and ticks fall on round values: counts in 1-2-5 steps, lengths in whole hours or days, instants
 * on the midnights, Mondays, month and year starts of the user's zone.
 */
import type { Instant } from '../../../shared/api/time'
import { addDays, addMonths, startOfDate } from './calendar'
import { monthKey, toZonedFields, weekKey, zonedToInstant } from '../zone'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * recharts' numeric `interval` (how many labels to skip between two shown) for `count` category
 * labels of about `labelChars` characters on a plot `plotWidth` pixels wide.
 */
export function categoryTickInterval(
  count: number,
  plotWidth: number,
  labelChars: number,
  charPx = 7,
  gapPx = 16,
): number {
  if (count <= 1 || plotWidth <= 0) return 0
  const labelPx = labelChars * charPx + gapPx
  const fit = Math.max(1, Math.floor(plotWidth / labelPx))
  return Math.max(0, Math.ceil(count / fit) - 1)
}

/** How many labels of about `labelChars` characters fit side by side in `length` pixels (at least 2). */
export function tickBudget(length: number, labelChars: number, charPx = 7, gapPx = 24): number {
  return Math.max(2, Math.floor(length / (labelChars * charPx + gapPx)))
}

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const m of [1, 2, 5, 10]) if (m * power >= raw * (1 - 1e-9)) return m * power
  return 10 * power
}

/** Ticks from 0 by `step` to the first at or above `max`. */
function stepTicks(max: number, step: number): number[] {
  const n = Math.max(1, Math.ceil(max / step - 1e-9))
  return Array.from({ length: n + 1 }, (_, i) => i * step)
}

/** Whole-number ticks from 0 past `max` in 1-2-5 steps, at most `maxTicks` of them. */
export function countTicks(max: number, maxTicks: number): number[] {
  return stepTicks(max, Math.max(1, niceStep(max / Math.max(1, maxTicks - 1))))
}

export interface LengthTicks {
  unit: 'hour' | 'day'
  /** In milliseconds. */
  ticks: number[]
}

const HOUR_STEPS = [0.25, 0.5, 1, 2, 3, 6, 12]

/** Ticks for lengths of time up to `maxMs`: in hours up to three days, else in days. */
export function lengthTicks(maxMs: number, maxTicks: number): LengthTicks {
  const slots = Math.max(1, maxTicks - 1)
  if (maxMs <= 3 * DAY) {
    const hours = maxMs / HOUR
    const step = HOUR_STEPS.find((s) => hours / s <= slots) ?? 24
    return { unit: 'hour', ticks: stepTicks(hours, step).map((h) => h * HOUR) }
  }
  const days = maxMs / DAY
  return { unit: 'day', ticks: stepTicks(days, Math.max(1, niceStep(days / slots))).map((d) => d * DAY) }
}

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year'

export interface TimeTicks {
  unit: TimeUnit
  ticks: Instant[]
}

interface TimeStep {
  unit: TimeUnit
  n: number
  /** About how long one step is, to skip steps that cannot fit. */
  approxMs: number
}

const TIME_STEPS: TimeStep[] = [
  ...[1, 3, 6, 12].map((n) => ({ unit: 'hour' as const, n, approxMs: n * HOUR })),
  ...[1, 2].map((n) => ({ unit: 'day' as const, n, approxMs: n * DAY })),
  ...[1, 2].map((n) => ({ unit: 'week' as const, n, approxMs: n * 7 * DAY })),
  ...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, n, approxMs: n * 30 * DAY })),
  ...[1, 2, 5, 10, 20, 50, 100].map((n) => ({ unit: 'year' as const, n, approxMs: n * 365 * DAY })),
]

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY)
const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

/** The instants of one step kind from `from` to `to` in the zone, in order (may run a step past). */
function stepInstants(step: TimeStep, from: Instant, to: Instant, timeZone: string): Instant[] {
  const out: Instant[] = []
  const firstDate = toZonedFields(from, timeZone).date
  const lastDate = toZonedFields(to, timeZone).date
  if (step.unit === 'hour' || step.unit === 'day') {
    for (let d = firstDate; d <= lastDate; d = addDays(d, 1)) {
      if (step.unit === 'day') {
        if (dayNumber(d) % step.n === 0) out.push(startOfDate(d, timeZone))
        continue
      }
      for (let h = 0; h < 24; h += step.n) {
        const t = zonedToInstant(d, `${String(h).padStart(2, '0')}:00`, timeZone)
        // An hour skipped by a DST change resolves to the next one: drawn once only.
        if (t !== null && t !== out[out.length - 1]) out.push(t)
      }
    }
  } else if (step.unit === 'week') {
    for (let d = weekKey(from, timeZone); d <= lastDate; d = addDays(d, 7))
      // Day 4 of the epoch, 1970-01-05, is a Monday: every other week counts from it.
      if (((dayNumber(d) - 4) / 7) % step.n === 0) out.push(startOfDate(d, timeZone))
  } else {
    const perStep = step.unit === 'year' ? 12 * step.n : step.n
    for (let m = monthKey(from, timeZone); m <= lastDate.slice(0, 7); m = addMonths(m, 1))
      if (monthNumber(m) % perStep === 0) out.push(startOfDate(`${m}-01`, timeZone))
  }
  return out
}

/**
 * Ticks for a time axis from `from` to `to`: the finest calendar step of the zone (hours, days,
 * weeks, months, years) that puts at most `maxTicks` ticks in the range.
 */
export function timeTicks(from: Instant, to: Instant, timeZone: string, maxTicks: number): TimeTicks {
  const budget = Math.max(2, maxTicks)
  const span = Math.max(0, to - from)
  for (const step of TIME_STEPS) {
    if (step.approxMs * (budget - 1) < span * 0.8) continue
    const ticks = stepInstants(step, from, to, timeZone).filter((t) => t >= from && t <= to)
    if (ticks.length <= budget) return { unit: step.unit, ticks }
  }
  const last = TIME_STEPS[TIME_STEPS.length - 1] as TimeStep
  return { unit: 'year', ticks: stepInstants(last, from, to, timeZone).filter((t) => t >= from && t <= to) }
}

/** About how many characters a time tick's label takes, by its step (see timeLabel.ts). */
export const TIME_LABEL_CHARS: Record<TimeUnit, number> = { hour: 22, day: 12, week: 12, month: 8, year: 8 }

/**
 * Time ticks whose labels fit side by side in `lengthPx`: finer steps have longer labels, so the
 * budget shrinks until the chosen step's labels fit.
 */
export function fittedTimeTicks(from: Instant, to: Instant, timeZone: string, lengthPx: number): TimeTicks {
  let t = timeTicks(from, to, timeZone, tickBudget(lengthPx, TIME_LABEL_CHARS.month))
  while (t.ticks.length > 2 && t.ticks.length > tickBudget(lengthPx, TIME_LABEL_CHARS[t.unit]))
    t = timeTicks(from, to, timeZone, t.ticks.length - 1)
  return t
}
