import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/shared/api/schemas'
import {
  autoGrouping,
  sessionSpans,
  summarizeSpans,
  totalsByPeriod,
  type PeriodTotal,
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

  it('counts time where sessions overlap once in the total, not in the average', () => {
    const spans = sessionSpans(
      [s({ id: 1 }), s({ id: 2, start: '2026-01-16 10:00:00', end: '2026-01-18 10:00:00' })],
      0,
    )
    expect(summarizeSpans(spans)).toMatchObject({ totalMs: 72 * HOUR, averageMs: 48 * HOUR })
  })
})

/** The rows as [period, hours, sessions], for short expectations. */
const table = (rows: readonly PeriodTotal[]) => rows.map((r) => [r.key, r.totalMs / HOUR, r.count])

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

  it('splits a session at the Monday midnight of the user zone', () => {
    // Session 1 runs from Sunday 23:30 to Monday 01:30 in Berlin: half an hour in each week.
    expect(table(totalsByPeriod(spans, 'week', 'Europe/Berlin'))).toEqual([
      ['2026-01-26', 3.5, 2],
      ['2026-02-02', 2.5, 2],
    ])
    // In Tokyo (+09:00) session 1 lies wholly on Monday morning.
    expect(table(totalsByPeriod(spans, 'week', 'Asia/Tokyo'))).toEqual([
      ['2026-01-26', 3, 1],
      ['2026-02-02', 3, 2],
    ])
  })

  it('gives each period its bounds as instants of the user zone', () => {
    const [week] = totalsByPeriod(spans, 'week', 'Europe/Berlin')
    expect(week).toMatchObject({ start: Date.UTC(2026, 0, 25, 23), end: Date.UTC(2026, 1, 1, 23) })
  })

  it('splits a session over month ends, so no month holds more than its length', () => {
    // 2026-01-20 to 2026-04-10 in UTC: January from the 20th, all of February and March, 9 days of April.
    const long = sessionSpans(
      [
        s({
          start: '2026-01-20 00:00:00',
          end: '2026-04-10 00:00:00',
          timezonestart: '+00:00',
          timezoneend: '+00:00',
        }),
      ],
      0,
    )
    const rows = totalsByPeriod(long, 'month', 'UTC')
    expect(table(rows)).toEqual([
      ['2026-01', 12 * 24, 1],
      ['2026-02', 28 * 24, 1],
      ['2026-03', 31 * 24, 1],
      ['2026-04', 9 * 24, 1],
    ])
    for (const r of rows) expect(r.totalMs).toBeLessThanOrEqual(r.end - r.start)
    expect(rows.reduce((a, r) => a + r.totalMs, 0)).toBe(summarizeSpans(long).totalMs)
  })

  it('follows the user zone across a DST change: a month of 31 days minus the lost hour', () => {
    // March 2026 in Berlin has 743 hours (summer time starts on the 29th).
    const march = sessionSpans(
      [
        s({
          start: '2026-02-28 12:00:00',
          end: '2026-04-02 12:00:00',
          timezonestart: '+01:00',
          timezoneend: '+02:00',
        }),
      ],
      0,
    )
    const row = totalsByPeriod(march, 'month', 'Europe/Berlin')[1]
    expect(row).toMatchObject({ key: '2026-03', totalMs: 743 * HOUR })
  })

  it('includes the periods with no session, so gaps show', () => {
    const apart = sessionSpans(
      [
        s({ id: 1, start: '2026-01-05 10:00:00', end: '2026-01-05 12:00:00' }),
        s({ id: 2, start: '2026-04-05 10:00:00', end: '2026-04-05 11:00:00' }),
      ],
      0,
    )
    expect(table(totalsByPeriod(apart, 'month', 'Europe/Berlin'))).toEqual([
      ['2026-01', 2, 1],
      ['2026-02', 0, 0],
      ['2026-03', 0, 0],
      ['2026-04', 1, 1],
    ])
    const weeks = totalsByPeriod(apart, 'week', 'Europe/Berlin')
    // Monday 5 January to the week of Monday 30 March (Sunday 5 April is its last day).
    expect(weeks).toHaveLength(13)
    expect([weeks[0]?.key, weeks[12]?.key]).toEqual(['2026-01-05', '2026-03-30'])
    expect(weeks.filter((w) => w.totalMs > 0)).toHaveLength(2)
    expect(totalsByPeriod([], 'week', 'UTC')).toEqual([])
  })

  it('counts overlapping sessions once in the time, each in the count', () => {
    const both = sessionSpans(
      [s({ id: 1 }), s({ id: 2, start: '2026-01-16 10:00:00', end: '2026-01-18 10:00:00' })],
      0,
    )
    expect(table(totalsByPeriod(both, 'month', 'UTC'))).toEqual([['2026-01', 72, 2]])
  })

  it('does not open a period for a session ending at its first midnight', () => {
    const toMidnight = sessionSpans(
      [
        s({
          start: '2026-01-31 22:00:00',
          end: '2026-02-01 00:00:00',
          timezonestart: '+00:00',
          timezoneend: '+00:00',
        }),
      ],
      0,
    )
    expect(table(totalsByPeriod(toMidnight, 'month', 'UTC'))).toEqual([['2026-01', 2, 1]])
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
