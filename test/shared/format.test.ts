import { describe, expect, it } from 'vitest'
import {
  formatAtOffset,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMonth,
  formatNear,
  formatRelative,
  formatSignedDuration,
} from '../../src/shared/format'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

/** Tuesday 10 Feb 2026, 14:00 in Berlin (13:00 UTC). */
const END = Date.UTC(2026, 1, 10, 13, 0, 0)

describe('durations in words', () => {
  it.each([
    [D, '1 day'],
    [3 * H, '3 hours'],
    [D + 2 * H, '1 day 2 hours'],
    [45 * M, '45 minutes'],
    [M, '1 minute'],
    [90 * M, '1 hour 30 minutes'],
    [2 * D + 30 * M, '2 days 30 minutes'],
    [30 * S, '30 seconds'],
    [-3 * H, '3 hours'],
    [0, '0 seconds'],
  ])('%d ms reads "%s"', (ms, words) => {
    expect(formatDuration(ms)).toBe(words)
  })

  it('keeps at most the given number of consecutive units from the largest', () => {
    expect(formatDuration(D + 2 * H + 3 * M + 4 * S)).toBe('1 day 2 hours 3 minutes')
    expect(formatDuration(D + 2 * H + 3 * M, { maxUnits: 2 })).toBe('1 day 2 hours')
    expect(formatDuration(D + 3 * M, { maxUnits: 2 })).toBe('1 day')
    expect(formatDuration(D + 2 * H, { maxUnits: 1 })).toBe('1 day')
  })

  it('says one thing for one amount, wherever it is shown: a day and 30 seconds is a day', () => {
    expect(formatDuration(D + 30 * S)).toBe('1 day')
    expect(formatSignedDuration(D + 30 * S)).toBe('+1 day')
    expect(formatSignedDuration(-(2 * H + 30 * M))).toBe('−2 hours 30 minutes')
  })

  it('names minutes at the smallest when asked, and drops seconds rather than rounding up', () => {
    expect(formatDuration(59 * S, { smallest: 'minute' })).toBe('less than a minute')
    expect(formatDuration(2 * M + 59 * S, { smallest: 'minute' })).toBe('2 minutes')
    expect(formatDuration(17 * D + 3 * H + 12 * M + 40 * S, { smallest: 'minute' })).toBe(
      '17 days 3 hours 12 minutes',
    )
  })

  it('says how long ago or ahead, in the largest unit', () => {
    expect(formatRelative(END - 3 * D - 2 * H, END)).toBe('3 days ago')
    expect(formatRelative(END + 2 * H + 5 * M, END)).toBe('in 2 hours')
    expect(formatRelative(END - 20 * S, END)).toBe('just now')
  })
})

describe('instants', () => {
  const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' }

  it('near now: weekday, date, or date with year by distance', () => {
    expect(formatNear(END, END - 2 * D, berlin)).toBe('Tue 14:00')
    expect(formatNear(END, END + 5 * D, berlin)).toBe('Tue 14:00')
    expect(formatNear(END, END - 20 * D, berlin)).toBe('10 Feb, 14:00')
    expect(formatNear(END, END + 20 * D, berlin)).toBe('10 Feb 2026, 14:00')
  })

  it('in the given zone and locale, never the host', () => {
    expect(formatDateTime(END, berlin)).toBe('10 Feb 2026, 14:00')
    expect(formatDateTime(END, { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Feb 10, 2026, 8:00 AM',
    )
  })

  it('falls back to fixed defaults for a locale or zone Intl refuses', () => {
    expect(formatDateTime(END, { locale: 'not a locale!', timeZone: 'Mars/Olympus' })).toBe(
      '10 Feb 2026, 13:00',
    )
  })

  it('calendar dates and months without a zone, and raw text left as it is', () => {
    expect(formatCalendarDate('2026-02-10', 'en-GB')).toBe('10 Feb 2026')
    expect(formatCalendarDate('2026-02-10 09:00:00', 'en-GB')).toBe('10 Feb 2026')
    expect(formatCalendarDate('never', 'en-GB')).toBe('never')
    expect(formatMonth('2026-02', 'en-GB')).toBe('Feb 2026')
    expect(formatAtOffset(END, 60, 'en-GB')).toBe('10 Feb 2026, 14:00')
  })
})

describe('instants, with the formatters kept between calls', () => {
  it('keeps locales, zones and styles apart when the same formatters are used again', () => {
    const t = Date.UTC(2026, 1, 10, 23, 30)
    const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' }
    const utcUs = { locale: 'en-US', timeZone: 'UTC' }
    for (let round = 0; round < 2; round++) {
      expect(formatDate(t, tokyo)).toBe('11 Feb 2026')
      expect(formatDateTime(t, tokyo)).toBe('11 Feb 2026, 08:30')
      expect(formatDate(t, utcUs)).toBe('Feb 10, 2026')
      expect(formatDateTime(t, utcUs)).toBe('Feb 10, 2026, 11:30 PM')
      expect(formatMonth('2026-02', 'en-GB')).toBe('Feb 2026')
      expect(formatCalendarDate('2026-02-10', 'en-US')).toBe('Feb 10, 2026')
    }
  })
})
