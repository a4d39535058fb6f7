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
import { computeCountdown, type Countdown } from './countdown'
import { trayIconImage, trayIconKey } from './tray-icon'

const COMMANDS = ['open', 'refresh', 'pause', 'resume-notifications', 'install-update', 'quit'] as const
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
    this.apply(countdown)
    // The menu changes too when a pause of notifications runs out.
    const pausedUntil = this.opts.pause.until()
    const nextChangeAt =
      pausedUntil === null || (countdown.nextChangeAt !== null && countdown.nextChangeAt < pausedUntil)
        ? countdown.nextChangeAt
        : pausedUntil
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

  private apply(c: Countdown): void {
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
    const menu = this.menu(c)
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

  private menu(c: Countdown): TrayMenuItem[] {
    const paused = this.opts.pause.until() !== null
    return [
      { kind: 'item', id: 'status', label: c.menuLine, enabled: false },
      { kind: 'separator' },
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
