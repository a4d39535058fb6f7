import { afterEach, describe, expect, it } from 'vitest'
import {
  historyItem,
  session as sessionSchema,
  stats as statsSchema,
  type GamePlayResult,
  type HistoryItem,
  type Session,
  type Stats,
} from '../../../src/shared/api/schemas'
import type { Freshness } from '../../../src/shared/ipc/contract'
import { GamesService, type GamesSource } from '../../../src/main/games/games-service'
import { ReadinessWatch } from '../../../src/main/games/readiness-watch'
import { RecordingClipboard } from '../../../tools/harness/recording-platform'
import { FakeClock } from '../../support/fake-clock'

const NOW = Date.UTC(2026, 10, 30, 12, 0)
const LINK = 'https://www.chastitytracker.org/link.php?token=abc'

const sessionWith = (games: unknown): Session =>
  sessionSchema.parse({
    id: 7,
    start: '2026-11-01 10:00:00',
    end: null,
    scheduledend: null,
    active: 1,
    games,
  })

const vote: HistoryItem = historyItem.parse({
  session: 7,
  type: 'ADD',
  unit: 60,
  source: 'LINK',
  dom: 0,
  schedule: '2026-12-01 10:00:00',
  happened: '2026-11-30 11:00:00',
})

/** The data service as the games see it, answering from what the test put in. */
class Source implements GamesSource {
  session: Session | null = null
  history: HistoryItem[] | Error = []
  statsAnswer: Stats = statsSchema.parse({ nick: 'me', locked: 1, link_game: LINK })
  stale = false
  statsReads = 0
  plays: [string, number][] = []
  activeSession(): Session | null {
    return this.session
  }
  historyReads = 0
  async allHistories(): Promise<{ items: HistoryItem[] }> {
    this.historyReads++
    if (this.history instanceof Error) throw this.history
    return { items: this.history }
  }
  newestHistory(_sessionId: number, count: number): HistoryItem[] | null {
    return this.history instanceof Error ? null : this.history.slice(0, count)
  }
  async playGame(game: 'dice' | 'luck', sessionId: number): Promise<GamePlayResult> {
    this.plays.push([game, sessionId])
    return {
      session: sessionId,
      dom: false,
      operation: 'ADD',
      seconds: 60,
      scheduledend_utc: '2026-12-01 10:00:00',
    }
  }
  async stats(): Promise<Stats & { freshness: Freshness }> {
    this.statsReads++
    return { ...this.statsAnswer, freshness: { fetchedAt: NOW, stale: this.stale, refreshing: this.stale } }
  }
}

const watches: ReadinessWatch[] = []
afterEach(() => {
  while (watches.length > 0) watches.pop()!.dispose()
})

function setup() {
  const source = new Source()
  const watch = new ReadinessWatch({
    clock: new FakeClock(NOW),
    onView: () => undefined,
    onReady: () => undefined,
  })
  watches.push(watch)
  const clipboard = new RecordingClipboard()
  return { source, clipboard, games: new GamesService(source, watch, clipboard) }
}

describe('games service', () => {
  it('reads no history for a session without games', async () => {
    const { source, games } = setup()
    source.session = sessionWith({})
    source.history = [vote]
    expect((await games.sync()).games).toEqual([])
    expect(source.historyReads).toBe(0)
  })

  it('reads the whole history once per session, then only the newest rows each poll', async () => {
    const { source, games } = setup()
    source.session = sessionWith({ link: { addint: 1, subint: 1, waitint: 0 } })
    source.history = [vote]
    expect((await games.sync()).link?.votes).toEqual({ added: 1, removed: 0 })
    expect(source.historyReads).toBe(1)
    source.history = [{ ...vote, happened: '2026-11-30 11:30:00', type: 'SUB' }, vote]
    expect((await games.sync()).link?.votes).toEqual({ added: 1, removed: 1 })
    expect(source.historyReads).toBe(1)
  })

  it('reads the LINK address only for a session with a LINK game, and copies it', async () => {
    const { source, clipboard, games } = setup()
    source.session = sessionWith({ dice: { waitint: 1, waitunit: 'HOUR' } })
    expect((await games.sync()).link).toBeNull()
    expect(source.statsReads).toBe(0)
    expect(await games.copyVoteLink()).toBe(false)

    source.session = sessionWith({ link: { addint: 1, subint: 1, waitint: 0 } })
    source.history = [vote]
    expect((await games.sync()).link).toEqual({ url: LINK, votes: { added: 1, removed: 0 } })
    expect(await games.copyVoteLink()).toBe(true)
    expect(clipboard.texts).toEqual([LINK])
  })

  it('reads the stats until a current answer gives the link, and not again for that session', async () => {
    const { source, games } = setup()
    source.session = sessionWith({ link: { addint: 1, subint: 1, waitint: 0 } })
    source.stale = true
    await games.sync()
    await games.sync()
    expect(source.statsReads).toBe(2)
    source.stale = false
    await games.sync()
    await games.sync()
    expect(source.statsReads).toBe(3)
    // Another session: its own link.
    source.session = { ...sessionWith({ link: { addint: 1, subint: 1, waitint: 0 } }), id: 8 }
    await games.sync()
    expect(source.statsReads).toBe(4)
  })

  it('plays as the owner, and the game waits from then before the history has the row', async () => {
    const { source, games } = setup()
    source.session = sessionWith({ dice: { waitint: 1, waitunit: 'HOUR' } })
    expect((await games.sync()).games[0]?.readiness).toEqual({ state: 'ready', since: null })
    await games.play('dice', 7)
    expect(source.plays).toEqual([['dice', 7]])
    expect((await games.sync()).games[0]?.readiness).toEqual({
      state: 'waiting',
      readyAt: NOW + 3_600_000,
      lastPlay: NOW,
    })
  })

  it('says "unknown" when the history cannot be read', async () => {
    const { source, games } = setup()
    source.session = sessionWith({ dice: { waitint: 1, waitunit: 'HOUR' } })
    source.history = new Error('offline')
    expect((await games.sync()).games).toEqual([{ game: 'dice', readiness: { state: 'unknown' } }])
  })

  it('keeps the latest read when two overlap', async () => {
    const { source, games } = setup()
    source.session = sessionWith({ link: { addint: 1, subint: 1, waitint: 0 } })
    source.history = [vote]
    const first = games.sync()
    source.session = null
    const second = games.sync()
    await Promise.all([first, second])
    expect((await first).sessionId).toBeNull()
  })
})
