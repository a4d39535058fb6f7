// A recording stand-in for the 'electron' module. It records what the app's entry asks of
// Electron, drives a few events as a user and the system would (ready, a second launch, a tray
// click, a navigation attempt, a permission request, IPC calls from the app's page and from
// elsewhere), and writes what it saw to CT_SMOKE_RECORD.
// CT_SMOKE_PACKAGED=1 makes app.isPackaged true; CT_SMOKE_DOCK=1 gives app a macOS Dock;
// CT_SMOKE_PLATFORM=win32 makes process.platform say so;
// CT_SMOKE_SECOND_INSTANCE=1 fires 'second-instance' before the app is ready.
import { EventEmitter } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const record = {
  singleInstanceLock: 0,
  quit: 0,
  appUserModelId: null,
  appListeners: [],
  ipcHandle: [],
  ipcOn: [],
  permissionRequest: null,
  permissionCheck: null,
  cspHeader: null,
  applicationMenu: 'default',
  dock: [],
  ipcCalls: {},
  userData: null,
  trays: [],
  windows: [],
  errors: [],
}
const userData = process.env.CT_SMOKE_USER_DATA ?? mkdtempSync(join(tmpdir(), 'ct-smoke-'))
record.userData = userData
const lockGranted = process.env.CT_SMOKE_LOCK !== 'denied'

function save() {
  if (process.env.CT_SMOKE_RECORD) writeFileSync(process.env.CT_SMOKE_RECORD, JSON.stringify(record, null, 2))
}
process.on('uncaughtException', (e) => {
  record.errors.push(String(e && e.stack ? e.stack : e))
  save()
})
process.on('unhandledRejection', (e) => {
  record.errors.push(String(e && e.stack ? e.stack : e))
  save()
})

// The entry reads process.platform when it runs, after this module: a Windows start can be staged.
if (process.env.CT_SMOKE_PLATFORM)
  Object.defineProperty(process, 'platform', { value: process.env.CT_SMOKE_PLATFORM })

const appEvents = new EventEmitter()
let readyResolve
const ready = new Promise((r) => (readyResolve = r))

export const app = {
  requestSingleInstanceLock() {
    record.singleInstanceLock++
    return lockGranted
  },
  setAppUserModelId(id) {
    record.appUserModelId = id
  },
  on(name, listener) {
    record.appListeners.push(name)
    appEvents.on(name, listener)
    return app
  },
  isPackaged: process.env.CT_SMOKE_PACKAGED === '1',
  dock:
    process.env.CT_SMOKE_DOCK === '1'
      ? {
          show: async () => void record.dock.push('show'),
          hide: () => void record.dock.push('hide'),
        }
      : undefined,
  whenReady: () => ready,
  getPath: () => userData,
  getAppPath: () => process.cwd(),
  getLoginItemSettings: () => ({ openAtLogin: false, status: 'not-registered' }),
  getName: () => 'Chastity Tracker Companion',
  getVersion: () => '0.0.0-smoke',
  getLocale: () => 'en-US',
  setLoginItemSettings() {},
  quit() {
    record.quit++
    save()
  },
}

const ipcHandlers = new Map()
export const ipcMain = {
  handle(channel, handler) {
    record.ipcHandle.push(channel)
    ipcHandlers.set(channel, handler)
  },
  on(channel) {
    record.ipcOn.push(channel)
  },
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      handler(null, 'geolocation', (granted) => (record.permissionRequest = granted))
    },
    setPermissionCheckHandler(handler) {
      record.permissionCheck = handler(null, 'notifications')
    },
    webRequest: {
      onHeadersReceived(handler) {
        // An answer for the page itself, as the dev server or any other origin would send it.
        const url = process.env.ELECTRON_RENDERER_URL ?? 'https://example.com/page'
        handler({ url, responseHeaders: {} }, (result) => {
          record.cspHeader = result.responseHeaders?.['Content-Security-Policy']?.[0] ?? null
        })
      },
    },
  },
}

class WebContents extends EventEmitter {
  constructor(win) {
    super()
    this.win = win
    this.openHandler = null
    this.mainFrame = { url: '', parent: null }
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler
  }
  send() {}
}

const allWindows = []
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.entry = { options, url: null, navigation: {}, windowOpen: null }
    record.windows.push(this.entry)
    this.webContents = new WebContents(this)
    this.destroyed = false
    allWindows.push(this)
    appEvents.emit('web-contents-created', {}, this.webContents)
  }
  static getAllWindows() {
    return allWindows
  }
  async loadURL(url) {
    this.entry.url = url
    this.webContents.mainFrame.url = url
    const attempt = (name, target) => {
      let prevented = false
      this.webContents.emit(name, { preventDefault: () => (prevented = true) }, target)
      return prevented
    }
    this.entry.navigation = {
      foreignPrevented: attempt('will-navigate', 'https://example.com/'),
      ownAllowed: !attempt('will-navigate', url),
      redirectPrevented: attempt('will-redirect', 'https://example.com/'),
    }
    this.entry.windowOpen = this.webContents.openHandler?.({ url: 'https://example.com/' }) ?? null
    this.webContents.emit('did-finish-load')
    this.emit('ready-to-show')
    save()
  }
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return false
  }
  show() {
    this.entry.shows = (this.entry.shows ?? 0) + 1
  }
  focus() {}
  restore() {}
}

class NativeImage {
  constructor() {
    this.representations = []
    this.template = false
  }
  addRepresentation({ scaleFactor = 1, buffer }) {
    this.representations.push({ scaleFactor, bytes: buffer?.length ?? 0 })
  }
  setTemplateImage(template) {
    this.template = template
  }
}

const trayInstances = []
export class Tray extends EventEmitter {
  constructor(image) {
    super()
    trayInstances.push(this)
    this.entry = {
      firstImageScales: image.representations?.map((r) => r.scaleFactor) ?? null,
      title: null,
      tooltip: null,
      menu: [],
      images: 0,
    }
    record.trays.push(this.entry)
  }
  setTitle(title) {
    this.entry.title = title
  }
  setToolTip(tooltip) {
    this.entry.tooltip = tooltip
  }
  setContextMenu(menu) {
    this.entry.menu = menu.items.map((i) => i.label ?? '---')
  }
  setImage() {
    this.entry.images++
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ items: template }),
  setApplicationMenu(menu) {
    record.applicationMenu = menu ? menu.items.map((i) => i.role ?? i.label) : null
  },
}
export const nativeImage = {
  createEmpty: () => new NativeImage(),
  createFromPath: (path) => ({ path }),
  createFromBuffer: (buffer) => ({ bytes: buffer.length }),
}
export class Notification extends EventEmitter {
  static isSupported() {
    return false
  }
  show() {}
}
export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  shouldUseHighContrastColors: false,
  shouldUseDarkColorsForSystemIntegratedUI: false,
  themeSource: 'system',
})
export const powerMonitor = new EventEmitter()
export const net = { isOnline: () => true }
export const shell = { openExternal: async () => {}, openPath: async () => '' }
export const clipboard = { writeText: async () => {} }
export const contextBridge = { exposeInMainWorld() {} }
export const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }
export const ipcRenderer = {}

export default {
  app,
  ipcMain,
  session,
  BrowserWindow,
  Tray,
  Menu,
  nativeImage,
  Notification,
  nativeTheme,
  powerMonitor,
  net,
  shell,
  clipboard,
  contextBridge,
  dialog,
  ipcRenderer,
}

/** Calls a channel as a page would; `from` says which frame of which contents sends it. */
async function callChannel(channel, arg, from) {
  const handler = ipcHandlers.get(`ct:${channel}`)
  if (!handler) return { missing: true }
  const app = allWindows[0]?.webContents
  const other = new WebContents(null)
  other.mainFrame.url = app?.mainFrame.url ?? ''
  const event =
    from === 'app'
      ? { sender: app, senderFrame: app.mainFrame }
      : from === 'subframe'
        ? { sender: app, senderFrame: { url: app.mainFrame.url, parent: app.mainFrame } }
        : { sender: other, senderFrame: other.mainFrame }
  try {
    return await handler(event, arg)
  } catch (e) {
    return { threw: String(e) }
  }
}

/**
 * With an emulator at `api` (the settings point the app at it): a token is set, then the
 * service fails in the ways that get logged (server errors, then the token revoked).
 */
async function useTokenThroughFailures(api) {
  const token = process.env.CT_SMOKE_TOKEN
  const control = (path, method, body) =>
    fetch(`${api}/__control/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    })
  record.ipcCalls.setToken = await callChannel('auth:setToken', { token, memoryOnly: true }, 'app')
  await control('faults', 'POST', { status500: true })
  record.ipcCalls.refreshFailing = await callChannel('sync:refresh', undefined, 'app')
  await control('faults', 'DELETE')
  await control('revoke', 'POST', { token })
  record.ipcCalls.refreshRevoked = await callChannel('sync:refresh', undefined, 'app')
}

// The app is ready once the entry has run; then a user clicks the tray icon, and the page calls.
setTimeout(() => {
  if (process.env.CT_SMOKE_SECOND_INSTANCE === '1') appEvents.emit('second-instance', {}, [], '')
  readyResolve()
  setTimeout(async () => {
    if (process.env.CT_SMOKE_SECOND_INSTANCE !== '1') for (const tray of trayInstances) tray.emit('click')
    setTimeout(async () => {
      if (allWindows.length > 0) {
        for (const from of ['app', 'subframe', 'other'])
          record.ipcCalls[from] = await callChannel('app:info', undefined, from)
        if (process.env.CT_SMOKE_API) await useTokenThroughFailures(process.env.CT_SMOKE_API)
        // The user closes the window; the app stays in the tray.
        allWindows[0].destroyed = true
        allWindows[0].emit('closed')
      }
      save()
      record.ipcDone = true
      save()
    }, 300)
  }, 500)
}, 50)
