import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/shared/api/schemas'
import {
  autoGrouping,
  sessionSpans,
  summarizeSpans,
  totalsByPeriod,
} from '../../src/renderer/src/charts/durations'

const s = (over: Partial<Session>): Session => ({
  id: 1,
  start: '2026-01-15 10:00:00',
  end: '2026-01-17 10:00:00',
  scheduledend: null,
  active: false,
  timezonestart: '+01:00',
  timezoneend: '+01:00',
  ...over,
})
const HOUR = 3_600_000

describe('sessionSpans', () => {
  it('reads start/end at the session offset and runs active sessions until now', () => {
    const now = Date.UTC(2026, 1, 2, 12)
    const spans = sessionSpans(
      [
        s({ id: 2, start: '2026-02-02 09:00:00', end: null, active: true, timezoneend: null }),
        s({ id: 1 }),
        s({ id: 3, start: 'bad' }),
      ],
      now,
    )
    expect(spans.map((x) => x.id)).toEqual([1, 2])
    expect(spans[0]).toMatchObject({ start: Date.UTC(2026, 0, 15, 9), durationMs: 48 * HOUR, active: false })
    expect(spans[1]).toMatchObject({
      start: Date.UTC(2026, 1, 2, 8),
      end: now,
      durationMs: 4 * HOUR,
      active: true,
    })
  })
})

describe('summarizeSpans', () => {
  it('finds longest, average and total', () => {
    const spans = sessionSpans(
      [s({ id: 1 }), s({ id: 2, start: '2026-01-20 10:00:00', end: '2026-01-20 14:00:00' })],
      0,
    )
    const sum = summarizeSpans(spans)
    expect(sum.longest?.id).toBe(1)
    expect(sum.totalMs).toBe(52 * HOUR)
    expect(sum.averageMs).toBe(26 * HOUR)
    expect(summarizeSpans([])).toEqual({ count: 0, longest: null, totalMs: 0, averageMs: 0 })
  })
})

describe('totalsByPeriod', () => {
  const spans = sessionSpans(
    [
      // Sunday 2026-02-01 23:30 at +01:00 is 22:30 UTC: in Europe/Berlin still Sunday (week of Jan 26).
      s({ id: 1, start: '2026-02-01 23:30:00', end: '2026-02-02 01:30:00' }),
      s({ id: 2, start: '2026-02-03 10:00:00', end: '2026-02-03 11:00:00' }),
      s({ id: 3, start: '2026-01-31 10:00:00', end: '2026-01-31 13:00:00' }),
    ],
    0,
  )

  it('groups by Monday-based week in the user zone', () => {
    expect(totalsByPeriod(spans, 'week', 'Europe/Berlin')).toEqual([
      { period: '2026-01-26', totalMs: 5 * HOUR, count: 2 },
      { period: '2026-02-02', totalMs: 1 * HOUR, count: 1 },
    ])
    // In Tokyo the first session starts on Monday morning: a different week.
    expect(totalsByPeriod(spans, 'week', 'Asia/Tokyo').map((r) => r.period)).toEqual([
      '2026-01-26',
      '2026-02-02',
    ])
    expect(totalsByPeriod(spans, 'week', 'Asia/Tokyo')[1]).toMatchObject({ count: 2, totalMs: 3 * HOUR })
  })

  it('groups by month in the user zone', () => {
    // 2026-02-01 00:30 at +01:00 is 2026-01-31 23:30 UTC.
    const edge = sessionSpans([s({ id: 9, start: '2026-02-01 00:30:00', end: '2026-02-01 02:30:00' })], 0)
    expect(totalsByPeriod(edge, 'month', 'UTC').map((r) => r.period)).toEqual(['2026-01'])
    expect(totalsByPeriod(edge, 'month', 'Europe/Berlin').map((r) => r.period)).toEqual(['2026-02'])
    expect(totalsByPeriod(spans, 'month', 'UTC').map((r) => [r.period, r.count])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
    ])
  })
})

describe('autoGrouping', () => {
  /** `n` one-hour sessions, `everyDays` apart, from 2020-01-06 (a Monday) on. */
  const spaced = (n: number, everyDays: number) =>
    Array.from({ length: n }, (_, i) => {
      const start = Date.UTC(2020, 0, 6, 12) + i * everyDays * 24 * HOUR
      return { id: i, start, end: start + HOUR, active: false, durationMs: HOUR }
    })

  it('draws one bar per session while they fit', () => {
    expect(autoGrouping(spaced(10, 1), 'UTC', 10)).toBe('session')
    expect(autoGrouping([], 'UTC', 10)).toBe('session')
  })

  it('groups per week when there are too many sessions but few enough weeks', () => {
    // 30 sessions a day apart fill 5 weeks.
    expect(autoGrouping(spaced(30, 1), 'UTC', 10)).toBe('week')
    expect(autoGrouping(spaced(30, 1), 'UTC', 5)).toBe('week')
  })

  it('groups per month when even the weeks are too many', () => {
    // 30 sessions a week apart: 30 weeks, 7 months.
    expect(autoGrouping(spaced(30, 7), 'UTC', 10)).toBe('month')
    expect(autoGrouping(spaced(30, 1), 'UTC', 4)).toBe('month')
  })
})
