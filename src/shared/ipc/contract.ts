/**
 * The one IPC contract. Every channel the renderer may call names the schema of its single
 * argument and of its result; every event main sends names its payload schema. Main's handlers,
 * the preload's `window.api`, the renderer's types and the browser harness are all derived from
 * these two maps: there is no second list of channel names anywhere.
 */
import { z } from 'zod'
import {
  createOrgasmInput,
  createSessionInput,
  gamePlayResult,
  gamesChangeItem,
  gamesChangeListQuery,
  gamesChangePage,
  historyItem,
  historyListQuery,
  historyPage,
  orgasm,
  orgasmListQuery,
  orgasmPage,
  orgasmsCreated,
  session,
  sessionCreated,
  sessionListQuery,
  sessionPage,
  stats,
  stopSessionInput,
  updateOrgasmInput,
  updateSessionInput,
  writeAck,
} from '../api/schemas'
import { desktopStatusSchema } from '../desktop'
import { insightAnswer, insightQuery } from '../insight/schema'
import { settingsPatchSchema, settingsSchema } from '../settings'
import { tokenStatusSchema } from '../token-status'
import { ERROR_KINDS, type IpcResult } from './errors'
import type { Channel, EventName } from './names'

export {
  CHANNEL_NAMES,
  EVENT_NAMES,
  ipcChannelName,
  ipcEventName,
  type Channel,
  type EventName,
} from './names'

const id = z.number().int().positive()
const none = z.undefined()

const syncStateSchema = z.object({
  /** Epoch ms of the last successful sync, or null if never. */
  lastSyncAt: z.number().nullable(),
  /** The last sync failed: what the user should know, or null. */
  lastError: z.string().nullable(),
  /** The API could not be reached on the last attempt. */
  offline: z.boolean(),
  syncing: z.boolean(),
  /** Polling stopped until a new token is set (401). */
  stoppedForToken: z.boolean(),
})
export type SyncState = z.infer<typeof syncStateSchema>

/**
 * How current a read's answer is. Reads answer from the cache at once; when the cached data is not
 * current, a refresh runs in the background and `data:changed` says when it ended.
 */
const freshnessSchema = z.object({
  /** When the service gave this data (epoch ms); null when it never did. */
  fetchedAt: z.number().nullable(),
  /** The data may be out of date: from the cache, older than the app considers current. */
  stale: z.boolean(),
  /** A refresh runs in the background; `data:changed` follows when it ends. */
  refreshing: z.boolean(),
})
export type Freshness = z.infer<typeof freshnessSchema>
const withFreshness = <S extends z.ZodType<object>>(schema: S) =>
  z.intersection(schema, z.object({ freshness: freshnessSchema }))

const overviewSchema = withFreshness(
  z.object({
    stats: stats.nullable(),
    activeSession: session.nullable(),
    recentChanges: z.array(historyItem),
    sync: syncStateSchema,
    /** Server clock minus this machine's clock, in ms: the live countdown runs on the server's. */
    clockOffsetMs: z.number(),
  }),
)
export type Overview = z.infer<typeof overviewSchema>

/** Every row of a cursor-paged list, fetched page by page up to a cap. */
const allHistoriesSchema = withFreshness(
  z.object({
    items: z.array(historyItem),
    /** False when the cap was reached before the last page. */
    complete: z.boolean(),
  }),
)
const allGamesChangesSchema = withFreshness(
  z.object({
    items: z.array(gamesChangeItem),
    complete: z.boolean(),
  }),
)

const settingsViewSchema = z.object({
  settings: settingsSchema,
  /** A problem found when reading the settings file (it was reset), to show once. */
  problem: z.string().nullable(),
})

const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Where the API calls go (shown in settings). */
  apiBaseUrl: z.string(),
})

/** The steps of an export, in order: the account's stats, the two lists, each session's rows, the files. */
export const EXPORT_PHASES = ['account', 'sessions', 'orgasms', 'histories', 'writing'] as const
const count = z.number().int().min(0)
const exportCountsSchema = z.object({
  sessions: count,
  histories: count,
  gamesChanges: count,
  orgasms: count,
})
const exportResultSchema = z.object({
  /** Stopped by the user, or no folder chosen (then `folder` is null); nothing was written. */
  cancelled: z.boolean(),
  /** The new folder that holds the export; the folder chosen when cancelled. */
  folder: z.string().nullable(),
  /** Rows written of each kind; null when cancelled. */
  counts: exportCountsSchema.nullable(),
  /** The names of the files written in `folder`. */
  files: z.array(z.string()),
})

const readinessSchema = z.discriminatedUnion('state', [
  /** `since`: when the wait ended; null when there was nothing to wait for. */
  z.object({ state: z.literal('ready'), since: z.number().nullable() }),
  z.object({ state: z.literal('waiting'), readyAt: z.number(), lastPlay: z.number() }),
  /** The session's wait cannot be read. */
  z.object({ state: z.literal('unknown') }),
])

/** The active session's games: when Dice and Luck can next be played, and LINK's vote link. */
const gamesReadinessSchema = z.object({
  sessionId: z.number().nullable(),
  games: z.array(z.object({ game: z.enum(['dice', 'luck']), readiness: readinessSchema })),
  link: z
    .object({
      /** The public address voters use (the stats' link_game); null when not known yet. */
      url: z.string().nullable(),
      votes: z.object({ added: z.number().int(), removed: z.number().int() }),
    })
    .nullable(),
  /** Server clock minus this machine's clock, in ms: instants above are on the server's clock. */
  clockOffsetMs: z.number(),
})
export type GamesReadiness = z.infer<typeof gamesReadinessSchema>

const historyFilters = historyListQuery.omit({ cursor: true, limit: true })
const gamesChangeFilters = gamesChangeListQuery.omit({ cursor: true, limit: true })

export const channels = {
  'app:info': { input: none, output: appInfoSchema },

  'auth:status': { input: none, output: tokenStatusSchema },
  'auth:setToken': {
    input: z.strictObject({ token: z.string().min(1).max(512), memoryOnly: z.boolean().optional() }),
    output: tokenStatusSchema,
  },
  'auth:removeToken': { input: none, output: tokenStatusSchema },

  'settings:get': { input: none, output: settingsViewSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsSchema },

  'sync:state': { input: none, output: syncStateSchema },
  'sync:refresh': { input: none, output: syncStateSchema },
  'notifications:pause': {
    input: z.strictObject({
      minutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60),
    }),
    /** Epoch ms until which notifications are paused, or null. */
    output: z.object({ pausedUntil: z.number().nullable() }),
  },

  'overview:get': { input: none, output: overviewSchema },
  'stats:get': { input: none, output: withFreshness(stats) },

  'sessions:list': { input: sessionListQuery, output: withFreshness(sessionPage) },
  'sessions:get': { input: z.strictObject({ id }), output: session },
  'sessions:create': { input: createSessionInput, output: sessionCreated },
  'sessions:update': { input: z.strictObject({ id, patch: updateSessionInput }), output: writeAck },
  'sessions:stop': { input: z.strictObject({ id, stop: stopSessionInput }), output: writeAck },
  'sessions:delete': { input: z.strictObject({ id }), output: writeAck },

  'histories:list': { input: historyListQuery, output: historyPage },
  'histories:all': { input: historyFilters, output: allHistoriesSchema },
  'gamesChanges:list': { input: gamesChangeListQuery, output: gamesChangePage },
  'gamesChanges:all': { input: gamesChangeFilters, output: allGamesChangesSchema },

  'orgasms:list': { input: orgasmListQuery, output: withFreshness(orgasmPage) },
  'orgasms:get': { input: z.strictObject({ id }), output: orgasm },
  'orgasms:create': { input: createOrgasmInput, output: orgasmsCreated },
  'orgasms:update': { input: z.strictObject({ id, patch: updateOrgasmInput }), output: writeAck },
  'orgasms:delete': { input: z.strictObject({ id }), output: writeAck },

  /** Where the time came from, records, the year's locked days, days between orgasms: the views asked for. */
  'insight:get': { input: insightQuery, output: withFreshness(insightAnswer) },

  /** The owner plays their own Dice or Luck game (the website's "play" button). */
  'games:play': {
    input: z.strictObject({ game: z.enum(['dice', 'luck']), session: id }),
    output: gamePlayResult,
  },
  'games:readiness': { input: none, output: gamesReadinessSchema },
  /** Copies LINK's public vote link to the clipboard; false when it is not known. Never votes. */
  'games:copyVoteLink': { input: none, output: z.boolean() },

  /** Notifications shown or refused, launch at login, update, logs folder. */
  'desktop:status': { input: none, output: desktopStatusSchema },
  'desktop:setLaunchAtLogin': {
    input: z.strictObject({ enabled: z.boolean() }),
    output: desktopStatusSchema,
  },
  /** Opens the folder of the log files in the file manager. */
  'desktop:openLogs': { input: none, output: z.boolean() },
  /** Restarts into a downloaded update, or opens the release page where it must be installed by hand. */
  'desktop:installUpdate': { input: none, output: z.boolean() },

  /** Opens an https link of the service in the user's browser. */
  'shell:openExternal': {
    input: z.strictObject({ url: z.url({ protocol: /^https$/ }) }),
    output: z.boolean(),
  },

  /** Asks for a folder, then exports everything the token can read into a new folder in it. */
  'export:run': { input: none, output: exportResultSchema },
  /** Stops the export under way; whether one was running. */
  'export:cancel': { input: none, output: z.boolean() },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

export type Channels = typeof channels
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>

/** Data scopes that changed, so views refresh what they show without a reload. */
export const DATA_SCOPES = ['stats', 'active', 'sessions', 'histories', 'gamesChanges', 'orgasms'] as const

export const events = {
  'sync:state': syncStateSchema,
  'auth:status': tokenStatusSchema,
  'settings:changed': settingsSchema,
  'desktop:status': desktopStatusSchema,
  'data:changed': z.object({ scopes: z.array(z.enum(DATA_SCOPES)), sessionId: z.number().optional() }),
  /** Main asks the window to show a page (a notification was clicked). */
  navigate: z.object({
    page: z.enum(['overview', 'sessions', 'session', 'orgasms', 'insight', 'settings']),
    sessionId: z.number().optional(),
  }),
  /** How far the export under way got: a step, and how many of its items are done. */
  'export:progress': z.object({ phase: z.enum(EXPORT_PHASES), done: count, total: count }),
} as const satisfies Record<EventName, z.ZodType>

export type Events = typeof events
export type EventPayload<E extends EventName> = z.output<Events[E]>

/** Every error that crosses IPC has this shape (see errors.ts). */
export const appErrorSchema = z.object({
  kind: z.enum(ERROR_KINDS),
  message: z.string(),
  status: z.number().int().optional(),
  code: z.string().optional(),
  retryable: z.boolean(),
  fields: z.record(z.string(), z.string()).optional(),
})

/** What the preload exposes on `window.api` (and the harness injects): one typed bridge. */
export interface Api {
  invoke<C extends Channel>(
    channel: C,
    ...args: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
  ): Promise<IpcResult<ChannelOutput<C>>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
  channels: readonly Channel[]
}
