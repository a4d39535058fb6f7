import { describe, expect, it } from 'vitest'
import { canPlay, readinessText } from '../../src/shared/games/readiness-text'

const M = 60_000
const H = 60 * M
/** Monday 30 Nov 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 10, 30, 12, 0)
const fmt = { locale: 'en-GB', timeZone: 'Europe/Berlin' }

describe('readiness in words', () => {
  it('says ready, unknown, or the time left to the nearest minute with the instant', () => {
    expect(readinessText('dice', { state: 'ready', since: null }, NOW, fmt)).toBe('Dice: ready now')
    expect(readinessText('luck', { state: 'unknown' }, NOW, fmt)).toBe('Luck: ready time unknown')
    const waiting = { state: 'waiting' as const, readyAt: NOW + 2 * H + 9 * M + 1, lastPlay: NOW - H }
    expect(readinessText('dice', waiting, NOW, fmt)).toBe(
      'Dice: next roll in 2 hours 9 minutes (at Mon 15:09)',
    )
    expect(readinessText('luck', waiting, NOW, fmt)).toMatch(/^Luck: next play in 2 hours 9 minutes/)
    expect(readinessText('dice', waiting, waiting.readyAt, fmt)).toBe('Dice: ready now')
  })

  it('lets a game be played when ready or unknown, not while waiting or when it is off', () => {
    const waiting = { state: 'waiting' as const, readyAt: NOW + M, lastPlay: NOW - H }
    expect(canPlay(waiting, NOW)).toBe(false)
    expect(canPlay(waiting, NOW + M)).toBe(true)
    expect(canPlay({ state: 'unknown' }, NOW)).toBe(true)
    expect(canPlay({ state: 'ready', since: null }, NOW)).toBe(true)
    expect(canPlay({ state: 'off' }, NOW)).toBe(false)
  })
})
