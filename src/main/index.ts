/**
 * The Electron entry: builds Electron's adapters, hands them to the core, and routes IPC calls
 * of the contract to the core's dispatcher. Nothing here decides anything.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, ipcMain, Menu, session } from 'electron'
import { createCore, type Core } from './core'
import { KeychainTokenStore } from './auth/token-store'
import { createFileLog } from './log/file-log'
import { ElectronApp } from './platform/electron/app'
import { ElectronClipboard } from './platform/electron/clipboard'
import { appMainFrameUrl } from './platform/electron/ipc'
import { ElectronDialogs } from './platform/electron/dialogs'
import { applicationMenu } from './platform/electron/menu'
import { ElectronNotifier } from './platform/electron/notifier'
import { ElectronPower } from './platform/electron/power'
import { electronStoreEngine } from './platform/electron/settings-engine'
import { ElectronTray } from './platform/electron/tray'
import { ElectronUpdater } from './platform/electron/updater'
import { ElectronWindow, lockDownContents } from './platform/electron/window'
import { CONTENT_SECURITY_POLICY, isAppUrl, needsCspHeader, rendererUrl } from './security/policy'
import { CHANNEL_NAMES, ipcChannelName } from '../shared/ipc/contract'
import product from '../shared/product.json'

const here = import.meta.dirname
const page = rendererUrl({
  isPackaged: app.isPackaged,
  env: process.env,
  builtPageUrl: pathToFileURL(join(here, '../renderer/index.html')).href,
})
const files = {
  appUrl: page.url,
  preloadPath: join(here, '../preload/index.cjs'),
  iconPath: join(here, '../../resources/icon.png'),
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const userData = app.getPath('userData')
  const fileLog = createFileLog(join(userData, 'logs'), { console: !app.isPackaged })
  // Windows shows toasts only for an AppUserModelId that a Start Menu shortcut carries: the
  // installer's appId when packaged, the executable's path in development.
  if (process.platform === 'win32') app.setAppUserModelId(app.isPackaged ? product.appId : process.execPath)
  const menu = applicationMenu(process.platform, app.isPackaged)
  if (menu !== undefined) Menu.setApplicationMenu(menu && Menu.buildFromTemplate(menu))
  app.dock?.hide()

  // Registered before anything is awaited: a second launch during start-up still opens the window.
  let core: Core | null = null
  let showWhenReady = false
  const showWindow = () => (core ? core.showWindow() : (showWhenReady = true))
  app.on('second-instance', showWindow)
  app.on('activate', showWindow)
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, files.appUrl))
  // A tray app keeps running with its window closed.
  app.on('window-all-closed', () => undefined)
  // Quitting waits for the core to stop (a poll under way ends and what memory holds is saved).
  let stopped = false
  app.on('before-quit', (event) => {
    if (stopped || !core) return
    event.preventDefault()
    void core.stop().finally(() => {
      stopped = true
      app.quit()
    })
  })

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      if (!needsCspHeader(details.url, page)) return callback({})
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      })
    })

    const tray = new ElectronTray()
    const window = new ElectronWindow(files)
    core = await createCore(
      {
        app: new ElectronApp(fileLog.folder),
        tray,
        notifier: new ElectronNotifier(),
        window,
        power: new ElectronPower(),
        clock: {
          now: () => Date.now(),
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        },
        clipboard: new ElectronClipboard(),
        storage: { dataDir: userData, settingsEngine: electronStoreEngine },
        keychain: new KeychainTokenStore(),
        updater: new ElectronUpdater({
          info: (m) => fileLog.write('info', m),
          warn: (m) => fileLog.write('warn', m),
          error: (m) => fileLog.write('error', m),
        }),
        dialogs: new ElectronDialogs(),
        log: fileLog.write,
      },
      { isTrustedSender: (url) => isAppUrl(url, files.appUrl) },
    )
    const ready = core

    for (const channel of CHANNEL_NAMES) {
      ipcMain.handle(ipcChannelName(channel), (event, arg: unknown) =>
        ready.dispatch(
          channel,
          arg,
          appMainFrameUrl(event, (contents) => window.owns(contents)),
        ),
      )
    }
    tray.onClick(showWindow)
    await ready.start()
    if (showWhenReady) ready.showWindow()
  })
}
