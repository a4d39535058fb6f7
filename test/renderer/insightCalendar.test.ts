import { describe, expect, it } from 'vitest'
import {
  cellOf,
  columnCount,
  indexAt,
  leadOf,
  lockedWords,
  monthStarts,
  monthTotals,
  moveFrom,
  stepOf,
} from '../../src/renderer/src/pages/insight/calendarGrid'
import { sourceBars } from '../../src/renderer/src/pages/insight/sourceBars'

const H = 3600

/** Consecutive days from a date, with their weekdays (Monday 0) and locked seconds. */
function daysFrom(first: string, seconds: readonly number[]) {
  const start = Date.parse(`${first}T00:00:00Z`)
  return seconds.map((lockedSeconds, i) => {
    const d = new Date(start + i * 86_400_000)
    return { date: d.toISOString().slice(0, 10), weekday: (d.getUTCDay() + 6) % 7, lockedSeconds }
  })
}

describe('intensity steps', () => {
  it('are 0 when not locked, then one per six hours, the last open-ended', () => {
    expect([0, 1, 6 * H - 1, 6 * H, 12 * H - 1, 12 * H, 18 * H, 25 * H].map(stepOf)).toEqual([
      0, 1, 1, 2, 2, 3, 4, 4,
    ])
  })
})

describe('the calendar grid', () => {
  // 2026-11-04 is a Wednesday: two empty cells before it in the first week.
  const days = daysFrom(
    '2026-11-04',
    Array.from({ length: 10 }, () => 0),
  )

  it('puts each day in its week column and weekday row', () => {
    const lead = leadOf(days)
    expect(lead).toBe(2)
    expect(cellOf(0, lead)).toEqual({ column: 0, row: 2 })
    expect(cellOf(5, lead)).toEqual({ column: 1, row: 0 })
    expect(columnCount(days.length, lead)).toBe(2)
    expect(indexAt({ column: 0, row: 1 }, lead, days.length)).toBeNull()
    expect(indexAt({ column: 1, row: 4 }, lead, days.length)).toBe(9)
    expect(indexAt({ column: 1, row: 5 }, lead, days.length)).toBeNull()
    for (let i = 0; i < days.length; i++) {
      expect(cellOf(i, lead).row, days[i]?.date).toBe(days[i]?.weekday)
      expect(indexAt(cellOf(i, lead), lead, days.length)).toBe(i)
    }
  })

  it('moves by a week sideways and a day up and down, holding at the edges', () => {
    expect(moveFrom(0, 'ArrowRight', 10)).toBe(7)
    expect(moveFrom(7, 'ArrowLeft', 10)).toBe(0)
    expect(moveFrom(3, 'ArrowRight', 10)).toBe(3)
    expect(moveFrom(3, 'ArrowLeft', 10)).toBe(3)
    expect(moveFrom(3, 'ArrowDown', 10)).toBe(4)
    expect(moveFrom(3, 'ArrowUp', 10)).toBe(2)
    expect(moveFrom(0, 'ArrowUp', 10)).toBe(0)
    expect(moveFrom(9, 'ArrowDown', 10)).toBe(9)
    expect(moveFrom(4, 'Home', 10)).toBe(0)
    expect(moveFrom(4, 'End', 10)).toBe(9)
    expect(moveFrom(4, 'Enter', 10)).toBeNull()
  })

  it('labels the columns where months begin', () => {
    const span = daysFrom(
      '2026-10-28',
      Array.from({ length: 40 }, () => 0),
    )
    // 28 Oct is a Wednesday; 1 Nov a Sunday (column 0), 1 Dec a Tuesday (column 5).
    expect(monthStarts(span)).toEqual([
      { column: 0, month: '2026-10' },
      { column: 0, month: '2026-11' },
      { column: 5, month: '2026-12' },
    ])
  })

  it('adds up each month: days with any locked time, and the time', () => {
    const span = daysFrom('2026-10-30', [H, 0, 2 * H, 30, 0])
    expect(monthTotals(span)).toEqual([
      { month: '2026-10', lockedDays: 1, lockedSeconds: H },
      { month: '2026-11', lockedDays: 2, lockedSeconds: 2 * H + 30 },
    ])
  })

  it('says a day’s time in hours', () => {
    expect(lockedWords(0, 'en-US')).toBe('not locked')
    expect(lockedWords(60, 'en-US')).toBe('under 0.1 hours locked')
    expect(lockedWords(H, 'en-US')).toBe('1 hour locked')
    expect(lockedWords(14 * H, 'en-US')).toBe('14 hours locked')
    expect(lockedWords(3.5 * H, 'en-US')).toBe('3.5 hours locked')
  })
})

describe('source bars', () => {
  const totals = (source: 'DICE' | 'LUCK' | null, added: number, removed: number) => ({
    source,
    addedSeconds: added,
    removedSeconds: removed,
    netSeconds: added - removed,
    changes: 1,
  })
  const label = (s: string | null) => s ?? 'none'

  it('draws added time right of zero and removed time left of it, in hours', () => {
    const b = sourceBars([totals('DICE', 2 * H, 3 * H), totals(null, 0, 0)], label)
    expect(b.unit).toBe('hour')
    expect(b.extent).toBe(3)
    expect(b.bars).toEqual([
      { key: 'DICE', label: 'DICE', added: 2, removed: -3 },
      { key: 'none', label: 'none', added: 0, removed: 0 },
    ])
    expect(Object.is(b.bars[1]?.removed, 0)).toBe(true)
  })

  it('counts in days once a bar is over three days long', () => {
    const b = sourceBars([totals('LUCK', 96 * H, 12 * H)], label)
    expect(b).toMatchObject({ unit: 'day', extent: 4, bars: [{ added: 4, removed: -0.5 }] })
  })

  it('keeps an axis when nothing was added or removed', () => {
    expect(sourceBars([totals('DICE', 0, 0)], label).extent).toBe(1)
  })
})
