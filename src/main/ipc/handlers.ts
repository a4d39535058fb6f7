/**
 * What each IPC channel does. Arguments arrive already validated against the contract; results
 * are plain data. Reads fall back to the cache when the service cannot be reached; writes go
 * straight to the service (never retried), then refresh what they changed.
 */
import type { ApiClient } from '../api/client'
import { ApiError } from '../api/errors'
import type { TokenService } from '../auth/token-service'
import type { ServerClock } from '../clock/server-clock'
import type { DesktopStatusStore } from '../desktop/status'
import type { Platform } from '../platform/types'
import { isAllowedExternalUrl } from '../security/policy'
import type { DataCache } from '../store/cache'
import { SettingsValidationError, type SettingsStore } from '../store/settings-store'
import type { SyncEngine } from '../sync/engine'
import type { UpdateController } from '../update/update-controller'
import type { HistoryItem, OrgasmPage, Session, SessionPage } from '../../shared/api/schemas'
import type { DATA_SCOPES } from '../../shared/ipc/contract'
import type { TokenActionResult } from '../../shared/token-status'
import type { Handlers } from './dispatch'

export interface HandlerDeps {
  platform: Platform
  client: () => ApiClient
  tokens: TokenService
  settings: SettingsStore
  cache: DataCache
  engine: SyncEngine
  serverClock: ServerClock
  desktop: DesktopStatusStore
  updates: UpdateController
}

type Scope = (typeof DATA_SCOPES)[number]

const RECENT_CHANGES = 20
const ALL_ROWS_CAP = 100_000

const TOKEN_FAILURE_KINDS = {
  malformed: 'validation',
  unauthorized: 'unauthorized',
  network: 'network',
  server: 'server',
  keychain: 'keychain',
} as const

function tokenResult(result: TokenActionResult) {
  if (result.ok) return result.status
  throw new ApiError({
    kind: TOKEN_FAILURE_KINDS[result.reason],
    message: result.message,
    retryable: result.reason === 'network' || result.reason === 'server',
    ...(result.reason === 'malformed' || result.reason === 'unauthorized'
      ? { fields: { token: result.message } }
      : {}),
  })
}

/** The service cannot answer usefully right now (down, slow, or garbled): show the cache. */
/** Only the first page of an unfiltered list is kept for offline use. */
const isFirstPage = (query: object & { offset?: number | undefined }) =>
  Object.keys(query).every((k) => k === 'limit' || k === 'offset') && !query.offset

const isOffline = (e: unknown) => e instanceof ApiError && (e.retryable || e.kind === 'badResponse')

export function createHandlers(deps: HandlerDeps): Handlers {
  const { platform, tokens, settings, cache, engine, serverClock, desktop } = deps

  const syncState = () => ({ ...engine.getState(), clockOffsetMs: serverClock.offsetMs() })

  /** Every write: permission marks on the token, then a refresh of what it touched. */
  async function write<T>(scopes: Scope[], run: () => Promise<T>, sessionId?: number): Promise<T> {
    try {
      const result = await run()
      tokens.markWritable()
      platform.window.send('data:changed', { scopes, ...(sessionId !== undefined ? { sessionId } : {}) })
      void engine.pollNow()
      return result
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'forbidden') tokens.markReadOnly()
      if (e instanceof ApiError && e.kind === 'unauthorized') tokens.markRevoked()
      throw e
    }
  }

  /** A read that falls back to what the cache holds when the service cannot answer now. */
  async function readOrCached<T>(
    run: () => Promise<T>,
    cached: () => T | null,
    keep?: (value: T) => unknown,
  ): Promise<T> {
    try {
      const value = await read(run)
      keep?.(value)
      return value
    } catch (e) {
      const fallback = isOffline(e) ? cached() : null
      if (fallback !== null) return fallback
      throw e
    }
  }

  /** A read that marks the token revoked on 401. */
  async function read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'unauthorized') tokens.markRevoked()
      throw e
    }
  }

  const activeId = () => cache.snapshot().activeSession?.id ?? null

  return {
    'app:info': async () => ({
      name: platform.app.name,
      version: platform.app.version,
      platform: platform.app.platform,
      apiBaseUrl: deps.client().baseUrl,
    }),

    'auth:status': async () => tokens.status(),
    'auth:setToken': async ({ token, memoryOnly }) => {
      const status = tokenResult(await tokens.save(token, { memoryOnly: memoryOnly ?? false }))
      engine.resumeAfterToken()
      return status
    },
    'auth:removeToken': async () => {
      const status = tokenResult(await tokens.remove())
      engine.stop()
      return status
    },

    'settings:get': async () => ({
      settings: settings.get(),
      problem: settings.lastProblem() ?? cache.lastProblem(),
    }),
    'settings:update': async (patch) => {
      try {
        return settings.update(patch)
      } catch (e) {
        if (e instanceof SettingsValidationError)
          throw new ApiError({ kind: 'validation', message: e.message })
        throw e
      }
    },

    'sync:state': async () => syncState(),
    'sync:refresh': async () => {
      // A revoked token is not tried again until the user sets a new one.
      const revoked = tokens.status().state === 'revoked'
      if (engine.getState().stoppedForToken && tokens.current() && !revoked) engine.resumeAfterToken()
      await engine.pollNow()
      return syncState()
    },
    'notifications:pause': async ({ minutes }) => {
      engine.patchState({
        notificationsPausedUntil: minutes === 0 ? null : serverClock.now() + minutes * 60_000,
      })
      return syncState()
    },

    'overview:get': async () => {
      let stats = cache.snapshot().stats
      if (tokens.current() && tokens.status().state !== 'revoked') {
        try {
          stats = await read(() => deps.client().stats())
          cache.update({ stats })
          tokens.markVerified(stats.nick)
        } catch (e) {
          // The overview always shows the last known state; the token status says what is wrong.
          if (!isOffline(e) && !(e instanceof ApiError && e.kind === 'unauthorized')) throw e
        }
      }
      const snap = cache.snapshot()
      const active = snap.activeSession as Session | null
      const rows = active ? ((cache.history(active.id)?.items ?? []) as HistoryItem[]) : []
      return {
        stats,
        activeSession: active,
        recentChanges: rows.filter((r) => r.type !== 'START').slice(0, RECENT_CHANGES),
        sync: syncState(),
      }
    },
    'stats:get': async () =>
      readOrCached(
        () => deps.client().stats(),
        () => cache.snapshot().stats,
        (stats) => cache.update({ stats }),
      ),

    'sessions:list': async (query) => {
      const first = isFirstPage(query)
      return readOrCached(
        () => deps.client().listSessions(query),
        () => (first ? (cache.snapshot().sessions as SessionPage | null) : null),
        (sessions) => first && cache.update({ sessions }),
      )
    },
    'sessions:get': async ({ id }) => read(() => deps.client().getSession(id)),
    'sessions:create': async (input) =>
      write(['sessions', 'active', 'stats'], () => deps.client().createSession(input)),
    'sessions:update': async ({ id, patch }) =>
      write(['sessions', 'active'], () => deps.client().updateSession(id, patch), id),
    'sessions:stop': async ({ id, stop }) =>
      write(['sessions', 'active', 'stats'], () => deps.client().stopSession(id, stop), id),
    'sessions:delete': async ({ id }) =>
      write(['sessions', 'stats'], () => deps.client().deleteSession(id), id),

    'histories:list': async (query) => read(() => deps.client().listHistories(query)),
    'histories:all': async (query) => {
      const filtered = Object.keys(query).some((k) => k !== 'session')
      const cached = cache.history(query.session)
      // The active session's history is kept current by the sync engine: no need to page again.
      if (!filtered && cached?.complete && query.session === activeId()) {
        return { items: cached.items as HistoryItem[], complete: true }
      }
      return readOrCached(
        () => deps.client().allHistories(query, { maxItems: ALL_ROWS_CAP }),
        () => (!filtered && cached ? { items: cached.items as HistoryItem[], complete: false } : null),
      )
    },
    'gamesChanges:list': async (query) => read(() => deps.client().listGamesChanges(query)),
    'gamesChanges:all': async (query) =>
      read(() => deps.client().allGamesChanges(query, { maxItems: ALL_ROWS_CAP })),

    'orgasms:list': async (query) => {
      const first = isFirstPage(query)
      return readOrCached(
        () => deps.client().listOrgasms(query),
        () => (first ? (cache.snapshot().orgasms as OrgasmPage | null) : null),
        (orgasms) => first && cache.update({ orgasms }),
      )
    },
    'orgasms:get': async ({ id }) => read(() => deps.client().getOrgasm(id)),
    'orgasms:create': async (input) => write(['orgasms', 'stats'], () => deps.client().createOrgasms(input)),
    'orgasms:update': async ({ id, patch }) =>
      write(['orgasms', 'stats'], () => deps.client().updateOrgasm(id, patch)),
    'orgasms:delete': async ({ id }) => write(['orgasms', 'stats'], () => deps.client().deleteOrgasm(id)),

    'games:play': async ({ game, session }) =>
      write(['active', 'histories'], () => deps.client().playGame({ game, dom: 0, session }), session),

    // Read again: the user may have approved or removed the login item in the system's settings.
    'desktop:status': async () => {
      desktop.patch({ launchAtLogin: platform.app.getLaunchAtLogin() })
      return desktop.get()
    },
    'desktop:setLaunchAtLogin': async ({ enabled }) => {
      desktop.patch({ launchAtLogin: platform.app.setLaunchAtLogin(enabled) })
      return desktop.get()
    },
    'desktop:openLogs': async () => {
      const folder = platform.app.logsFolder
      return folder === null ? false : platform.app.openFolder(folder)
    },
    'desktop:installUpdate': async () => deps.updates.install(),

    'shell:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return false
      await platform.app.openExternal(url)
      return true
    },
  }
}
