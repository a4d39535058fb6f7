import { describe, expect, it } from 'vitest'
import {
  categoryTickInterval,
  countTicks,
  fittedTimeTicks,
  TIME_LABEL_CHARS,
  tickBudget,
  lengthTicks,
  niceStep,
  timeTicks,
} from '../../src/renderer/src/charts/axisTicks'

describe('categoryTickInterval', () => {
  it('shows every label when they all fit', () => {
    // 10 labels of 8 characters need 10 × (8 × 7 + 16) = 720 px.
    expect(categoryTickInterval(10, 720, 8)).toBe(0)
    expect(categoryTickInterval(1, 10, 50)).toBe(0)
    expect(categoryTickInterval(0, 500, 8)).toBe(0)
  })

  it('skips labels so the shown ones fit the width', () => {
    // 72 px a label: 10 fit in 720 px; 300 labels need every 30th.
    expect(categoryTickInterval(300, 720, 8)).toBe(29)
    expect(categoryTickInterval(11, 720, 8)).toBe(1)
    // Longer labels, fewer shown.
    expect(categoryTickInterval(300, 720, 18)).toBeGreaterThan(categoryTickInterval(300, 720, 8))
  })

  it('shows at least one label however narrow the plot', () => {
    expect(categoryTickInterval(300, 20, 8)).toBe(299)
    expect(categoryTickInterval(300, 0, 8)).toBe(0)
  })
})

describe('niceStep and countTicks', () => {
  it('rounds a step up to 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.5, 2, 3, 7, 12, 45, 51].map(niceStep)).toEqual([0.5, 1, 2, 2, 5, 10, 20, 50, 100])
    expect(niceStep(0)).toBe(1)
  })

  it('counts in whole numbers from 0 to at least the largest, within the tick budget', () => {
    expect(countTicks(7, 6)).toEqual([0, 2, 4, 6, 8])
    expect(countTicks(3, 10)).toEqual([0, 1, 2, 3])
    expect(countTicks(0, 5)).toEqual([0, 1])
    expect(countTicks(130, 5)).toEqual([0, 50, 100, 150])
  })
})

describe('lengthTicks', () => {
  const HOUR = 3_600_000
  it('uses whole hours up to three days', () => {
    expect(lengthTicks(10 * HOUR, 6)).toEqual({
      unit: 'hour',
      ticks: [0, 2, 4, 6, 8, 10].map((h) => h * HOUR),
    })
    expect(lengthTicks(10 * HOUR, 4).ticks.map((t) => t / HOUR)).toEqual([0, 6, 12])
    expect(lengthTicks(40 * HOUR, 5).ticks.map((t) => t / HOUR)).toEqual([0, 12, 24, 36, 48])
  })

  it('uses days beyond, in 1-2-5 steps, up to a month of 31 days', () => {
    expect(lengthTicks(31 * 24 * HOUR, 5)).toEqual({
      unit: 'day',
      ticks: [0, 10, 20, 30, 40].map((d) => d * 24 * HOUR),
    })
  })
})

describe('timeTicks', () => {
  const at = (iso: string) => Date.parse(iso)
  const dates = (ticks: number[], zone: string) =>
    ticks.map((t) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(t),
    )

  it('puts month ticks on the first midnight of each month in the user zone', () => {
    const t = timeTicks(at('2026-01-10T00:00:00Z'), at('2026-05-20T00:00:00Z'), 'America/New_York', 6)
    expect(t.unit).toBe('month')
    expect(dates(t.ticks, 'America/New_York')).toEqual([
      '2026-02-01 00:00',
      '2026-03-01 00:00',
      '2026-04-01 00:00',
      '2026-05-01 00:00',
    ])
  })

  it('steps in 2, 3 or 6 months, or years, when months do not fit', () => {
    const t = timeTicks(at('2024-01-01T00:00:00Z'), at('2026-12-31T00:00:00Z'), 'UTC', 8)
    expect(t.unit).toBe('month')
    expect(dates(t.ticks, 'UTC')).toEqual([
      '2024-01-01 00:00',
      '2024-07-01 00:00',
      '2025-01-01 00:00',
      '2025-07-01 00:00',
      '2026-01-01 00:00',
      '2026-07-01 00:00',
    ])
    const years = timeTicks(at('2006-03-01T00:00:00Z'), at('2026-11-30T00:00:00Z'), 'UTC', 6)
    expect(years.unit).toBe('year')
    expect(dates(years.ticks, 'UTC')).toEqual([
      '2010-01-01 00:00',
      '2015-01-01 00:00',
      '2020-01-01 00:00',
      '2025-01-01 00:00',
    ])
  })

  it('uses Mondays for weeks and midnights for days, at the zone wall clock across DST', () => {
    // Berlin moves to summer time on Sunday 29 March 2026.
    const weeks = timeTicks(at('2026-03-10T00:00:00Z'), at('2026-04-20T00:00:00Z'), 'Europe/Berlin', 7)
    expect(weeks.unit).toBe('week')
    expect(dates(weeks.ticks, 'Europe/Berlin')).toEqual([
      '2026-03-16 00:00',
      '2026-03-23 00:00',
      '2026-03-30 00:00',
      '2026-04-06 00:00',
      '2026-04-13 00:00',
      '2026-04-20 00:00',
    ])
    const days = timeTicks(at('2026-03-27T12:00:00Z'), at('2026-03-31T12:00:00Z'), 'Europe/Berlin', 5)
    expect(days.unit).toBe('day')
    expect(dates(days.ticks, 'Europe/Berlin')).toEqual([
      '2026-03-28 00:00',
      '2026-03-29 00:00',
      '2026-03-30 00:00',
      '2026-03-31 00:00',
    ])
  })

  it('uses round hours for a short range, and never more ticks than the budget', () => {
    const t = timeTicks(at('2026-06-01T09:20:00Z'), at('2026-06-01T20:00:00Z'), 'UTC', 5)
    expect(t.unit).toBe('hour')
    expect(dates(t.ticks, 'UTC')).toEqual(['2026-06-01 12:00', '2026-06-01 15:00', '2026-06-01 18:00'])
    for (const budget of [2, 3, 5, 8, 12])
      for (const days of [0.3, 3, 40, 400, 4000])
        expect(timeTicks(0, days * 86_400_000, 'Asia/Kolkata', budget).ticks.length).toBeLessThanOrEqual(
          budget,
        )
  })
})

describe('fittedTimeTicks', () => {
  const DAY = 86_400_000
  it('keeps labels of the chosen step from overlapping', () => {
    for (const days of [0.5, 2, 9, 45, 400, 4000])
      for (const px of [200, 500, 900]) {
        const t = fittedTimeTicks(0, days * DAY, 'Europe/Berlin', px)
        expect(t.ticks.length, `${days} days in ${px} px`).toBeLessThanOrEqual(
          Math.max(2, tickBudget(px, TIME_LABEL_CHARS[t.unit])),
        )
      }
  })

  it('prefers fewer date-and-time labels to crowded ones', () => {
    // Ten hours on 300 px: 3-hourly date-and-time labels would need 4 × (22 × 7 + 24) px.
    const t = fittedTimeTicks(Date.UTC(2026, 5, 1, 8), Date.UTC(2026, 5, 1, 18), 'UTC', 300)
    expect(t.unit).toBe('hour')
    expect(t.ticks.length).toBeLessThanOrEqual(tickBudget(300, TIME_LABEL_CHARS.hour))
    expect(t.ticks.length).toBeGreaterThanOrEqual(1)
  })
})
