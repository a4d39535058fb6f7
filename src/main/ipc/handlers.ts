/**
 * What each IPC channel does: one line each. Arguments arrive already validated against the
 * contract; results are plain data. The account's data is the data service's (reads from the
 * cache, writes and what they refresh); the rest belongs to the settings, the token service and
 * the desktop status.
 */
import { ApiError } from '../api/errors'
import type { TokenService } from '../auth/token-service'
import type { DataService } from '../data/service'
import type { DesktopStatusStore } from '../desktop/status'
import type { ExportController } from '../export/controller'
import type { GamesService } from '../games/games-service'
import type { Platform } from '../platform/types'
import { isAllowedExternalUrl } from '../security/policy'
import { SettingsValidationError, type SettingsStore } from '../store/settings-store'
import type { NotificationPause } from '../notify/pause'
import type { UpdateController } from '../update/update-controller'
import type { TokenActionResult } from '../../shared/token-status'
import type { Handlers } from './dispatch'

export interface HandlerDeps {
  platform: Platform
  data: DataService
  tokens: TokenService
  settings: SettingsStore
  desktop: DesktopStatusStore
  updates: UpdateController
  pause: NotificationPause
  exports: ExportController
  games: GamesService
  /** Server clock minus this machine's clock, in ms. */
  clockOffsetMs: () => number
}

const TOKEN_FAILURE_KINDS = {
  malformed: 'validation',
  unauthorized: 'unauthorized',
  network: 'network',
  server: 'server',
  keychain: 'keychain',
} as const

/** A token action's outcome as the renderer sees it: the status, or a typed error. */
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

function updateSettings(settings: SettingsStore, patch: unknown) {
  try {
    return settings.update(patch)
  } catch (e) {
    if (e instanceof SettingsValidationError) throw new ApiError({ kind: 'validation', message: e.message })
    throw e
  }
}

export function createHandlers({
  platform,
  data,
  tokens,
  settings,
  desktop,
  updates,
  pause,
  exports,
  games,
  clockOffsetMs,
}: HandlerDeps): Handlers {
  const { app } = platform
  const withLaunchAtLogin = (launchAtLogin: ReturnType<typeof app.getLaunchAtLogin>) => {
    desktop.patch({ launchAtLogin })
    return desktop.get()
  }
  const openExternal = async (url: string) => {
    if (!isAllowedExternalUrl(url)) return false
    await app.openExternal(url)
    return true
  }
  return {
    'app:info': async () => ({
      name: app.name,
      version: app.version,
      platform: app.platform,
      apiBaseUrl: data.baseUrl,
    }),

    'auth:status': async () => tokens.status(),
    'auth:setToken': async ({ token, memoryOnly }) =>
      tokenResult(await data.setToken(token, memoryOnly ?? false)),
    'auth:removeToken': async () => tokenResult(await data.removeToken()),

    'settings:get': async () => ({
      settings: settings.get(),
      problem: settings.lastProblem() ?? data.lastProblem(),
    }),
    'settings:update': async (patch) => updateSettings(settings, patch),

    'sync:state': async () => data.state(),
    'sync:refresh': async () => data.refresh(),
    'notifications:pause': async ({ minutes }) => ({ pausedUntil: pause.pauseFor(minutes) }),

    'overview:get': async () => data.overview(),
    'stats:get': async () => data.stats(),

    'sessions:list': async (query) => data.sessions(query),
    'sessions:get': async ({ id }) => data.session(id),
    'sessions:create': async (input) => data.createSession(input),
    'sessions:update': async ({ id, patch }) => data.updateSession(id, patch),
    'sessions:stop': async ({ id, stop }) => data.stopSession(id, stop),
    'sessions:delete': async ({ id }) => data.deleteSession(id),

    'histories:list': async (query) => data.histories(query),
    'histories:all': async (query) => data.allHistories(query),
    'gamesChanges:list': async (query) => data.gamesChanges(query),
    'gamesChanges:all': async (query) => data.allGamesChanges(query),

    'orgasms:list': async (query) => data.orgasms(query),
    'orgasms:get': async ({ id }) => data.orgasm(id),
    'orgasms:create': async (input) => data.createOrgasms(input),
    'orgasms:update': async ({ id, patch }) => data.updateOrgasm(id, patch),
    'orgasms:delete': async ({ id }) => data.deleteOrgasm(id),

    'insight:get': async (query) => data.insight(query),

    'games:play': async ({ game, session }) => games.play(game, session),
    'games:readiness': async () => ({ ...(await games.sync()), clockOffsetMs: clockOffsetMs() }),
    'games:copyVoteLink': async () => games.copyVoteLink(),

    // Read again: the user may have approved or removed the login item in the system's settings.
    'desktop:status': async () => withLaunchAtLogin(app.getLaunchAtLogin()),
    'desktop:setLaunchAtLogin': async ({ enabled }) => withLaunchAtLogin(app.setLaunchAtLogin(enabled)),
    'desktop:openLogs': async () => (app.logsFolder === null ? false : app.openFolder(app.logsFolder)),
    'desktop:installUpdate': async () => updates.install(),

    'shell:openExternal': async ({ url }) => openExternal(url),

    'export:run': async () => exports.run(),
    'export:cancel': async () => exports.cancel(),
  }
}
