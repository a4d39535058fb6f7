import { afterEach, describe, expect, it } from 'vitest'
import { historyItem, session as sessionSchema, type HistoryItem } from '../../../src/shared/api/schemas'
import { formatUtc } from '../../../src/shared/api/time'
import { ReadinessWatch, STARTUP_GRACE_MS, type GamesView } from '../../../src/main/games/readiness-watch'
import type { GameReadyEvent } from '../../../src/main/games/ready-event'
import { FakeClock } from '../../support/fake-clock'

const M = 60_000
const H = 60 * M
const NOW = Date.UTC(2026, 10, 30, 12, 0)

function activeSession(games: unknown, id = 7) {
  return sessionSchema.parse({
    id,
    start: '2026-11-01 10:00:00',
    end: null,
    scheduledend: '2026-12-24 10:00:00',
    active: 1,
    games,
  })
}

const DICE_HOURLY = { dice: { dices: 1, addunit: 'HOUR', waitint: 1, waitunit: 'HOUR' } }

const play = (happened: number, over: Record<string, unknown> = {}): HistoryItem =>
  historyItem.parse({
    session: 7,
    type: 'ADD',
    unit: 3600,
    source: 'DICE',
    dom: 0,
    schedule: '2026-12-24 11:00:00',
    happened: formatUtc(happened, true),
    ...over,
  })

const watches: ReadinessWatch[] = []
afterEach(() => {
  while (watches.length > 0) watches.pop()!.dispose()
})

function setup(now = NOW) {
  const clock = new FakeClock(now)
  const views: GamesView[] = []
  const ready: GameReadyEvent[] = []
  const watch = new ReadinessWatch({
    clock,
    onView: (view) => views.push(view),
    onReady: (events) => ready.push(...events),
  })
  watches.push(watch)
  return { clock, views, ready, watch }
}

describe('readiness watch', () => {
  it('counts down a waiting game, with timers of at most a minute, and emits one event when it becomes ready', () => {
    const { clock, ready, watch } = setup()
    watch.update({ session: activeSession(DICE_HOURLY), history: [play(NOW - 50 * M)], linkUrl: null })
    expect(watch.view().games).toEqual([
      { game: 'dice', readiness: { state: 'waiting', readyAt: NOW + 10 * M, lastPlay: NOW - 50 * M } },
    ])
    expect(clock.pendingTimers()).toEqual([M])
    expect(ready).toEqual([])

    clock.advance(10 * M - 1)
    expect(ready).toEqual([])
    expect(watch.view().games[0]?.readiness.state).toBe('waiting')
    clock.advance(1)
    expect(watch.view().games[0]?.readiness).toEqual({ state: 'ready', since: NOW + 10 * M })
    expect(ready).toEqual([
      {
        kind: 'gameReady',
        id: `gameReady:7:dice:${NOW + 10 * M}`,
        at: NOW + 10 * M,
        sessionId: 7,
        game: 'dice',
        readyAt: NOW + 10 * M,
      },
    ])
    // Ready: nothing left to wait for, and nothing emitted again on later refreshes or data.
    expect(clock.pendingTimers()).toEqual([])
    watch.refresh()
    watch.update({ session: activeSession(DICE_HOURLY), history: [play(NOW - 50 * M)], linkUrl: null })
    expect(ready).toHaveLength(1)
  })

  it('after a sleep past the end of the wait, still says the game is ready, once', () => {
    const { clock, ready, watch } = setup()
    watch.update({ session: activeSession(DICE_HOURLY), history: [play(NOW - 30 * M)], linkUrl: null })
    clock.jump(5 * H)
    watch.refresh()
    expect(ready.map((e) => e.readyAt)).toEqual([NOW + 30 * M])
  })

  it('at start-up, tells of a wait that ended moments ago but not of one that ended long ago', () => {
    const recent = setup()
    recent.watch.update({
      session: activeSession(DICE_HOURLY),
      history: [play(NOW - H - STARTUP_GRACE_MS + M)],
      linkUrl: null,
    })
    expect(recent.ready).toHaveLength(1)

    const old = setup()
    old.watch.update({
      session: activeSession(DICE_HOURLY),
      history: [play(NOW - H - STARTUP_GRACE_MS - M)],
      linkUrl: null,
    })
    expect(old.ready).toEqual([])
    expect(old.watch.view().games[0]?.readiness.state).toBe('ready')
  })

  it('never emits for a game that has nothing to wait for, nor for a dom’s play', () => {
    const { clock, ready, watch } = setup()
    watch.update({ session: activeSession(DICE_HOURLY), history: [], linkUrl: null })
    expect(watch.view().games[0]?.readiness).toEqual({ state: 'ready', since: null })
    watch.update({ session: activeSession(DICE_HOURLY), history: [play(NOW, { dom: 1 })], linkUrl: null })
    clock.advance(2 * H)
    expect(ready).toEqual([])
  })

  it('says "unknown" when the history cannot be read or the wait cannot be understood', () => {
    const { watch } = setup()
    watch.update({ session: activeSession(DICE_HOURLY), history: null, linkUrl: null })
    expect(watch.view().games).toEqual([{ game: 'dice', readiness: { state: 'unknown' } }])
    watch.update({
      session: activeSession({ luck: { addint: 1, waitint: 2, waitunit: 'FORTNIGHT' } }),
      history: [],
      linkUrl: null,
    })
    expect(watch.view().games).toEqual([{ game: 'luck', readiness: { state: 'unknown' } }])
  })

  it('counts a play by the app at once, until the history holds the service’s row', () => {
    const { clock, watch } = setup()
    const session = activeSession(DICE_HOURLY)
    watch.update({ session, history: [], linkUrl: null })
    watch.notePlayed(7, 'dice')
    expect(watch.view().games[0]?.readiness).toEqual({ state: 'waiting', readyAt: NOW + H, lastPlay: NOW })
    // The poll brings the row the service wrote, a little earlier on its clock: the row wins.
    clock.advance(2_000)
    watch.update({ session, history: [play(NOW - 1_000)], linkUrl: null })
    expect(watch.view().games[0]?.readiness).toMatchObject({ state: 'waiting', readyAt: NOW - 1_000 + H })
    // A play noted for another session is not this one's.
    watch.notePlayed(8, 'dice')
    expect(watch.view().games[0]?.readiness).toMatchObject({ readyAt: NOW - 1_000 + H })
  })

  it('shows LINK with its vote link and the public votes, and tells its listener only of changes', () => {
    const { views, watch } = setup()
    const session = activeSession({ link: { addint: 1, subint: 1, waitint: 0 } })
    const votes = [
      play(NOW - H, { source: 'LINK' }),
      play(NOW - H, { source: 'LINK', type: 'SUB' }),
      play(NOW, { source: 'LINK', dom: 1 }),
    ]
    watch.update({ session, history: votes, linkUrl: 'https://example.test/link/abc' })
    watch.update({ session, history: votes, linkUrl: 'https://example.test/link/abc' })
    expect(views).toEqual([
      {
        sessionId: 7,
        games: [],
        link: { url: 'https://example.test/link/abc', votes: { added: 1, removed: 1 } },
      },
    ])
    watch.update({ session: null, history: null, linkUrl: null })
    expect(views.at(-1)).toEqual({ sessionId: null, games: [], link: null })
  })

  it('arms no timer once disposed', () => {
    const { clock, watch } = setup()
    watch.dispose()
    watch.update({ session: activeSession(DICE_HOURLY), history: [play(NOW)], linkUrl: null })
    expect(clock.pendingTimers()).toEqual([])
  })
})
