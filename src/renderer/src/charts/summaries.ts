/**
 * Each chart's key facts as a sentence: what a screen reader announces with the figure, and what
 * every reader sees above it.
 */
import { formatDate, formatDateTime, formatMonth } from '../../../shared/format'
import { formatLength, type Locale } from '../format'
import type { SpanSummary } from './durations'
import type { FrequencySummary } from './orgasmFrequency'
import type { TimelineSummary } from './timeline'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function frequencySentence(s: FrequencySummary, months: number, locale: string | undefined): string {
  const none = s.emptyMonths ? ` (${s.emptyMonths} with none)` : ''
  return (
    `${plural(s.total, 'orgasm')} from ${formatMonth(s.first, locale)} to ${formatMonth(s.last, locale)}, ` +
    `over ${plural(months, 'month')}${none}. Most in ${formatMonth(s.busiest.month, locale)}: ${s.busiest.count}.`
  )
}

export interface DurationsFacts {
  summary: SpanSummary
  from: number
  to: number
  /** The bar with the most locked time, when bars are weeks or months. */
  busiest: { label: string; ms: number } | null
}

export function durationsSentence({ summary, from, to, busiest }: DurationsFacts, loc: Locale): string {
  const longest = summary.longest
  return [
    `${plural(summary.count, 'session')} from ${formatDate(from, loc)} to ${formatDate(to, loc)}, ` +
      `${formatLength(summary.totalMs)} locked in all.`,
    ...(longest
      ? [
          `The most in one session: ${formatLength(longest.durationMs)}, from ${formatDate(longest.start, loc)}.`,
        ]
      : []),
    ...(busiest ? [`Most locked: ${busiest.label}, ${formatLength(busiest.ms)}.`] : []),
  ].join(' ')
}

export function timelineSentence(t: TimelineSummary, loc: Locale): string {
  const dom = t.domCount ? `, ${t.domCount} by dom` : ''
  return (
    `From ${formatDateTime(t.from, loc)} to ${formatDateTime(t.to, loc)} the scheduled end moved ` +
    `from ${formatDateTime(t.firstEnd, loc)} to ${formatDateTime(t.lastEnd, loc)}: ` +
    `${plural(t.adds, 'addition')} (${formatLength(t.addedSeconds * 1000)}), ` +
    `${plural(t.subs, 'removal')} (${formatLength(t.removedSeconds * 1000)})${dom}.`
  )
}
