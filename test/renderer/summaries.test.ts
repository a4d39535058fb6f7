import { describe, expect, it } from 'vitest'
import type { SessionSpan } from '../../src/renderer/src/charts/durations'
import { summarizeSpans } from '../../src/renderer/src/charts/durations'
import {
  frequencySentence,
  durationsSentence,
  timelineSentence,
} from '../../src/renderer/src/charts/summaries'

const LOC = { locale: 'en-GB', timeZone: 'Europe/Berlin' }
const HOUR = 3_600_000

describe('frequencySentence', () => {
  it('states the total, the range, the empty months and the busiest month', () => {
    const text = frequencySentence(
      {
        total: 6,
        first: '2025-11',
        last: '2026-02',
        busiest: { month: '2026-02', count: 3 },
        emptyMonths: 1,
      },
      4,
      'en-GB',
    )
    expect(text).toBe(
      '6 orgasms from Nov 2025 to Feb 2026, over 4 months (1 with none). Most in Feb 2026: 3.',
    )
  })

  it('speaks of one in the singular and leaves out empty months when there are none', () => {
    const text = frequencySentence(
      {
        total: 1,
        first: '2026-02',
        last: '2026-02',
        busiest: { month: '2026-02', count: 1 },
        emptyMonths: 0,
      },
      1,
      'en-GB',
    )
    expect(text).toBe('1 orgasm from Feb 2026 to Feb 2026, over 1 month. Most in Feb 2026: 1.')
  })
})

describe('durationsSentence', () => {
  const span = (id: number, start: number, hours: number): SessionSpan => ({
    id,
    start,
    end: start + hours * HOUR,
    active: false,
    durationMs: hours * HOUR,
  })
  const spans = [span(1, Date.UTC(2026, 0, 5, 9), 50), span(2, Date.UTC(2026, 1, 1, 9), 3)]

  it('states the count, the range in the user zone, the total and the longest session', () => {
    const text = durationsSentence(
      {
        summary: summarizeSpans(spans),
        from: Date.UTC(2026, 0, 5, 9),
        to: Date.UTC(2026, 1, 1, 23, 30),
        busiest: null,
      },
      LOC,
    )
    // 23:30 UTC on 1 February is already the 2nd in Berlin.
    expect(text).toBe(
      '2 sessions from 5 Jan 2026 to 2 Feb 2026, 2 days 5 hours locked in all. ' +
        'The most in one session: 2 days 2 hours, from 5 Jan 2026.',
    )
  })

  it('names the busiest week or month when bars are periods', () => {
    const text = durationsSentence(
      { summary: summarizeSpans(spans), from: 0, to: 0, busiest: { label: 'Jan 2026', ms: 50 * HOUR } },
      LOC,
    )
    expect(text).toMatch(/ Most locked: Jan 2026, 2 days 2 hours\.$/)
  })
})

describe('timelineSentence', () => {
  it('states the range, the first and last scheduled end and the changes by kind', () => {
    const text = timelineSentence(
      {
        from: Date.UTC(2026, 1, 3, 9),
        to: Date.UTC(2026, 1, 6, 9),
        firstEnd: Date.UTC(2026, 1, 10),
        lastEnd: Date.UTC(2026, 1, 11, 1),
        adds: 2,
        subs: 1,
        addedSeconds: 86400 + 7200,
        removedSeconds: 3600,
        domCount: 1,
      },
      { locale: 'en-GB', timeZone: 'UTC' },
    )
    expect(text).toBe(
      'From 3 Feb 2026, 09:00 to 6 Feb 2026, 09:00 the scheduled end moved from 10 Feb 2026, 00:00 to ' +
        '11 Feb 2026, 01:00: 2 additions (1 day 2 hours), 1 removal (1 hour), 1 by dom.',
    )
  })
})
