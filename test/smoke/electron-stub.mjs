// A recording stand-in for the 'electron' module. It records what the app's entry asks of
// Electron, drives a few events as a user and the system would (ready, a tray click, a
// navigation attempt, a permission request), and writes what it saw to CT_SMOKE_RECORD.
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
  trays: [],
  windows: [],
  errors: [],
}
const userData = mkdtempSync(join(tmpdir(), 'ct-smoke-'))
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
  whenReady: () => ready,
  getPath: () => userData,
  getName: () => 'Chastity Tracker Companion',
  getVersion: () => '0.0.0-smoke',
  getLocale: () => 'en-US',
  setLoginItemSettings() {},
  quit() {
    record.quit++
    save()
  },
}

export const ipcMain = {
  handle(channel) {
    record.ipcHandle.push(channel)
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
        handler({ responseHeaders: {} }, (result) => {
          record.cspHeader = result.responseHeaders['Content-Security-Policy']?.[0] ?? null
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
  show() {}
  focus() {}
  restore() {}
}

const trayInstances = []
export class Tray extends EventEmitter {
  constructor(image) {
    super()
    trayInstances.push(this)
    this.entry = { iconPath: image.path ?? null, title: null, tooltip: null, menu: [], images: 0 }
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

export const Menu = { buildFromTemplate: (template) => ({ items: template }) }
export const nativeImage = {
  createFromPath: (path) => ({ path }),
  createFromBuffer: (buffer) => ({ bytes: buffer.length }),
}
export class Notification extends EventEmitter {
  static isSupported() {
    return false
  }
  show() {}
}
export const powerMonitor = new EventEmitter()
export const net = { isOnline: () => true }
export const shell = { openExternal: async () => {}, openPath: async () => '' }
export const contextBridge = { exposeInMainWorld() {} }
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
  powerMonitor,
  net,
  shell,
  contextBridge,
  ipcRenderer,
}

// The app is ready once the entry has run; then a user clicks the tray icon.
setTimeout(() => {
  readyResolve()
  setTimeout(() => {
    for (const tray of trayInstances) tray.emit('click')
    setTimeout(save, 300)
  }, 500)
}, 50)
