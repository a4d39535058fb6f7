/**
 * Each insight view in one line of plain words, for the text beside its chart: what a screen
 * reader hears first, and what a hurried reader needs. Durations in the shared voice of
 * src/shared/format.ts.
 */
import type { HistorySource, OrgasmMode } from '../api/schemas'
import { formatCalendarDate, formatDuration, formatSignedDuration } from '../format'
import type { Heatmap } from './heatmap'
import type { IntervalGroup, OrgasmIntervals } from './orgasm-intervals'
import type { Records } from './records'
import type { SourceBreakdown } from './sources'

/**
 * How sources and modes are named: the dashboard's words for them (one list, kept with the pages'
 * words), and its locale for numbers and dates.
 */
export interface InsightWords {
  /** null: time without a source. */
  source: (source: HistorySource | null) => string
  /** null: every mode together. */
  mode: (mode: OrgasmMode | null) => string
  locale?: string | undefined
}

const length = (seconds: number) => formatDuration(seconds * 1000, { smallest: 'minute', maxUnits: 2 })
const count = (n: number, one: string, many: string, locale: string | undefined) =>
  `${n.toLocaleString(locale)} ${n === 1 ? one : many}`
const days = (n: number, locale: string | undefined) => count(n, 'day', 'days', locale)
/** A day's locked time in hours, as the calendar's cells say it: "24 hours", not "1 day". */
const hoursOfDay = (seconds: number, locale: string | undefined) => {
  const hours = Math.round(seconds / 360) / 10
  return `${hours.toLocaleString(locale)} ${hours === 1 ? 'hour' : 'hours'}`
}

export function summarizeSources(b: SourceBreakdown, { source, locale }: InsightWords): string {
  if (b.changes === 0) return 'No time was added or removed.'
  const biggest = [...b.sources].sort((x, y) => Math.abs(y.netSeconds) - Math.abs(x.netSeconds))[0]
  const sessions = b.sessions > 1 ? ` over ${count(b.sessions, 'session', 'sessions', locale)}` : ''
  const most =
    biggest !== undefined && biggest.netSeconds !== 0
      ? `; the most from ${source(biggest.source)} (${formatSignedDuration(biggest.netSeconds * 1000)})`
      : ''
  return `${length(b.addedSeconds)} added and ${length(b.removedSeconds)} removed in ${count(b.changes, 'change', 'changes', locale)}${sessions}${most}.`
}

export function summarizeRecords(r: Records, { locale }: InsightWords): string {
  if (r.longestSession === null) return 'No sessions yet.'
  const streak =
    r.currentStreak.days > 0 ? `current streak ${days(r.currentStreak.days, locale)}` : 'no streak running'
  const longest = r.longestStreak === null ? '' : `, longest ${days(r.longestStreak.days, locale)}`
  return `Longest session ${length(r.longestSession.seconds)}; ${length(r.thisYear.seconds)} locked in ${r.thisYear.year}, ${length(r.allTimeSeconds)} in all; ${streak}${longest}.`
}

export function summarizeHeatmap(h: Heatmap, { locale }: InsightWords): string {
  if (h.busiest === null) return `Not locked on any of the last ${days(h.days.length, locale)}.`
  return `Locked on ${h.lockedDays.toLocaleString(locale)} of the last ${days(h.days.length, locale)}, ${length(h.totalSeconds)} in all; the most on ${formatCalendarDate(h.busiest.date, locale)} (${hoursOfDay(h.busiest.lockedSeconds, locale)}).`
}

function groupPhrase(g: IntervalGroup, { mode, locale }: InsightWords): string {
  if (g.medianDays === null) return `${mode(g.mode)}: ${count(g.orgasms, 'orgasm', 'orgasms', locale)}`
  const median = g.medianDays.toLocaleString(locale, { maximumFractionDigits: 1 })
  const apart = `${mode(g.mode)}: usually ${median} ${g.medianDays === 1 ? 'day' : 'days'} apart`
  const shortest = g.shortestDays ?? 0
  const longest = g.longestDays ?? 0
  return shortest === longest
    ? apart
    : `${apart} (${shortest.toLocaleString(locale)} to ${days(longest, locale)})`
}

export function summarizeOrgasmIntervals(o: OrgasmIntervals, words: InsightWords): string {
  const [all, ...modes] = o.groups
  if (all === undefined || all.orgasms === 0) return 'No orgasms logged yet.'
  if (all.medianDays === null) return 'One orgasm logged: no time between orgasms yet.'
  return `${[all, ...modes].map((g) => groupPhrase(g, words)).join('; ')}.`
}
