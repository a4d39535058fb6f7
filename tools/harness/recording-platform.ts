/**
 * Platform adapters that record what the core asks of them, so the browser harness and the
 * tests can see the tray, the notifications and the window as a user would.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { EventName, EventPayload } from '../../src/shared/ipc/contract'
import type { TokenStore } from '../../src/main/auth/token-store'
import type {
  AppAdapter,
  ClipboardAdapter,
  ClockAdapter,
  DialogAdapter,
  NativeNotification,
  NotifierAdapter,
  Platform,
  PowerAdapter,
  TrayAdapter,
  TrayAppearance,
  TrayIconImage,
  TrayMenuItem,
  UpdaterAdapter,
  WindowAdapter,
} from '../../src/main/platform/types'
import type { LaunchAtLoginState, UpdateState } from '../../src/shared/desktop'

export class RecordingTray implements TrayAdapter {
  readonly showsTitle = true
  /** A light bar that never changes: the icon is drawn in colour, dark on light. */
  readonly appearance: TrayAppearance = { tintsTemplates: false, darkBar: false, highContrast: false }
  title = ''
  tooltip = ''
  menu: TrayMenuItem[] = []
  icon: Omit<TrayIconImage, 'png' | 'png2x'> & { bytes: number; bytes2x: number } = {
    description: 'none',
    template: false,
    bytes: 0,
    bytes2x: 0,
  }
  /** How many times each setter changed something, to show that updates happen only on change. */
  updates = { title: 0, tooltip: 0, menu: 0, icon: 0 }
  private onClick: ((id: string) => void) | null = null

  setTitle(title: string): void {
    this.title = title
    this.updates.title++
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip
    this.updates.tooltip++
  }
  setMenu(items: TrayMenuItem[], onClick: (id: string) => void): void {
    this.menu = items
    this.onClick = onClick
    this.updates.menu++
  }
  setIcon(icon: TrayIconImage): void {
    this.icon = {
      description: icon.description,
      template: icon.template,
      bytes: icon.png.byteLength,
      bytes2x: icon.png2x.byteLength,
    }
    this.updates.icon++
  }
  onAppearanceChange(): void {
    // The appearance above never changes.
  }
  click(id: string): boolean {
    const item = this.menu.find((m) => m.kind === 'item' && m.id === id)
    if (!item || item.kind !== 'item' || !item.enabled || !this.onClick) return false
    this.onClick(id)
    return true
  }
}

export class RecordingNotifier implements NotifierAdapter {
  readonly shown: NativeNotification[] = []
  /** A reason to refuse with, as macOS refuses an unsigned app: show() returns, the refusal follows. */
  refuse: string | null = null
  isSupported(): boolean {
    return true
  }
  show(notification: NativeNotification): void {
    const reason = this.refuse
    if (reason === null) this.shown.push(notification)
    else setTimeout(() => notification.onFailed?.(reason), 0)
  }
  click(index: number): boolean {
    const n = this.shown[index]
    if (!n?.onClick) return false
    n.onClick()
    return true
  }
}

export class RecordingWindow implements WindowAdapter {
  readonly shows: (EventPayload<'navigate'> | null)[] = []
  private readonly listeners = new Set<(event: EventName, payload: unknown) => void>()

  show(target?: EventPayload<'navigate'>): void {
    this.shows.push(target ?? null)
    if (target) this.send('navigate', target)
  }
  send<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload)
  }
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export class RecordingPower implements PowerAdapter {
  private readonly resume: (() => void)[] = []
  private readonly online: (() => void)[] = []
  onResume(listener: () => void): void {
    this.resume.push(listener)
  }
  onOnline(listener: () => void): void {
    this.online.push(listener)
  }
  fireResume(): void {
    for (const l of this.resume) l()
  }
  fireOnline(): void {
    for (const l of this.online) l()
  }
}

export class RecordingApp implements AppAdapter {
  readonly name = 'Chastity Tracker Companion'
  /** A test may pretend to be another system, for the words Settings shows there. */
  platform: AppAdapter['platform'] = 'browser'
  readonly locale = process.env.CT_LOCALE ?? 'en-GB'
  readonly timeZone = process.env.CT_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  readonly opened: string[] = []
  readonly openedFolders: string[] = []
  launchAtLogin = false
  /**
   * How the pretend system treats login items: 'plain' as Windows and Linux do, 'approval' as
   * macOS 13+ does until the user allows the app, 'none' as a build that cannot start at login.
   */
  loginItems: 'plain' | 'approval' | 'none' = 'plain'
  quitRequested = false
  constructor(
    readonly version: string,
    readonly logsFolder: string | null,
  ) {}
  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  }
  getLaunchAtLogin(): LaunchAtLoginState {
    if (this.loginItems === 'none') return 'unsupported'
    if (!this.launchAtLogin) return 'off'
    return this.loginItems === 'approval' ? 'requires-approval' : 'on'
  }
  setLaunchAtLogin(enabled: boolean): LaunchAtLoginState {
    if (this.loginItems !== 'none') this.launchAtLogin = enabled
    return this.getLaunchAtLogin()
  }
  async openFolder(path: string): Promise<boolean> {
    this.openedFolders.push(path)
    return true
  }
  quit(): void {
    this.quitRequested = true
  }
}

/** An updater that answers as a packaged build would, driven by the test or the harness's control. */
export class RecordingUpdater implements UpdaterAdapter {
  checks = 0
  installs = 0
  private listener: ((state: UpdateState) => void) | null = null
  constructor(readonly mode: UpdaterAdapter['mode'] = 'disabled') {}
  async check(): Promise<void> {
    this.checks++
  }
  onState(listener: (state: UpdateState) => void): void {
    this.listener = listener
  }
  install(): void {
    this.installs++
  }
  /** What electron-updater would report. */
  report(state: UpdateState): void {
    this.listener?.(state)
  }
}

/** File dialogs answered by the test: a folder chosen (created as a user may in the dialog), or none. */
export class RecordingDialogs implements DialogAdapter {
  /** What the next pickFolder answers; null: the user cancels. */
  folder: string | null
  readonly asked: string[] = []
  constructor(folder: string | null) {
    this.folder = folder
  }
  async pickFolder({ title }: { title: string; buttonLabel: string }): Promise<string | null> {
    this.asked.push(title)
    if (this.folder !== null) await mkdir(this.folder, { recursive: true })
    return this.folder
  }
}

export class RecordingClipboard implements ClipboardAdapter {
  /** Every text copied, oldest first. */
  readonly texts: string[] = []
  async writeText(text: string): Promise<void> {
    this.texts.push(text)
  }
}

export const realClock: ClockAdapter = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface RecordingPlatform extends Platform {
  tray: RecordingTray
  notifier: RecordingNotifier
  window: RecordingWindow
  power: RecordingPower
  app: RecordingApp
  updater: RecordingUpdater
  dialogs: RecordingDialogs
  clipboard: RecordingClipboard
}

export function createRecordingPlatform(options: {
  version: string
  dataDir: string
  keychain: TokenStore
  clock?: ClockAdapter
  log?: Platform['log']
  updaterMode?: UpdaterAdapter['mode']
}): RecordingPlatform {
  return {
    app: new RecordingApp(options.version, options.dataDir),
    tray: new RecordingTray(),
    notifier: new RecordingNotifier(),
    window: new RecordingWindow(),
    power: new RecordingPower(),
    clock: options.clock ?? realClock,
    clipboard: new RecordingClipboard(),
    storage: { dataDir: options.dataDir },
    keychain: options.keychain,
    updater: new RecordingUpdater(options.updaterMode),
    // The harness's user picks the data folder's "exports" folder.
    dialogs: new RecordingDialogs(join(options.dataDir, 'exports')),
    log: options.log ?? ((level, message) => console.error(`[${level}] ${message}`)),
  }
}

/** What GET /harness/state answers. */
export function harnessState(platform: RecordingPlatform) {
  return {
    tray: {
      title: platform.tray.title,
      tooltip: platform.tray.tooltip,
      menu: platform.tray.menu.map((m) => (m.kind === 'item' ? m.label : '---')),
      menuItems: platform.tray.menu,
      icon: platform.tray.icon,
      updates: platform.tray.updates,
    },
    notifications: platform.notifier.shown.map(({ id, title, body }) => ({ id, title, body })),
    clipboard: platform.clipboard.texts,
    window: { shows: platform.window.shows },
    updater: { checks: platform.updater.checks, installs: platform.updater.installs },
    app: {
      opened: platform.app.opened,
      launchAtLogin: platform.app.launchAtLogin,
      openedFolders: platform.app.openedFolders,
      quitRequested: platform.app.quitRequested,
    },
  }
}
