/**
 * The adapters the core needs from its host. Electron provides them in src/main/platform/electron;
 * the browser harness provides recording ones. Everything that decides anything stays in the core.
 */
import type { EventName, EventPayload } from '../../shared/ipc/contract'
import type { TokenStore } from '../auth/token-store'
import type { DocumentEngine } from '../store/json-document'
import type { LaunchAtLoginState, UpdateState } from '../../shared/desktop'

export type TrayMenuItem =
  { kind: 'item'; id: string; label: string; enabled: boolean } | { kind: 'separator' }

export interface TrayIconImage {
  /** PNG bytes of the icon at 1x: 16x16 pixels, its size in points. */
  png: Uint8Array
  /** PNG bytes at 2x (32x32), for high-density displays. */
  png2x: Uint8Array
  /** A macOS template image: black and alpha only, tinted by the system to suit the menu bar. */
  template: boolean
  /** A short description of what the icon shows, e.g. "counting 42%". */
  description: string
}

/** What the bar behind the tray icon looks like, as far as the system tells. */
export interface TrayAppearance {
  /** The system tints template images to suit the bar itself (the macOS menu bar). */
  tintsTemplates: boolean
  /** The bar is dark, so a coloured icon needs light strokes. */
  darkBar: boolean
  /** The user asked the system for high contrast. */
  highContrast: boolean
}

export interface TrayAdapter {
  /** The text beside the icon (macOS menu bar); other platforms may ignore it. */
  setTitle(title: string): void
  setToolTip(tooltip: string): void
  setMenu(items: TrayMenuItem[], onClick: (id: string) => void): void
  setIcon(icon: TrayIconImage): void
  /** Whether this platform shows a title next to the icon (macOS) or needs the icon to speak. */
  readonly showsTitle: boolean
  /** The appearance now; read again after each change. */
  readonly appearance: TrayAppearance
  /** `listener` runs whenever the appearance may have changed (light or dark, high contrast). */
  onAppearanceChange(listener: () => void): void
}

export interface NativeNotification {
  id: string
  title: string
  body: string
  onClick?: () => void
  /** The system declined to show it (e.g. an unsigned macOS app, or notifications turned off). */
  onFailed?: (reason: string) => void
}

export interface NotifierAdapter {
  isSupported(): boolean
  show(notification: NativeNotification): void
}

export interface WindowAdapter {
  /** Shows (creating if needed) the dashboard window, optionally on a page. */
  show(target?: EventPayload<'navigate'>): void
  /** Sends an event to every open app window. */
  send<E extends EventName>(event: E, payload: EventPayload<E>): void
}

export interface PowerAdapter {
  onResume(listener: () => void): void
  onOnline(listener: () => void): void
}

/** The system clipboard: the app only ever writes plain text the user asked to copy. */
export interface ClipboardAdapter {
  writeText(text: string): Promise<void>
}

export interface ClockAdapter {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface AppAdapter {
  readonly name: string
  readonly version: string
  readonly platform: NodeJS.Platform | 'browser'
  /** The user's locale and IANA time zone, for the words and times the tray and notifications show. */
  readonly locale: string
  readonly timeZone: string
  openExternal(url: string): Promise<void>
  /** Launch at login as the system reports it (the system owns this fact, not the settings). */
  getLaunchAtLogin(): LaunchAtLoginState
  setLaunchAtLogin(enabled: boolean): LaunchAtLoginState
  /** The folder of the app's log files, or null where logs go to the console only. */
  readonly logsFolder: string | null
  /** Opens a folder in the system's file manager; false when that failed. */
  openFolder(path: string): Promise<boolean>
  quit(): void
}

/** Installs updates from the app's releases; only packaged builds have a real one. */
export interface UpdaterAdapter {
  /** auto: downloads and installs; manual: can only tell of a newer release; disabled: neither. */
  readonly mode: 'auto' | 'manual' | 'disabled'
  /** Asks for a newer release; progress and results arrive through onState. */
  check(): Promise<void>
  onState(listener: (state: UpdateState) => void): void
  /** Quits and installs the downloaded update. */
  install(): void
}

/** The system's file dialogs. */
export interface DialogAdapter {
  /** Asks the user to choose a folder (they may create one); null when they cancelled. */
  pickFolder(options: { title: string; buttonLabel: string }): Promise<string | null>
}

/** Where the app keeps its files; the core's stores (src/main/store) do the rest, the same everywhere. */
export interface StorageAdapter {
  /** The folder that holds settings and cache (the user-data folder in Electron). */
  readonly dataDir: string
  /** What opens the settings file: electron-store in Electron, conf (its engine) elsewhere. */
  readonly settingsEngine?: DocumentEngine
}

export interface Platform {
  app: AppAdapter
  tray: TrayAdapter
  notifier: NotifierAdapter
  window: WindowAdapter
  power: PowerAdapter
  clock: ClockAdapter
  clipboard: ClipboardAdapter
  storage: StorageAdapter
  /** The keychain store; the core falls back to memory when it is not available. */
  keychain: TokenStore
  updater: UpdaterAdapter
  dialogs: DialogAdapter
  log: (level: 'info' | 'warn' | 'error', message: string) => void
}
