/**
 * The composition root: builds the whole app from a platform's adapters. Electron passes its own
 * (src/main/index.ts); the browser harness passes recording ones. Nothing here imports Electron.
 */
import { ApiClient } from './api/client'
import { redact } from './api/errors'
import type { TransportOptions } from './api/transport'
import { MemoryTokenStore } from './auth/memory-token-store'
import { TokenService, type TokenValidation } from './auth/token-service'
import { ServerClock } from './clock/server-clock'
import { DataService } from './data/service'
import { DesktopStatusStore } from './desktop/status'
import { ExportController } from './export/controller'
import { GamesService } from './games/games-service'
import { ReadinessWatch } from './games/readiness-watch'
import { TrayPlay } from './games/tray-play'
import { createDispatch, type Dispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { NotifyController } from './notify/controller'
import { NotificationPause } from './notify/pause'
import type { Platform } from './platform/types'
import { DataCache } from './store/cache'
import { createPermissionStore } from './store/permission-store'
import { SettingsStore } from './store/settings-store'
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
  /** How a read waits before it is retried (default: the real backoff; tests record and shorten it). */
  retrySleep?: TransportOptions['sleep']
}

export interface Core {
  dispatch: Dispatch
  start(): Promise<void>
  stop(): Promise<void>
  syncState(): SyncState
  /** Server clock minus this machine's clock, in ms. */
  clockOffsetMs(): number
  /** Opens the dashboard (tray click, second instance). */
  showWindow(): void
}

const USER_AGENT_URL = 'https://www.chastitytracker.org'
const REQUEST_TIMEOUT_MS = 15_000
/** The data a game's readiness rests on: the session, its history and the stats' LINK address. */
const GAMES_SCOPES = ['active', 'histories', 'stats'] as const

export async function createCore(platform: Platform, options: CoreOptions): Promise<Core> {
  const { clock } = platform
  const dir = platform.storage.dataDir
  const settings = new SettingsStore({ dir, now: clock.now, engine: platform.storage.settingsEngine })
  if (options.apiBaseUrl) settings.update({ apiBaseUrl: options.apiBaseUrl })

  const desktop = new DesktopStatusStore({
    notifications: { state: platform.notifier.isSupported() ? 'unknown' : 'unsupported', detail: null },
    launchAtLogin: platform.app.getLaunchAtLogin(),
    update: { state: platform.updater.mode === 'disabled' ? 'disabled' : 'idle', checkedAt: null },
    logsFolder: platform.app.logsFolder,
  })

  const serverClock = new ServerClock(clock.now)
  const userAgent = `ChastityTrackerCompanion/${platform.app.version} (${platform.app.platform}; +${USER_AGENT_URL})`
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS

  const tokens = new TokenService({
    store: platform.keychain,
    fallbackStore: () => new MemoryTokenStore(),
    validate: (token): Promise<TokenValidation> => data.validateToken(token),
    permission: createPermissionStore({ dir, now: clock.now }),
  })
  const log: Platform['log'] = (level, message) => platform.log(level, redact(message, tokens.current()))

  const data: DataService = new DataService({
    cache: new DataCache({ dir, now: clock.now }),
    tokens,
    window: {
      send: (event, payload) => {
        platform.window.send(event, payload)
        const scopes = event === 'data:changed' && 'scopes' in payload ? payload.scopes : []
        if (GAMES_SCOPES.some((s) => scopes.includes(s)))
          games.sync().catch((e: unknown) => log('warn', `Game readiness could not be updated: ${String(e)}`))
      },
    },
    timer: clock,
    now: () => serverClock.now(),
    clockOffsetMs: () => serverClock.offsetMs(),
    intervals: () => {
      const fixed = options.pollSeconds
      return fixed ? { activeSeconds: fixed, idleSeconds: fixed } : settings.get().polling
    },
    makeClient: (baseUrl, getToken) =>
      new ApiClient({
        baseUrl,
        getToken,
        userAgent,
        timeoutMs: requestTimeoutMs,
        ...(options.retrySleep ? { sleep: options.retrySleep } : {}),
        log,
        onResponse: (info) => {
          if (info.date) serverClock.addSample(info.date, info.startedAt, info.receivedAt)
        },
      }),
    baseUrl: settings.get().apiBaseUrl,
    requestTimeoutMs,
    log,
    timeZone: platform.app.timeZone,
  })
  const { engine } = data
  for (const problem of [settings.lastProblem(), data.lastProblem()]) {
    if (problem) platform.log('warn', problem)
  }

  const openSession = (sessionId: number | null) =>
    platform.window.show(sessionId === null ? { page: 'overview' } : { page: 'session', sessionId })

  const pause = new NotificationPause(() => serverClock.now())
  const notify = new NotifyController({
    notifier: platform.notifier,
    markers: data.notified,
    status: desktop,
    log,
    settings: () => settings.get().notifications,
    now: () => serverClock.now(),
    pausedUntil: () => pause.until(),
    onClick: openSession,
    locale: platform.app.locale,
    timeZone: platform.app.timeZone,
  })

  const tray = new TrayController({
    tray: platform.tray,
    pause,
    clock: { ...clock, now: () => serverClock.now() },
    settings: () => settings.get().tray,
    locale: platform.app.locale,
    timeZone: platform.app.timeZone,
    onCommand: (command) => {
      switch (command) {
        case 'open':
          return platform.window.show({ page: 'overview' })
        case 'refresh':
          return void data.refresh()
        case 'pause':
          return void pause.pauseFor(60)
        case 'resume-notifications':
          return void pause.pauseFor(0)
        case 'install-update':
          return void updates.install()
        case 'play-dice':
          return void trayPlay.play('dice')
        case 'play-luck':
          return void trayPlay.play('luck')
        case 'copy-vote-link':
          return void games
            .copyVoteLink()
            .catch((e: unknown) => log('warn', `The vote link was not copied: ${String(e)}`))
        case 'quit':
          return platform.app.quit()
      }
    },
  })

  const watch = new ReadinessWatch({
    clock: { ...clock, now: () => serverClock.now() },
    onView: (view) => tray.setGames(view),
    onReady: (events) => notify.handle(events),
  })
  const games = new GamesService(data, watch, platform.clipboard)
  const trayPlay = new TrayPlay({
    play: (game, sessionId) => games.play(game, sessionId),
    activeSession: () => data.activeSession(),
    showPlaying: (game) => tray.setPlaying(game),
    showSession: (session) => tray.setSession(session),
    notifier: platform.notifier,
    settings: () => settings.get().notifications,
    now: () => serverClock.now(),
    onClick: openSession,
    log,
    locale: platform.app.locale,
    timeZone: platform.app.timeZone,
  })

  data.onEvents((events) => notify.handle(events))
  engine.on('state', (state) => {
    platform.window.send('sync:state', state)
    tray.setSyncState(state)
  })
  engine.on('data', () => tray.setSession(data.activeSession()))

  settings.onChange((next, previous) => {
    if (next.apiBaseUrl !== previous.apiBaseUrl) data.setBaseUrl(next.apiBaseUrl)
    tray.refresh()
    platform.window.send('settings:changed', next)
  })

  tokens.onChange((status) => platform.window.send('auth:status', status))

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
    watch.refresh()
    void engine.pollNow()
  })
  platform.power.onOnline(() => void engine.pollNow())

  const exports = new ExportController({
    dialogs: platform.dialogs,
    source: () => data.exportSource(),
    window: platform.window,
    now: () => serverClock.now(),
  })

  const handlers = createHandlers({
    platform,
    data,
    tokens,
    settings,
    desktop,
    updates,
    pause,
    exports,
    games,
    clockOffsetMs: () => serverClock.offsetMs(),
  })
  const dispatch = createDispatch(handlers, { isTrustedSender: options.isTrustedSender, log })

  return {
    dispatch,
    async start() {
      tray.setSession(data.activeSession())
      void games.sync()
      await tokens.load()
      data.start()
      if (tokens.current()) {
        // Learns the nick and whether the stored token still works; offline it stays unverified.
        void tokens.verify()
      }
      // First run: the window opens on its own so the user can paste a token.
      else platform.window.show({ page: 'overview' })
      updates.start()
    },
    async stop() {
      exports.cancel()
      await data.stop()
      updates.stop()
      watch.dispose()
      tray.dispose()
    },
    syncState: () => data.state(),
    clockOffsetMs: () => serverClock.offsetMs(),
    showWindow: () => platform.window.show({ page: 'overview' }),
  }
}
