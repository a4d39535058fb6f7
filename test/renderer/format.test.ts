import { describe, expect, it } from 'vitest'
import {
  describeChange,
  formatAmount,
  formatAtOffset,
  formatCalendarDate,
  formatCountdown,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMonth,
  formatRelative,
} from '../../src/renderer/src/format'

const H = 3_600_000
const D = 24 * H

describe('durations in words', () => {
  it('spells the largest units', () => {
    expect(formatDuration(17 * D + 3 * H + 12 * 60_000 + 5000)).toBe('17 days 3 hours 12 minutes')
    expect(formatDuration(D)).toBe('1 day')
    expect(formatDuration(D + 5 * 60_000)).toBe('1 day 5 minutes')
    expect(formatDuration(30_000)).toBe('less than a minute')
    expect(formatDuration(2 * D + 3 * H, 1)).toBe('2 days')
  })

  it('describes schedule changes', () => {
    expect(formatAmount('ADD', 86400)).toBe('+1 day')
    expect(formatAmount('SUB', 9000)).toBe('−2 hours 30 minutes')
    expect(formatAmount('ADD', 45)).toBe('+45 seconds')
    expect(describeChange({ type: 'ADD', seconds: 86400, source: 'DICE', dom: false })).toBe(
      '+1 day from DICE',
    )
    expect(describeChange({ type: 'SUB', seconds: 3600, source: 'DOM', dom: true })).toBe(
      '−1 hour from DOM, by dom',
    )
    expect(describeChange({ type: 'ADD', seconds: 60, source: null, dom: false })).toBe('+1 minute')
  })
})

describe('countdown', () => {
  it('formats days and clock, never negative', () => {
    expect(formatCountdown(3 * D + 4 * H + 5 * 60_000 + 6000)).toBe('3d 04:05:06')
    expect(formatCountdown(59_999)).toBe('00:00:59')
    expect(formatCountdown(-5000)).toBe('00:00:00')
    expect(formatCountdown(H + 90_000, false)).toBe('01:01')
  })
})

describe('dates', () => {
  it('formats in the given zone, not the host zone', () => {
    const t = Date.UTC(2026, 1, 10, 23, 30)
    expect(formatDateTime(t, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('11 Feb 2026, 08:30')
    expect(formatDateTime(t, { locale: 'en-GB', timeZone: 'UTC' })).toBe('10 Feb 2026, 23:30')
  })

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

  it('formats at a fixed offset and plain calendar dates', () => {
    expect(formatAtOffset(Date.UTC(2026, 1, 2, 8), 60, 'en-GB')).toBe('2 Feb 2026, 09:00')
    expect(formatCalendarDate('2026-01-15', 'en-GB')).toBe('15 Jan 2026')
    expect(formatCalendarDate('nope', 'en-GB')).toBe('nope')
  })

  it('says how long ago', () => {
    expect(formatRelative(1000, 1000 + 3 * D + H)).toBe('3 days ago')
    expect(formatRelative(1000 + 2 * H, 1000)).toBe('in 2 hours')
    expect(formatRelative(1000, 1010)).toBe('just now')
  })
})
