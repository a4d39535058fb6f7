/**
 * Playing Dice or Luck from the tray menu: the same request as the dashboard's button, nothing
 * more asked. While it runs the item says so; the answer moves the tray's end and the game's wait
 * at once (the poll that the write starts confirms them), and a notification gives the result.
 *
 * That notification is the answer to a click, not news: quiet hours and a pause do not hold it
 * back, but "notifications off" does, and discreet mode gets neutral words. The history row the
 * play adds must not be notified again by the sync: that is the own-actions rule of the data
 * service and the notification rules, which this play goes through (GamesService.play, then
 * DataService.playGame).
 */
import type { GamePlayResult, Session } from '../../shared/api/schemas'
import type { TimedGame } from '../../shared/games/readiness'
import type { NotifierAdapter } from '../platform/types'
import type { NotificationSettings } from '../notify/rules'
import { describePlayFailure, describePlayResult, type PlayText } from './play-words'

export interface TrayPlayOptions {
  play: (game: TimedGame, sessionId: number) => Promise<GamePlayResult>
  activeSession: () => Session | null
  /** The tray: the item while playing, and the session's new end. */
  showPlaying: (game: TimedGame | null) => void
  showSession: (session: Session) => void
  notifier: NotifierAdapter
  settings: () => NotificationSettings
  /** The service's clock. */
  now: () => number
  onClick: (sessionId: number) => void
  log: (level: 'warn', message: string) => void
  locale?: string
  timeZone?: string
}

export class TrayPlay {
  private running: TimedGame | null = null

  constructor(private readonly opts: TrayPlayOptions) {}

  /** Plays `game` on the active session; a second click while one runs does nothing. */
  async play(game: TimedGame): Promise<void> {
    const session = this.opts.activeSession()
    if (session === null || this.running !== null) return
    this.running = game
    this.opts.showPlaying(game)
    try {
      const result = await this.opts.play(game, session.id)
      // What the service answered, on the session as held now (a poll may have come meanwhile).
      const held = this.opts.activeSession()
      if (held?.id === session.id) this.opts.showSession({ ...held, scheduledend: result.scheduledend_utc })
      const settings = this.opts.settings()
      this.notify(
        `played:${session.id}:${game}:${result.scheduledend_utc}`,
        session.id,
        describePlayResult(game, result, {
          now: this.opts.now(),
          discreet: settings.discreet,
          locale: this.opts.locale,
          timeZone: this.opts.timeZone,
        }),
      )
    } catch (e) {
      const reason = e instanceof Error && e.message !== '' ? e.message : 'Something went wrong.'
      // Logged as well: with notifications off, the log is where a failed tray play is told.
      this.opts.log('warn', `Playing ${game} from the tray failed: ${reason}`)
      this.notify(
        `play-failed:${session.id}:${game}:${this.opts.now()}`,
        session.id,
        describePlayFailure(game, reason, this.opts.settings().discreet),
      )
    } finally {
      this.running = null
      this.opts.showPlaying(null)
    }
  }

  private notify(id: string, sessionId: number, text: PlayText): void {
    const { notifier } = this.opts
    if (!this.opts.settings().enabled || !notifier.isSupported()) return
    try {
      notifier.show({ id, ...text, onClick: () => this.opts.onClick(sessionId) })
    } catch (e) {
      this.opts.log(
        'warn',
        `The system did not show a notification: ${e instanceof Error ? e.message : String(e)}`,
      )
    }
  }
}
