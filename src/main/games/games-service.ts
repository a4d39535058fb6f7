/**
 * Feeds the readiness watch from the data service (the active session, a digest of its cached
 * history, the stats' LINK address) and answers the dashboard with the current view; plays a game (from the
 * dashboard or the tray), which counts for the wait at once; copies the vote link.
 * Reads overlap (a poll, a dashboard request): only the latest one's answer is kept.
 *
 * The vote link stays the same for a session, so the stats are read until a current answer gives
 * it, and not again: each read of out-of-date stats asks the service for them.
 */
import type { GamePlayResult, HistoryItem, Session, Stats } from '../../shared/api/schemas'
import type { TimedGame } from '../../shared/games/readiness'
import type { Freshness } from '../../shared/ipc/contract'
import type { ClipboardAdapter } from '../platform/types'
import { digestHistory, foldNewer, rowsNewerThan, type HistoryDigest } from './history-digest'
import type { GamesInput, GamesView, ReadinessWatch } from './readiness-watch'

export interface GamesSource {
  activeSession(): Session | null
  allHistories(query: { session: number }): Promise<{ items: HistoryItem[] }>
  /** The `count` newest rows of a session's history held here, newest first; null: none held. */
  newestHistory(sessionId: number, count: number): HistoryItem[] | null
  stats(): Promise<Stats & { freshness: Freshness }>
  playGame(game: TimedGame, sessionId: number): Promise<GamePlayResult>
}

/** How many of the newest rows are looked at first for those not folded in yet, then 4 times more. */
const FIRST_LOOK = 32
const LAST_LOOK = 2048

export class GamesService {
  private latest = 0
  private knownLink: { sessionId: number; url: string } | null = null
  private digest: HistoryDigest | null = null

  constructor(
    private readonly source: GamesSource,
    private readonly watch: ReadinessWatch,
    private readonly clipboard: ClipboardAdapter,
  ) {}

  /** Reads the data again and brings the watch up to date; the view after it. */
  async sync(): Promise<GamesView> {
    const id = ++this.latest
    const input = await this.read()
    if (id === this.latest) this.watch.update(input)
    return this.watch.view()
  }

  /** Plays `game` as its owner; the watch counts it before the poll brings the history row. */
  async play(game: TimedGame, sessionId: number): Promise<GamePlayResult> {
    const result = await this.source.playGame(game, sessionId)
    this.watch.notePlayed(sessionId, game)
    return result
  }

  /** Copies the public vote link; false when it is not known. The app never votes itself. */
  async copyVoteLink(): Promise<boolean> {
    const url = this.watch.view().link?.url
    if (!url) return false
    await this.clipboard.writeText(url)
    return true
  }

  private async read(): Promise<GamesInput> {
    const session = this.source.activeSession()
    if (session === null) return { session, history: null, linkUrl: null }
    // A session without games needs nothing of its history (a long one is costly to read).
    const { dice, luck, link } = session.games ?? {}
    if (!dice && !luck && !link) return { session, history: [], linkUrl: null }
    const [history, linkUrl] = await Promise.all([
      this.historyRows(session.id),
      session.games?.link ? this.linkUrl(session.id) : Promise.resolve(null),
    ])
    return { session, history, linkUrl }
  }

  /** The rows readiness needs: the digest, brought up to date from the newest rows held. */
  private async historyRows(sessionId: number): Promise<HistoryItem[] | null> {
    const digest = this.digest
    if (digest?.sessionId === sessionId) {
      for (let look = FIRST_LOOK; look <= LAST_LOOK; look *= 4) {
        const newest = this.source.newestHistory(sessionId, look)
        if (newest === null) break
        const fresh = rowsNewerThan(digest, newest, newest.length < look)
        if (fresh !== null) {
          this.digest = foldNewer(digest, fresh)
          return this.digest.rows
        }
        if (newest.length < look) break
      }
    }
    try {
      const { items } = await this.source.allHistories({ session: sessionId })
      this.digest = digestHistory(sessionId, items)
      return this.digest.rows
    } catch {
      return null
    }
  }

  private async linkUrl(sessionId: number): Promise<string | null> {
    if (this.knownLink?.sessionId === sessionId) return this.knownLink.url
    try {
      const stats = await this.source.stats()
      const url = stats.link_game ?? null
      if (url !== null && !stats.freshness.stale) this.knownLink = { sessionId, url }
      return url
    } catch {
      return null
    }
  }
}
