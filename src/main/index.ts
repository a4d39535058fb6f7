/**
 * The Electron entry: builds Electron's adapters, hands them to the core, and routes IPC calls
 * of the contract to the core's dispatcher. Nothing here decides anything.
 */
import { join } from 'node:path'
import { app, ipcMain, session } from 'electron'
import { createCore } from './core'
import { KeychainTokenStore } from './auth/token-store'
import { ElectronApp } from './platform/electron/app'
import { ElectronNotifier } from './platform/electron/notifier'
import { ElectronPower } from './platform/electron/power'
import { electronStoreFile } from './platform/electron/store-file'
import { ElectronTray } from './platform/electron/tray'
import { ElectronUpdater } from './platform/electron/updater'
import { ElectronWindow, lockDownContents } from './platform/electron/window'
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security/policy'
import { CHANNEL_NAMES, ipcChannelName } from '../shared/ipc/contract'
import { pathToFileURL } from 'node:url'

const here = import.meta.dirname
const files = {
  appUrl: process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(join(here, '../renderer/index.html')).href,
  preloadPath: join(here, '../preload/index.cjs'),
  iconPath: join(here, '../../resources/icon.png'),
  trayIconPath: join(here, '../../resources/tray.png'),
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  if (process.platform === 'win32') app.setAppUserModelId('org.chastitytracker.companion')
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, files.appUrl))
  // A tray app keeps running with its window closed.
  app.on('window-all-closed', () => undefined)

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      })
    })

    const tray = new ElectronTray(files.trayIconPath)
    const window = new ElectronWindow(files)
    const core = await createCore(
      {
        app: new ElectronApp(null),
        tray,
        notifier: new ElectronNotifier(),
        window,
        power: new ElectronPower(),
        clock: {
          now: () => Date.now(),
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        },
        storage: {
          dataDir: app.getPath('userData'),
          openFile: (name) => electronStoreFile(app.getPath('userData'), name),
        },
        keychain: new KeychainTokenStore(),
        updater: new ElectronUpdater(console),
        log: (level, message) => console[level === 'info' ? 'log' : level](message),
      },
      { isTrustedSender: (url) => isAppUrl(url, files.appUrl) },
    )

    for (const channel of CHANNEL_NAMES) {
      ipcMain.handle(ipcChannelName(channel), (event, arg: unknown) =>
        core.dispatch(channel, arg, event.senderFrame?.url ?? null),
      )
    }
    tray.onClick(() => core.showWindow())
    app.on('second-instance', () => core.showWindow())
    app.on('activate', () => core.showWindow())
    app.on('before-quit', () => void core.stop())
    await core.start()
  })
}
