import { describe, expect, it } from 'vitest'
import { gameMenuItems } from '../../../src/main/tray/game-items'
import type { GamesView } from '../../../src/main/games/readiness-watch'

const M = 60_000
const H = 60 * M
const NOW = Date.UTC(2026, 10, 30, 12, 0)

const view = (over: Partial<GamesView> = {}): GamesView => ({ sessionId: 7, games: [], link: null, ...over })
const waiting = (readyAt: number) => ({ state: 'waiting' as const, readyAt, lastPlay: readyAt - 3 * H })

describe('tray game items', () => {
  it('offers a ready game, and counts down a waiting one by the nearest minute', () => {
    const games = view({
      games: [
        { game: 'dice', readiness: { state: 'ready', since: null } },
        { game: 'luck', readiness: waiting(NOW + 2 * H + 9 * M + 30_000) },
      ],
    })
    expect(gameMenuItems(games, null, NOW)).toEqual({
      items: [
        { kind: 'item', id: 'play-dice', label: 'Play Dice now', enabled: true },
        { kind: 'item', id: 'play-luck', label: 'Play Luck - in 2 hours 9 minutes', enabled: false },
      ],
      nextChangeAt: NOW + M,
    })
    const later = gameMenuItems(games, null, NOW + M)
    expect(later.items[1]).toMatchObject({ label: 'Play Luck - in 2 hours 8 minutes' })
    expect(later.nextChangeAt).toBe(NOW + 2 * M)
  })

  it('turns to "now" exactly when the wait ends, with no change after', () => {
    const games = view({ games: [{ game: 'dice', readiness: waiting(NOW + M) }] })
    // A second more (the service's clock is known to about a second) still reads one minute.
    expect(gameMenuItems(games, null, NOW - 1000).items[0]).toMatchObject({
      label: 'Play Dice - in 1 minute',
    })
    const lastMinute = gameMenuItems(games, null, NOW + 1)
    expect(lastMinute.items[0]).toMatchObject({ label: 'Play Dice - in 1 minute', enabled: false })
    expect(lastMinute.nextChangeAt).toBe(NOW + M)
    expect(gameMenuItems(games, null, NOW + M)).toEqual({
      items: [{ kind: 'item', id: 'play-dice', label: 'Play Dice now', enabled: true }],
      nextChangeAt: null,
    })
  })

  it('says when the wait is unknown (the service decides), and what is playing', () => {
    const games = view({
      games: [
        { game: 'dice', readiness: { state: 'unknown' } },
        { game: 'luck', readiness: { state: 'ready', since: NOW } },
      ],
    })
    expect(gameMenuItems(games, null, NOW).items[0]).toEqual({
      kind: 'item',
      id: 'play-dice',
      label: 'Play Dice - ready time unknown',
      enabled: true,
    })
    // While Luck plays, neither game can be started.
    expect(gameMenuItems(games, 'luck', NOW).items).toEqual([
      { kind: 'item', id: 'play-dice', label: 'Play Dice - ready time unknown', enabled: false },
      { kind: 'item', id: 'play-luck', label: 'Playing Luck…', enabled: false },
    ])
  })

  it('offers the vote link once known, and the votes so far as a line that does nothing', () => {
    const votes = { added: 3, removed: 1 }
    expect(gameMenuItems(view({ link: { url: null, votes } }), null, NOW).items).toEqual([
      { kind: 'item', id: 'link-votes', label: 'Votes so far: 3 added, 1 taken off', enabled: false },
    ])
    expect(gameMenuItems(view({ link: { url: 'https://x.test/v', votes } }), null, NOW).items).toEqual([
      { kind: 'item', id: 'copy-vote-link', label: 'Copy vote link', enabled: true },
      { kind: 'item', id: 'link-votes', label: 'Votes so far: 3 added, 1 taken off', enabled: false },
    ])
  })
})
