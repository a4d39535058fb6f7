import { describe, expect, it } from 'vitest'
import { computeHeatmap } from '../../src/shared/insight/heatmap'
import { computeOrgasmIntervals } from '../../src/shared/insight/orgasm-intervals'
import { computeRecords } from '../../src/shared/insight/records'
import { sourceBreakdown, combineBreakdowns } from '../../src/shared/insight/sources'
import {
  type InsightWords,
  summarizeHeatmap,
  summarizeOrgasmIntervals,
  summarizeRecords,
  summarizeSources,
} from '../../src/shared/insight/summary'
import { session, utc } from './insight-support'

/** Stand-ins for the dashboard's words, so a test sees where the names come from. */
const words: InsightWords = {
  source: (source) => (source === null ? 'Other' : `[${source}]`),
  mode: (mode) => (mode === null ? 'All' : `[${mode}]`),
  locale: 'en-GB',
}

describe('insight in words', () => {
  it('sums up where the time came from', () => {
    const one = sourceBreakdown([
      { type: 'ADD', unit: 2 * 86_400, source: 'DICE' },
      { type: 'SUB', unit: 3600, source: 'LINK' },
      { type: 'ADD', unit: 5400, source: 'PENALTY' },
    ])
    expect(summarizeSources(one, words)).toBe(
      '2 days 1 hour added and 1 hour removed in 3 changes; the most from [DICE] (+2 days).',
    )
    const two = combineBreakdowns([one, sourceBreakdown([{ type: 'SUB', unit: 7 * 86_400, source: 'DOM' }])])
    expect(summarizeSources(two, words)).toBe(
      '2 days 1 hour added and 7 days 1 hour removed in 4 changes over 2 sessions; the most from [DOM] (−7 days).',
    )
    expect(summarizeSources(sourceBreakdown([]), words)).toBe('No time was added or removed.')
  })

  it('sums up the records', () => {
    const now = utc('2026-05-07 12:00')
    const sessions = [
      session('2026-05-01 10:00:00', '2026-05-03 01:00:00'),
      session('2026-05-06 23:00:00', '2026-05-07 01:00:00'),
    ]
    expect(summarizeRecords(computeRecords(sessions, now, 'UTC'), words)).toBe(
      'Longest session 1 day 15 hours; 1 day 17 hours locked in 2026, 1 day 17 hours in all; current streak 2 days, longest 3 days.',
    )
    expect(summarizeRecords(computeRecords(sessions, utc('2026-05-20 12:00'), 'UTC'), words)).toMatch(
      /; no streak running, longest 3 days\.$/,
    )
    expect(summarizeRecords(computeRecords([], now, 'UTC'), words)).toBe('No sessions yet.')
  })

  it('sums up the year of locked days', () => {
    const now = utc('2026-06-15 12:00')
    const map = computeHeatmap([session('2026-06-10 20:00:00', '2026-06-11 02:00:00')], now, 'UTC')
    expect(summarizeHeatmap(map, words)).toBe(
      'Locked on 2 of the last 365 days, 6 hours in all; the most on 10 Jun 2026 (4 hours).',
    )
    expect(summarizeHeatmap(computeHeatmap([], now, 'UTC'), words)).toBe(
      'Not locked on any of the last 365 days.',
    )
    // A whole day locked reads in hours, as the calendar's cells do.
    const wholeDay = computeHeatmap([session('2026-06-09 00:00:00', '2026-06-10 01:30:00')], now, 'UTC')
    expect(summarizeHeatmap(wholeDay, words)).toMatch(/the most on 9 Jun 2026 \(24 hours\)\.$/)
  })

  it('sums up the days between orgasms', () => {
    const o = computeOrgasmIntervals([
      { date: '2026-01-01', mode: 'full' },
      { date: '2026-01-02', mode: 'ruined' },
      { date: '2026-01-10', mode: 'full' },
    ])
    expect(summarizeOrgasmIntervals(o, words)).toBe(
      'All: usually 4.5 days apart (1 to 8 days); [full]: usually 9 days apart; [ruined]: 1 orgasm.',
    )
    expect(summarizeOrgasmIntervals(computeOrgasmIntervals([]), words)).toBe('No orgasms logged yet.')
    expect(
      summarizeOrgasmIntervals(computeOrgasmIntervals([{ date: '2026-01-01', mode: 'dom' }]), words),
    ).toBe('One orgasm logged: no time between orgasms yet.')
  })
})
