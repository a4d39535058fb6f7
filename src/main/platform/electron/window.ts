import { app, BrowserWindow, shell, type WebContents } from 'electron'
import type { EventName, EventPayload } from '../../../shared/ipc/contract'
import { ipcEventName } from '../../../shared/ipc/contract'
import { isAllowedExternalUrl, isAppUrl, secureWebPreferences } from '../../security/policy'
import type { WindowAdapter } from '../types'

export interface WindowFiles {
  /** The page the window loads: the built renderer file, or the dev server in development. */
  appUrl: string
  preloadPath: string
  iconPath: string
}

/** Denies every navigation away from the app and every new window; service links open in the browser. */
export function lockDownContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export class ElectronWindow implements WindowAdapter {
  private window: BrowserWindow | null = null
  private pending: EventPayload<'navigate'> | null = null

  constructor(private readonly files: WindowFiles) {}

  /** Whether these contents are the app window's (IPC calls are accepted from nowhere else). */
  owns(contents: WebContents): boolean {
    return this.window !== null && !this.window.isDestroyed() && this.window.webContents === contents
  }

  show(target?: EventPayload<'navigate'>): void {
    // A tray app sits in the macOS Dock only while its window is open.
    void app.dock?.show()
    if (!this.window || this.window.isDestroyed()) {
      this.window = this.create()
      if (target) this.pending = target
      return
    }
    if (this.window.isMinimized()) this.window.restore()
    this.window.show()
    this.window.focus()
    if (target) this.send('navigate', target)
  }

  send<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(ipcEventName(event), payload)
    }
  }

  private create(): BrowserWindow {
    const win = new BrowserWindow({
      width: 1200,
      height: 820,
      minWidth: 760,
      minHeight: 520,
      show: false,
      title: 'Chastity Tracker Companion',
      icon: this.files.iconPath,
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(this.files.preloadPath),
    })
    lockDownContents(win.webContents, this.files.appUrl)
    win.once('ready-to-show', () => win.show())
    win.on('closed', () => app.dock?.hide())
    win.webContents.once('did-finish-load', () => {
      if (this.pending) this.send('navigate', this.pending)
      this.pending = null
    })
    void win.loadURL(this.files.appUrl)
    return win
  }
}
