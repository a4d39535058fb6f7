/**
 * The last data seen from the service, kept on disk so the tray and the dashboard have something
 * to show at start and offline, plus the ids of events already notified (so a restart does not
 * notify them again).
 *
 * Entities are held, and written, in the form the API schemas produce; those schemas read that
 * form back to equal values (flags already booleans, numbers already numbers), so every read is
 * validated with the very schemas the API client uses. A damaged cache is moved aside and started
 * afresh; nothing here throws on bad data.
 */
import { basename } from 'node:path'
import { z } from 'zod'
import {
  gamesChangeItem,
  historyItem,
  orgasmPage,
  session,
  sessionPage,
  stats,
  type GamesChangeItem,
  type HistoryItem,
  type OrgasmPage,
  type Session,
  type SessionPage,
  type Stats,
} from '../../shared/api/schemas'
import type { KeyValueFile } from './json-store'

export const CACHE_VERSION = 1

export interface HistoryCacheEntry {
  items: HistoryItem[]
  /** The sync engine's marker of the newest item held, to fetch only what is newer. Opaque here. */
  newestMarker: string | null
  /** True once every older page has been fetched. */
  complete: boolean
  /** When the entry was last written (epoch ms). */
  updatedAt: number
}

export interface GamesChangesCacheEntry {
  items: GamesChangeItem[]
  newestMarker: string | null
  complete: boolean
  /** The service's `total`, when it sent one. */
  total: number | null
  updatedAt: number
}

export interface CacheData {
  stats: Stats | null
  sessions: SessionPage | null
  activeSession: Session | null
  /** Keyed by session id. */
  histories: Record<string, HistoryCacheEntry>
  /** Keyed by session id. */
  gamesChanges: Record<string, GamesChangesCacheEntry>
  orgasms: OrgasmPage | null
  /** The last successful sync (epoch ms). */
  lastSyncAt: number | null
  /** The last sync failure, in words for the user; null after a success. */
  lastSyncError: string | null
  /** Ids of events already notified, oldest first. */
  notified: string[]
}

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** What readers get: shared, so it must not be changed (the types forbid it). */
export type CacheSnapshot = DeepReadonly<CacheData>

/** An update: absent fields are kept; a history or games-changes entry set to null is dropped. */
export interface CachePatch {
  stats?: Stats | null
  sessions?: SessionPage | null
  activeSession?: Session | null
  histories?: Record<number, Omit<HistoryCacheEntry, 'updatedAt'> | null>
  gamesChanges?: Record<number, Omit<GamesChangesCacheEntry, 'updatedAt'> | null>
  orgasms?: OrgasmPage | null
  lastSyncAt?: number | null
  lastSyncError?: string | null
}

export interface DataCacheOptions {
  file: KeyValueFile
  /**
   * A small file for the time and outcome of the last sync, which change on every poll: writing
   * them there spares rewriting the whole cache (megabytes with a long history) when nothing else
   * changed. Read over the main file's copy when newer.
   */
  statusFile?: KeyValueFile
  now: () => number
  /** Histories and games changes are kept for this many sessions, the most recently updated. */
  maxSessions?: number
  /** Notified event ids kept, the most recent. */
  maxNotified?: number
}

const sessionKey = z.string().regex(/^\d+$/)

const storedCache = z.object({
  version: z.literal(CACHE_VERSION),
  stats: stats.nullable().default(null),
  sessions: sessionPage.nullable().default(null),
  activeSession: session.nullable().default(null),
  histories: z
    .record(
      sessionKey,
      z.object({
        items: z.array(historyItem),
        newestMarker: z.string().nullable(),
        complete: z.boolean(),
        updatedAt: z.number(),
      }),
    )
    .default({}),
  gamesChanges: z
    .record(
      sessionKey,
      z.object({
        items: z.array(gamesChangeItem),
        newestMarker: z.string().nullable(),
        complete: z.boolean(),
        total: z.number().nullable(),
        updatedAt: z.number(),
      }),
    )
    .default({}),
  orgasms: orgasmPage.nullable().default(null),
  lastSyncAt: z.number().nullable().default(null),
  lastSyncError: z.string().nullable().default(null),
  notified: z.array(z.string()).default([]),
})

const STATUS_KEYS = new Set(['lastSyncAt', 'lastSyncError'])
const syncStatus = z.object({ lastSyncAt: z.number().nullable(), lastSyncError: z.string().nullable() })

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

function emptyCache(): CacheData {
  return {
    stats: null,
    sessions: null,
    activeSession: null,
    histories: {},
    gamesChanges: {},
    orgasms: null,
    lastSyncAt: null,
    lastSyncError: null,
    notified: [],
  }
}

function toWire(data: CacheData): Record<string, unknown> {
  return { version: CACHE_VERSION, ...data }
}

export class DataCache {
  private readonly file: KeyValueFile
  private readonly statusFile: KeyValueFile | null
  private readonly now: () => number
  private readonly maxSessions: number
  private readonly maxNotified: number
  private data: CacheData
  private notifiedSet: Set<string>
  private problem: string | null = null

  constructor(options: DataCacheOptions) {
    this.file = options.file
    this.statusFile = options.statusFile ?? null
    this.now = options.now
    this.maxSessions = options.maxSessions ?? 20
    this.maxNotified = options.maxNotified ?? 2000
    this.data = this.withStatus(this.read())
    this.notifiedSet = new Set(this.data.notified)
  }

  /** The whole cache. Shared, never copied: updates replace parts rather than change them. */
  snapshot(): CacheSnapshot {
    return this.data
  }

  history(sessionId: number): DeepReadonly<HistoryCacheEntry> | null {
    return this.data.histories[String(sessionId)] ?? null
  }

  gamesChanges(sessionId: number): DeepReadonly<GamesChangesCacheEntry> | null {
    return this.data.gamesChanges[String(sessionId)] ?? null
  }

  /** Applies a patch and writes the cache once. */
  update(patch: CachePatch): void {
    const at = this.now()
    const { histories, gamesChanges, ...plain } = patch
    const statusOnly =
      !histories &&
      !gamesChanges &&
      Object.entries(plain).every(([key, value]) => value === undefined || STATUS_KEYS.has(key))
    if (statusOnly && this.statusFile) {
      this.data = { ...this.data, ...dropUndefined(plain) }
      this.persistStatus()
      return
    }
    const next: CacheData = { ...this.data }
    for (const [key, value] of Object.entries(plain)) {
      if (value !== undefined) Object.assign(next, { [key]: value })
    }
    if (histories) next.histories = this.prune(merge(this.data.histories, histories, at), next.activeSession)
    if (gamesChanges)
      next.gamesChanges = this.prune(merge(this.data.gamesChanges, gamesChanges, at), next.activeSession)
    this.data = next
    this.persist()
  }

  hasNotified(eventId: string): boolean {
    return this.notifiedSet.has(eventId)
  }

  /** Remembers events as notified (writing once), keeping only the most recent ids. */
  markNotified(eventIds: readonly string[]): void {
    const fresh = [...new Set(eventIds)].filter((id) => !this.notifiedSet.has(id))
    if (fresh.length === 0) return
    const notified = [...this.data.notified, ...fresh].slice(-this.maxNotified)
    this.notifiedSet = new Set(notified)
    this.data = { ...this.data, notified }
    this.persist()
  }

  /** Forgets events as notified (writing once): the system refused to show them. */
  unmarkNotified(eventIds: readonly string[]): void {
    const gone = new Set(eventIds.filter((id) => this.notifiedSet.has(id)))
    if (gone.size === 0) return
    const notified = this.data.notified.filter((id) => !gone.has(id))
    this.notifiedSet = new Set(notified)
    this.data = { ...this.data, notified }
    this.persist()
  }

  /** Forgets everything, e.g. when the token now belongs to someone else. */
  clear(): void {
    this.data = emptyCache()
    this.notifiedSet = new Set()
    this.persist()
  }

  /** What went wrong with the cache file, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    return this.problem
  }

  dismissProblem(): void {
    this.problem = null
  }

  /** Keeps the most recently updated sessions' entries, and always the active session's. */
  private prune<T extends { updatedAt: number }>(
    entries: Record<string, T>,
    active: Session | null,
  ): Record<string, T> {
    const activeKey = active ? String(active.id) : null
    const ranked = Object.entries(entries).sort(([ka, a], [kb, b]) => {
      if (ka === activeKey) return -1
      if (kb === activeKey) return 1
      return b.updatedAt - a.updatedAt
    })
    return Object.fromEntries(ranked.slice(0, this.maxSessions))
  }

  private persistStatus(): void {
    try {
      this.statusFile?.write({ lastSyncAt: this.data.lastSyncAt, lastSyncError: this.data.lastSyncError })
    } catch (error) {
      this.problem = `The time of the last sync could not be saved (${describe(error)}).`
    }
  }

  /** The status file's copy of the last sync, when it is newer than the main file's. */
  private withStatus(data: CacheData): CacheData {
    let raw: unknown
    try {
      raw = this.statusFile?.read()
    } catch {
      return data
    }
    const parsed = syncStatus.safeParse(raw)
    if (!parsed.success) return data
    const newer = (parsed.data.lastSyncAt ?? 0) >= (data.lastSyncAt ?? 0)
    return newer ? { ...data, ...parsed.data } : data
  }

  private persist(): void {
    try {
      this.file.write(toWire(this.data))
    } catch (error) {
      this.problem = `The local copy of your data could not be saved (${describe(error)}); it will be fetched again.`
    }
  }

  private read(): CacheData {
    let raw: unknown
    try {
      raw = this.file.read()
    } catch (error) {
      return this.startAfresh(`could not be read (${describe(error)})`)
    }
    if (raw === undefined) return emptyCache()
    if (isObject(raw) && raw.version !== CACHE_VERSION && typeof raw.version === 'number') {
      // Another version's cache: simply refetched, nothing worth reporting.
      return emptyCache()
    }
    const parsed = storedCache.safeParse(raw)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : ''
      return this.startAfresh(`had data that does not fit (${where}${first?.message ?? 'invalid'})`)
    }
    const { version: _version, ...data } = parsed.data
    return data
  }

  private startAfresh(what: string): CacheData {
    let kept: string
    try {
      const aside = this.file.moveAside(this.now())
      kept = aside ? ` The old file was kept as ${basename(aside)}.` : ''
    } catch (error) {
      kept = ` The old file could not be moved aside (${describe(error)}).`
    }
    this.problem = `The local copy of your data (${basename(this.file.path)}) ${what}; it was emptied and will be fetched again.${kept}`
    return emptyCache()
  }
}

function merge<T extends { updatedAt: number }>(
  current: Record<string, T>,
  patch: Record<number, Omit<T, 'updatedAt'> | null>,
  at: number,
): Record<string, T> {
  const next: Record<string, T> = { ...current }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key]
    else next[key] = { ...value, updatedAt: at } as T
  }
  return next
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
