/**
 * The composition root: builds the whole app from a platform's adapters. Electron passes its own
 * (src/main/index.ts); the browser harness passes recording ones. Nothing here imports Electron.
 */
import { ApiClient } from './api/client'
import { ApiError, redact } from './api/errors'
import { MemoryTokenStore } from './auth/memory-token-store'
import { TokenService, type TokenValidation } from './auth/token-service'
import { ServerClock } from './clock/server-clock'
import { DesktopStatusStore } from './desktop/status'
import { createDispatch, type Dispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { NotifyController } from './notify/controller'
import type { Platform } from './platform/types'
import { DataCache } from './store/cache'
import { SettingsStore } from './store/settings-store'
import { createPermissionStore } from './store/permission-store'
import { createSyncCache } from './sync/cache-adapter'
import { SyncEngine } from './sync/engine'
import { TrayController } from './tray/controller'
import { UpdateController } from './update/update-controller'
import type { SyncState } from '../shared/ipc/contract'

export interface CoreOptions {
  /** Whether an IPC call comes from the app's own page. */
  isTrustedSender: (senderUrl: string | null) => boolean
  /** Replaces the API base URL of the settings (the harness points it at the emulator). */
  apiBaseUrl?: string
  /** One poll interval for everything, in seconds, in memory only (tests and the demo). */
  pollSeconds?: number
  /** How long one request may take (default 15 s; tests shorten it). */
  requestTimeoutMs?: number
}

export interface Core {
  dispatch: Dispatch
  start(): Promise<void>
  stop(): Promise<void>
  syncState(): SyncState
  /** Opens the dashboard (tray click, second instance). */
  showWindow(): void
}

const USER_AGENT_URL = 'https://www.chastitytracker.org'

export async function createCore(platform: Platform, options: CoreOptions): Promise<Core> {
  const { clock, storage } = platform
  const settings = new SettingsStore({
    file: storage.openFile('settings'),
    now: clock.now,
  })
  if (options.apiBaseUrl) settings.update({ apiBaseUrl: options.apiBaseUrl })
  const cache = new DataCache({
    file: storage.openFile('cache'),
    statusFile: storage.openFile('sync-status'),
    now: clock.now,
  })
  for (const problem of [settings.lastProblem(), cache.lastProblem()]) {
    if (problem) platform.log('warn', problem)
  }

  const desktop = new DesktopStatusStore({
    notifications: { state: platform.notifier.isSupported() ? 'unknown' : 'unsupported', detail: null },
    launchAtLogin: platform.app.getLaunchAtLogin(),
    update: { state: platform.updater.mode === 'disabled' ? 'disabled' : 'idle', checkedAt: null },
    logsFolder: platform.app.logsFolder,
  })

  const serverClock = new ServerClock(clock.now)
  const userAgent = `ChastityTrackerCompanion/${platform.app.version} (${platform.app.platform}; +${USER_AGENT_URL})`

  let tokens: TokenService | null = null
  const makeClient = (baseUrl: string, getToken: () => string | null) =>
    new ApiClient({
      baseUrl,
      getToken,
      userAgent,
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
      onResponse: (info) => {
        if (info.date) serverClock.addSample(info.date, info.startedAt, info.receivedAt)
      },
    })
  let client = makeClient(settings.get().apiBaseUrl, () => tokens?.current() ?? null)

  const validate = async (token: string): Promise<TokenValidation> => {
    try {
      const stats = await makeClient(settings.get().apiBaseUrl, () => token).stats()
      // Another account's token: what is cached belongs to someone else.
      const cachedNick = cache.snapshot().stats?.nick
      if (cachedNick !== undefined && cachedNick !== stats.nick) cache.clear()
      cache.update({ stats })
      return { ok: true, nick: stats.nick }
    } catch (e) {
      const err = e instanceof ApiError ? e : null
      if (err?.kind === 'unauthorized') return { ok: false, reason: 'unauthorized', message: err.message }
      if (err?.kind === 'network' || err?.kind === 'timeout')
        return { ok: false, reason: 'network', message: err.message }
      return { ok: false, reason: 'server', message: err?.message ?? 'The token could not be checked.' }
    }
  }
  tokens = new TokenService({
    store: platform.keychain,
    fallbackStore: () => new MemoryTokenStore(),
    validate,
    permission: createPermissionStore(storage.openFile('token-permission')),
  })
  const tokenService = tokens

  const log: Platform['log'] = (level, message) =>
    platform.log(level, redact(message, tokenService.current()))

  const engine = new SyncEngine({
    client: () => client,
    cache: createSyncCache(cache),
    timer: clock,
    now: () => serverClock.now(),
    intervals: () => {
      const { polling } = settings.get()
      const fixed = options.pollSeconds
      return fixed ? { activeSeconds: fixed, idleSeconds: fixed } : polling
    },
    onUnauthorized: () => tokenService.markRevoked(),
    log: (level, message) => log(level, message),
  })

  const openSession = (sessionId: number | null) =>
    platform.window.show(sessionId === null ? { page: 'overview' } : { page: 'session', sessionId })

  const notify = new NotifyController({
    notifier: platform.notifier,
    markers: {
      has: (id) => cache.hasNotified(id),
      add: (ids) => cache.markNotified(ids),
      remove: (ids) => cache.unmarkNotified(ids),
    },
    status: desktop,
    log,
    settings: () => settings.get().notifications,
    now: () => serverClock.now(),
    pausedUntil: () => engine.getState().notificationsPausedUntil,
    onClick: openSession,
    locale: platform.app.locale,
    timeZone: platform.app.timeZone,
  })

  const tray = new TrayController({
    tray: platform.tray,
    clock: { ...clock, now: () => serverClock.now() },
    settings: () => settings.get().tray,
    locale: platform.app.locale,
    timeZone: platform.app.timeZone,
    onCommand: (command) => {
      switch (command) {
        case 'open':
          return platform.window.show({ page: 'overview' })
        case 'refresh':
          return void engine.pollNow()
        case 'pause':
          return engine.patchState({ notificationsPausedUntil: serverClock.now() + 3_600_000 })
        case 'resume-notifications':
          return engine.patchState({ notificationsPausedUntil: null })
        case 'install-update':
          return void updates.install()
        case 'quit':
          return platform.app.quit()
      }
    },
  })

  engine.on('events', (events) => notify.handle(events))
  engine.on('state', (state) => {
    platform.window.send('sync:state', { ...state, clockOffsetMs: serverClock.offsetMs() })
    tray.setSyncState(state)
  })
  engine.on('data', (scopes, sessionId) => {
    tray.setSession(cache.snapshot().activeSession)
    platform.window.send('data:changed', { scopes, ...(sessionId !== undefined ? { sessionId } : {}) })
  })

  settings.onChange((next, previous) => {
    if (next.apiBaseUrl !== previous.apiBaseUrl) {
      client = makeClient(next.apiBaseUrl, () => tokenService.current())
      void engine.pollNow()
    }
    tray.refresh()
    platform.window.send('settings:changed', next)
  })

  tokenService.onChange((status) => {
    platform.window.send('auth:status', status)
    if ((status.state === 'valid' || status.state === 'unverified') && engine.getState().stoppedForToken) {
      engine.resumeAfterToken()
    }
  })

  const updates = new UpdateController({
    updater: platform.updater,
    clock,
    status: desktop,
    openExternal: (url) => platform.app.openExternal(url),
    log,
  })
  desktop.onChange((status) => {
    tray.setUpdate(status.update)
    platform.window.send('desktop:status', status)
  })

  platform.power.onResume(() => {
    tray.refresh()
    void engine.pollNow()
  })
  platform.power.onOnline(() => void engine.pollNow())

  const handlers = createHandlers({
    platform,
    client: () => client,
    tokens: tokenService,
    settings,
    cache,
    engine,
    serverClock,
    desktop,
    updates,
  })
  const dispatch = createDispatch(handlers, { isTrustedSender: options.isTrustedSender, log })

  return {
    dispatch,
    async start() {
      tray.setSession(cache.snapshot().activeSession)
      await tokenService.load()
      if (tokenService.current()) {
        engine.start()
        // Learns the nick and whether the stored token still works; offline it stays unverified.
        void tokenService.verify()
      }
      // First run: the window opens on its own so the user can paste a token.
      else platform.window.show({ page: 'overview' })
      updates.start()
    },
    async stop() {
      engine.stop()
      updates.stop()
      tray.dispose()
    },
    syncState: () => ({ ...engine.getState(), clockOffsetMs: serverClock.offsetMs() }),
    showWindow: () => platform.window.show({ page: 'overview' }),
  }
}
