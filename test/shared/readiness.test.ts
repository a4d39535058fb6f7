import { describe, expect, it } from 'vitest'
import { historyItem, session as sessionSchema } from '../../src/shared/api/schemas'
import { gameReadiness, gameWaitMs, lastPlay } from '../../src/shared/games/readiness'

const HOUR = 3_600_000
const at = (utc: string) => Date.parse(`${utc.replace(' ', 'T')}Z`)

/** A session as the API sends it, parsed by the client's own schema. */
function activeSession(games: unknown) {
  return sessionSchema.parse({
    id: 7,
    start: '2026-11-01 10:00:00',
    end: null,
    scheduledend: '2026-12-24 10:00:00',
    active: 1,
    games,
  })
}

const row = (over: Record<string, unknown>) =>
  historyItem.parse({
    session: 7,
    type: 'ADD',
    unit: 3600,
    source: 'DICE',
    dom: 0,
    schedule: '2026-12-24 11:00:00',
    happened: '2026-11-30 08:00:00.250',
    ...over,
  })

const dice = (wait: Record<string, unknown>) =>
  activeSession({ dice: { dices: 2, addunit: 'DAY', minmultiplier: 1, maxmultiplier: 2, ...wait } })

describe('game readiness', () => {
  it('waits the configured time after the last own play, then is ready from that moment', () => {
    const s = dice({ waitint: 6, waitunit: 'HOUR' })
    const history = [row({ happened: '2026-11-30 08:00:00' }), row({ happened: '2026-11-29 20:00:00' })]
    expect(gameReadiness(s, history, 'dice', at('2026-11-30 09:00:00'))).toEqual({
      state: 'waiting',
      readyAt: at('2026-11-30 14:00:00'),
      lastPlay: at('2026-11-30 08:00:00'),
    })
    expect(gameReadiness(s, history, 'dice', at('2026-11-30 14:00:00'))).toEqual({
      state: 'ready',
      since: at('2026-11-30 14:00:00'),
    })
  })

  it('reads MINUTE, HOUR and DAY waits, in any letter case', () => {
    expect(gameWaitMs(dice({ waitint: 30, waitunit: 'MINUTE' }), 'dice')).toBe(30 * 60_000)
    expect(gameWaitMs(dice({ waitint: 2, waitunit: 'hour' }), 'dice')).toBe(2 * HOUR)
    expect(gameWaitMs(dice({ waitint: 1, waitunit: 'DAY' }), 'dice')).toBe(24 * HOUR)
  })

  it("does not count a dom's plays, penalties, other games or the START row as the user's play", () => {
    const s = dice({ waitint: 6, waitunit: 'HOUR' })
    const history = [
      row({ happened: '2026-11-30 08:00:00', dom: 1 }),
      row({ happened: '2026-11-30 07:00:00', source: 'PENALTY' }),
      row({ happened: '2026-11-30 06:00:00', source: 'LUCK' }),
      row({ happened: '2026-11-30 05:00:00', type: 'START', unit: null, source: null }),
      row({ happened: '2026-11-29 12:00:00', type: 'SUB' }),
    ]
    expect(lastPlay(history, 'dice')).toBe(at('2026-11-29 12:00:00'))
    expect(lastPlay(history, 'luck')).toBe(at('2026-11-30 06:00:00'))
    expect(gameReadiness(s, history, 'dice', at('2026-11-30 09:00:00'))).toEqual({
      state: 'ready',
      since: at('2026-11-29 18:00:00'),
    })
  })

  it('takes the newest play whatever the order of the rows', () => {
    const history = [row({ happened: '2026-11-28 08:00:00' }), row({ happened: '2026-11-30 08:00:00' })]
    expect(lastPlay(history, 'dice')).toBe(at('2026-11-30 08:00:00'))
  })

  it('says ready when there is no play yet, or no wait', () => {
    expect(gameReadiness(dice({ waitint: 6, waitunit: 'HOUR' }), [], 'dice', 0)).toEqual({
      state: 'ready',
      since: null,
    })
    expect(gameReadiness(dice({ waitint: 0, waitunit: 'HOUR' }), [row({})], 'dice', 0)).toEqual({
      state: 'ready',
      since: null,
    })
  })

  it('says unknown when the wait cannot be read, and off when the game is not played', () => {
    const now = at('2026-11-30 09:00:00')
    expect(gameReadiness(dice({ waitunit: 'HOUR' }), [row({})], 'dice', now)).toEqual({ state: 'unknown' })
    expect(gameReadiness(dice({ waitint: 6 }), [row({})], 'dice', now)).toEqual({ state: 'unknown' })
    expect(gameReadiness(dice({ waitint: 6, waitunit: 'FORTNIGHT' }), [row({})], 'dice', now)).toEqual({
      state: 'unknown',
    })
    expect(gameReadiness(dice({ waitint: 'six', waitunit: 'HOUR' }), [row({})], 'dice', now)).toEqual({
      state: 'unknown',
    })
    expect(gameReadiness(dice({ waitint: 6, waitunit: 'HOUR' }), [], 'luck', now)).toEqual({ state: 'off' })
    expect(gameReadiness(activeSession(undefined), [], 'dice', now)).toEqual({ state: 'off' })
  })

  it("reads Luck's wait from its own configuration", () => {
    const s = activeSession({
      luck: { addint: 1, addunit: 'DAY', subint: 1, subunit: 'DAY', waitint: 45, waitunit: 'MINUTE' },
    })
    const history = [row({ source: 'LUCK', type: 'SUB', happened: '2026-11-30 08:00:00' })]
    expect(gameReadiness(s, history, 'luck', at('2026-11-30 08:30:00'))).toEqual({
      state: 'waiting',
      readyAt: at('2026-11-30 08:45:00'),
      lastPlay: at('2026-11-30 08:00:00'),
    })
  })
})
