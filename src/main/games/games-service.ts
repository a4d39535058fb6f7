/**
 * Feeds the readiness watch from the data service (the active session, its cached history, the
 * stats' LINK address) and answers the dashboard with the current view; plays a game (from the
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
import type { GamesInput, GamesView, ReadinessWatch } from './readiness-watch'

export interface GamesSource {
  activeSession(): Session | null
  allHistories(query: { session: number }): Promise<{ items: HistoryItem[] }>
  stats(): Promise<Stats & { freshness: Freshness }>
  playGame(game: TimedGame, sessionId: number): Promise<GamePlayResult>
}

export class GamesService {
  private latest = 0
  private knownLink: { sessionId: number; url: string } | null = null

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
    const [history, linkUrl] = await Promise.all([
      this.source.allHistories({ session: session.id }).then(
        (answer) => answer.items,
        () => null,
      ),
      session.games?.link ? this.linkUrl(session.id) : Promise.resolve(null),
    ])
    return { session, history, linkUrl }
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
