import { describe, expect, it } from 'vitest'
import {
  describeChange,
  formatAmount,
  formatCountdown,
  formatLength,
  readServiceLength,
  serviceLength,
} from '../../src/renderer/src/format'

const H = 3_600_000
const D = 24 * H

describe('durations in words', () => {
  it('spells the largest units', () => {
    expect(formatLength(17 * D + 3 * H + 12 * 60_000 + 5000)).toBe('17 days 3 hours 12 minutes')
    expect(formatLength(D)).toBe('1 day')
    expect(formatLength(D + 5 * 60_000)).toBe('1 day 5 minutes')
    expect(formatLength(30_000)).toBe('less than a minute')
    expect(formatLength(2 * D + 3 * H, 1)).toBe('2 days')
  })

  it('describes schedule changes', () => {
    expect(formatAmount('ADD', 86400)).toBe('+1 day')
    expect(formatAmount('SUB', 9000)).toBe('−2 hours 30 minutes')
    expect(formatAmount('ADD', 45)).toBe('+45 seconds')
    expect(describeChange({ type: 'ADD', seconds: 86400, source: 'DICE', dom: false })).toBe(
      '+1 day from the dice',
    )
    expect(describeChange({ type: 'SUB', seconds: 3600, source: 'DOM', dom: true })).toBe(
      '−1 hour by your dom',
    )
    expect(describeChange({ type: 'ADD', seconds: 60, source: null, dom: false })).toBe('+1 minute')
    expect(describeChange({ type: 'ADD', seconds: 7200, source: 'LUCK', dom: true })).toBe(
      '+2 hours from luck, by your dom',
    )
  })

  it("rewrites the service's lengths in the dashboard's voice", () => {
    expect(readServiceLength('17 days 3 hours 12 minutes')).toBe(17 * D + 3 * H + 12 * 60_000)
    expect(serviceLength('0 days 5 hours 0 minutes')).toBe('5 hours')
    expect(serviceLength('1 day 0 hours 1 minute')).toBe('1 day 1 minute')
    expect(readServiceLength('soon')).toBeNull()
    expect(serviceLength('about a week')).toBe('about a week')
    expect(readServiceLength('3 fortnights')).toBeNull()
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
