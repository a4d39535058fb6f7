/**
 * Keeps the readiness of the active session's timed games current, on the service's clock: one
 * timer, armed for the next instant a game becomes ready (never longer than a minute, timers are
 * not trusted over sleep), tells its listener when the view changes, and emits a `gameReady`
 * event when a game becomes ready.
 *
 * When is "became ready" news? When this run saw the game waiting and now sees it ready: also
 * after a sleep, since it is still true. A game already ready when first seen (start-up, a new
 * session) is news only if its wait ended within STARTUP_GRACE_MS: a restart right around that
 * instant must not swallow it, but a game ready since last week is not news. The event's id makes
 * each readiness notified once, across restarts too.
 *
 * A play from the app counts at once (`notePlayed`), until the history holds the service's row.
 */
import type { HistoryItem, Session } from '../../shared/api/schemas'
import { formatUtc } from '../../shared/api/time'
import {
  gameReadiness,
  lastPlay,
  TIMED_GAMES,
  type Readiness,
  type TimedGame,
} from '../../shared/games/readiness'
import { linkVotes, type LinkVotes } from '../../shared/games/votes'
import type { ClockAdapter } from '../platform/types'
import { gameReadyEvent, type GameReadyEvent } from './ready-event'

export interface GameState {
  game: TimedGame
  readiness: Exclude<Readiness, { state: 'off' }>
}

/** What the tray and the dashboard show of the active session's games. */
export interface GamesView {
  sessionId: number | null
  /** The session's timed games (those it has), in a fixed order. */
  games: GameState[]
  /** The LINK game, when the session has one: its public vote address (null: not known yet) and the votes. */
  link: { url: string | null; votes: LinkVotes } | null
}

export interface GamesInput {
  session: Session | null
  /** The active session's history; null when it could not be read (readiness is then unknown). */
  history: readonly HistoryItem[] | null
  /** The service's public LINK address from the stats, when known. */
  linkUrl: string | null
}

export interface ReadinessWatchOptions {
  /** `now` is the service's clock. */
  clock: ClockAdapter
  onView: (view: GamesView) => void
  onReady: (events: GameReadyEvent[]) => void
}

const MAX_WAIT_MS = 60_000
export const STARTUP_GRACE_MS = 10 * 60_000
/** A play noted by the app gives way to a history row at most this much older (clock skew). */
const PROVISIONAL_SLACK_MS = 60_000

export const EMPTY_VIEW: GamesView = { sessionId: null, games: [], link: null }

export class ReadinessWatch {
  private input: GamesInput = { session: null, history: null, linkUrl: null }
  /** The readiness last seen per game, for the session it was seen on. */
  private seen = new Map<TimedGame, Readiness>()
  private seenSession: number | null = null
  private provisional = new Map<TimedGame, number>()
  private emitted = new Set<string>()
  private timer: unknown = null
  private shown = ''
  private last: GamesView = EMPTY_VIEW
  private disposed = false

  constructor(private readonly opts: ReadinessWatchOptions) {}

  update(input: GamesInput): void {
    const sessionId = input.session?.id ?? null
    if (sessionId !== this.input.session?.id) this.provisional.clear()
    this.input = input
    this.refresh()
  }

  /** The app itself just played `game` on the session: it waits from now. */
  notePlayed(sessionId: number, game: TimedGame): void {
    if (this.input.session?.id !== sessionId) return
    this.provisional.set(game, this.opts.clock.now())
    this.refresh()
  }

  view(): GamesView {
    return this.last
  }

  /** Recomputes now (a timer, a resume, new data). */
  refresh(): void {
    if (this.disposed) return
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer)
    this.timer = null
    const now = this.opts.clock.now()
    const view = this.compute(now)
    const events = this.transitions(view, now)
    this.last = view
    const key = JSON.stringify(view)
    if (key !== this.shown) {
      this.shown = key
      this.opts.onView(view)
    }
    if (events.length > 0) this.opts.onReady(events)
    const next = view.games.reduce<number | null>((soonest, { readiness: r }) => {
      if (r.state !== 'waiting') return soonest
      return soonest === null || r.readyAt < soonest ? r.readyAt : soonest
    }, null)
    if (next !== null) {
      this.timer = this.opts.clock.setTimeout(
        () => {
          this.timer = null
          this.refresh()
        },
        Math.max(0, Math.min(next - now, MAX_WAIT_MS)),
      )
    }
  }

  dispose(): void {
    this.disposed = true
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer)
    this.timer = null
  }

  private compute(now: number): GamesView {
    const { session, history, linkUrl } = this.input
    if (session === null) return EMPTY_VIEW
    const rows = history === null ? null : this.withProvisional(session.id, history)
    const games: GameState[] = []
    for (const game of TIMED_GAMES) {
      const readiness: Readiness =
        rows === null
          ? session.games?.[game]
            ? { state: 'unknown' }
            : { state: 'off' }
          : gameReadiness(session, rows, game, now)
      if (readiness.state !== 'off') games.push({ game, readiness })
    }
    const link = session.games?.link ? { url: linkUrl, votes: linkVotes(history ?? []) } : null
    return { sessionId: session.id, games, link }
  }

  /** The history, with a row for each play the app made that the history does not hold yet. */
  private withProvisional(sessionId: number, history: readonly HistoryItem[]): readonly HistoryItem[] {
    const extra: HistoryItem[] = []
    for (const [game, at] of this.provisional) {
      const known = lastPlay(history, game)
      if (known !== null && known >= at - PROVISIONAL_SLACK_MS) {
        this.provisional.delete(game)
        continue
      }
      const happened = formatUtc(at, true)
      const source = game === 'dice' ? 'DICE' : 'LUCK'
      extra.push({
        session: sessionId,
        type: 'ADD',
        unit: 0,
        source,
        dom: false,
        schedule: happened,
        happened,
      })
    }
    return extra.length === 0 ? history : [...history, ...extra]
  }

  private transitions(view: GamesView, now: number): GameReadyEvent[] {
    if (view.sessionId !== this.seenSession) {
      this.seen = new Map()
      this.seenSession = view.sessionId
    }
    const events: GameReadyEvent[] = []
    for (const { game, readiness } of view.games) {
      const before = this.seen.get(game)
      this.seen.set(game, readiness)
      if (view.sessionId === null || readiness.state !== 'ready' || readiness.since === null) continue
      const news =
        before === undefined ? now - readiness.since <= STARTUP_GRACE_MS : before.state === 'waiting'
      if (!news) continue
      const event = gameReadyEvent(view.sessionId, game, readiness.since)
      if (this.emitted.has(event.id)) continue
      this.emitted.add(event.id)
      events.push(event)
    }
    return events
  }
}
