/**
 * Keeps the tray in step with the active session: title, tooltip, menu and icon, each set only
 * when what it shows changes. One timer, armed for the next instant the shown text changes, and
 * none when nothing is shown; the text is always computed from the end instant and the clock.
 * The icon is drawn for the tray's appearance and redrawn when that changes.
 */
import type { Session } from '../../shared/api/schemas'
import { scheduledEnd, sessionStart } from '../../shared/api/time'
import type { SyncState } from '../../shared/ipc/contract'
import type { UpdateState } from '../../shared/desktop'
import type { NotificationPause } from '../notify/pause'
import type { Settings } from '../../shared/settings'
import type { ClockAdapter, TrayAdapter, TrayMenuItem } from '../platform/types'
import type { TimedGame } from '../../shared/games/readiness'
import { EMPTY_VIEW, type GamesView } from '../games/readiness-watch'
import { computeCountdown, type Countdown } from './countdown'
import { COPY_VOTE_LINK, gameMenuItems, PLAY_COMMANDS } from './game-items'
import { trayIconImage, trayIconKey } from './tray-icon'

const COMMANDS = [
  'open',
  'refresh',
  'pause',
  'resume-notifications',
  'install-update',
  'quit',
  PLAY_COMMANDS.dice,
  PLAY_COMMANDS.luck,
  COPY_VOTE_LINK,
] as const
export type TrayCommand = (typeof COMMANDS)[number]
const isCommand = (id: string): id is TrayCommand => (COMMANDS as readonly string[]).includes(id)

export interface TrayControllerOptions {
  tray: TrayAdapter
  /** `now` is the server's clock. */
  clock: ClockAdapter
  /** A running pause of notifications turns the menu's "Pause" into "Resume". */
  pause: NotificationPause
  settings: () => Settings['tray']
  onCommand: (command: TrayCommand) => void
  timeZone?: string
  locale?: string
}

/** Timers are not trusted over sleep: never wait longer than this before recomputing. */
const MAX_WAIT_MS = 60_000

export class TrayController {
  private session: Session | null = null
  private sync: SyncState | null = null
  private update: UpdateState = { state: 'disabled' }
  private games: GamesView = EMPTY_VIEW
  private playing: TimedGame | null = null
  private timer: unknown = null
  private shown = { title: '', tooltip: '', menu: '', icon: '' }
  private disposed = false

  constructor(private readonly opts: TrayControllerOptions) {
    // Before the first refresh there is nothing to redraw, and no session to show yet.
    opts.tray.onAppearanceChange(() => {
      if (this.shown.icon !== '') this.refresh()
    })
    opts.pause.onChange(() => this.refresh())
  }

  setSession(session: Session | null): void {
    this.session = session
    this.refresh()
  }

  setSyncState(state: SyncState): void {
    this.sync = state
    this.refresh()
  }

  /** A downloaded update, or a newer release to fetch by hand, gets its own menu item. */
  setUpdate(update: UpdateState): void {
    this.update = update
    this.refresh()
  }

  /** The active session's games: play items that count down, and LINK's vote link and votes. */
  setGames(games: GamesView): void {
    this.games = games
    this.refresh()
  }

  /** A game played from the menu, until its answer: its item says so and nothing else plays. */
  setPlaying(game: TimedGame | null): void {
    this.playing = game
    this.refresh()
  }

  /** Recomputes now (after resume, a clock change, a settings change). */
  refresh(): void {
    if (this.disposed) return
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer)
    this.timer = null
    const now = this.opts.clock.now()
    const s = this.opts.settings()
    const countdown = computeCountdown({
      now,
      scheduledEnd: this.session ? scheduledEnd(this.session) : null,
      start: this.session ? sessionStart(this.session) : null,
      active: this.session !== null,
      showSeconds: s.showSeconds,
      display: s.display,
      locale: this.opts.locale,
      timeZone: this.opts.timeZone,
    })
    const games = gameMenuItems(this.games, this.playing, now)
    this.apply(countdown, games.items)
    // The menu changes too when a pause of notifications runs out, and as games count down.
    const nextChangeAt = [countdown.nextChangeAt, this.opts.pause.until(), games.nextChangeAt].reduce<
      number | null
    >((soonest, at) => (at !== null && (soonest === null || at < soonest) ? at : soonest), null)
    if (nextChangeAt !== null) {
      const wait = Math.max(0, Math.min(nextChangeAt - now, MAX_WAIT_MS))
      this.timer = this.opts.clock.setTimeout(() => {
        this.timer = null
        this.refresh()
      }, wait)
    }
  }

  dispose(): void {
    this.disposed = true
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer)
    this.timer = null
  }

  private apply(c: Countdown, gameItems: TrayMenuItem[]): void {
    const { tray } = this.opts
    if (tray.showsTitle && c.title !== this.shown.title) {
      tray.setTitle(c.title)
      this.shown.title = c.title
    }
    const tooltip = this.sync?.offline ? `${c.tooltip} (offline)` : c.tooltip
    if (tooltip !== this.shown.tooltip) {
      tray.setToolTip(tooltip)
      this.shown.tooltip = tooltip
    }
    const menu = this.menu(c, gameItems)
    const menuKey = JSON.stringify(menu)
    if (menuKey !== this.shown.menu) {
      tray.setMenu(menu, (id) => {
        if (isCommand(id)) this.opts.onCommand(id)
      })
      this.shown.menu = menuKey
    }
    const { appearance } = tray
    const iconKey = trayIconKey(c, appearance)
    if (iconKey !== this.shown.icon) {
      tray.setIcon(trayIconImage(c, appearance))
      this.shown.icon = iconKey
    }
  }

  private menu(c: Countdown, gameItems: TrayMenuItem[]): TrayMenuItem[] {
    const paused = this.opts.pause.until() !== null
    return [
      { kind: 'item', id: 'status', label: c.menuLine, enabled: false },
      { kind: 'separator' },
      ...(gameItems.length > 0 ? [...gameItems, { kind: 'separator' } as const] : []),
      { kind: 'item', id: 'open', label: 'Open dashboard', enabled: true },
      { kind: 'item', id: 'refresh', label: 'Refresh now', enabled: true },
      paused
        ? { kind: 'item', id: 'resume-notifications', label: 'Resume notifications', enabled: true }
        : { kind: 'item', id: 'pause', label: 'Pause notifications for an hour', enabled: true },
      { kind: 'separator' },
      ...this.updateItems(),
      { kind: 'item', id: 'quit', label: 'Quit', enabled: true },
    ]
  }

  private updateItems(): TrayMenuItem[] {
    const u = this.update
    if (u.state === 'ready')
      return [
        { kind: 'item', id: 'install-update', label: `Restart to update to ${u.version}`, enabled: true },
      ]
    if (u.state === 'manual')
      return [{ kind: 'item', id: 'install-update', label: `Download version ${u.version}…`, enabled: true }]
    return []
  }
}
