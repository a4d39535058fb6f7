/**
 * The last data seen from the service, kept on disk so the tray and the dashboard have something
 * to show at start and offline, plus the ids of events already notified (so a restart does not
 * notify them again). Everything lives in the `cache` folder of the data folder:
 *
 *   sync.json                  the active session and the last sync's time and outcome
 *   stats.json, sessions.json, orgasms.json   the stats and the lists' first pages, with when fetched
 *   notified.json              event ids already notified, the most recent
 *   history-<id>.jsonl, games-changes-<id>.jsonl   a session's rows, appended (row-log.ts)
 *
 * Entities are written in the form the API schemas produce and read back through the same
 * schemas, so every read is validated. A damaged file is set aside (documents) or its bad lines
 * skipped (row logs); nothing here throws on bad data. Nothing is written that did not change: a
 * poll that found nothing new writes nothing (its time is saved with the next change, or on quit).
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  gamesChangeItem,
  historyItem,
  orgasm,
  orgasmPage,
  session,
  sessionPage,
  stats,
  type GamesChangeItem,
  type HistoryItem,
  type Orgasm,
  type OrgasmPage,
  type Session,
  type SessionPage,
  type Stats,
} from '../../shared/api/schemas'
import { parseUtc } from '../../shared/api/time'
import { JsonDocument } from './json-document'
import { RowLog, type RowKind } from './row-log'

export const HISTORY_ROWS: RowKind<HistoryItem> = {
  name: 'history',
  schema: historyItem,
  key: (r) => `${r.happened}|${r.type}|${r.source ?? ''}|${r.dom ? 1 : 0}|${r.unit ?? ''}|${r.schedule}`,
  happened: (r) => parseUtc(r.happened) ?? 0,
}

const GAMES_CHANGE_ROWS: RowKind<GamesChangeItem> = {
  name: 'games-changes',
  schema: gamesChangeItem,
  key: (r) => `${r.happened}|${r.id ?? ''}|${r.game}|${r.action}`,
  happened: (r) => parseUtc(r.happened) ?? 0,
}

/** A cached answer and when the service gave it (epoch ms). */
export interface Cached<T> {
  value: T
  fetchedAt: number
}

export interface SyncStatus {
  /** The last successful sync (epoch ms). */
  lastSyncAt: number | null
  /** The last sync failure, in words for the user; null after a success. */
  lastError: string | null
}

export interface DataCacheOptions {
  /** The app's data folder; the cache is its `cache` folder. */
  dir: string
  now: () => number
  /** Rows are kept for this many sessions, the most recently written, and always the active one's. */
  maxSessions?: number
  /** Notified event ids kept, the most recent. */
  maxNotified?: number
}

const syncDoc = z.object({
  /** Absent until the first sync answered. */
  activeSession: session.nullable().optional(),
  lastSyncAt: z.number().nullable(),
  lastError: z.string().nullable(),
})
type SyncDoc = z.infer<typeof syncDoc>

const cachedDoc = <T>(value: z.ZodType<T>) => z.object({ fetchedAt: z.number(), value })
const notifiedDoc = z.object({ ids: z.array(z.string()) })

/** Ends already reported share the notified list, under their own prefix. */
const REACHED_PREFIX = 'seen:'
const ROW_FILE = /^(history|games-changes)-(\d+)\.jsonl$/

export class DataCache {
  private readonly dir: string
  private readonly maxSessions: number
  private readonly maxNotified: number
  private readonly syncFile: JsonDocument<SyncDoc>
  private readonly statsFile: JsonDocument<Cached<Stats>>
  private readonly sessionsFile: JsonDocument<Cached<SessionPage>>
  private readonly orgasmsFile: JsonDocument<Cached<OrgasmPage>>
  /** Every session and every orgasm, for the views that need them all (insight). */
  private readonly everySessionFile: JsonDocument<Cached<Session[]>>
  private readonly everyOrgasmFile: JsonDocument<Cached<Orgasm[]>>
  private readonly notifiedFile: JsonDocument<{ ids: string[] }>
  private readonly historyLogs = new Map<number, RowLog<HistoryItem>>()
  private readonly changeLogs = new Map<number, RowLog<GamesChangeItem>>()
  /** undefined: never synced. */
  private active: Session | null | undefined
  private status: SyncStatus
  /** What sync.json should hold differs from what it holds. */
  private syncChanged = false
  private notified: string[]
  private notifiedSet: Set<string>

  constructor(options: DataCacheOptions) {
    this.dir = join(options.dir, 'cache')
    this.maxSessions = options.maxSessions ?? 20
    this.maxNotified = options.maxNotified ?? 500
    const open = <T extends object>(name: string, schema: z.ZodType<T>, consequence: string) =>
      new JsonDocument({
        dir: this.dir,
        name,
        schema,
        now: options.now,
        subject: `The local copy of your data (${name}.json)`,
        consequence,
      })
    const refetched = 'so it will be fetched again'
    this.syncFile = open('sync', syncDoc, refetched)
    this.statsFile = open('stats', cachedDoc(stats), refetched)
    this.sessionsFile = open('sessions', cachedDoc(sessionPage), refetched)
    this.orgasmsFile = open('orgasms', cachedDoc(orgasmPage), refetched)
    this.everySessionFile = open('sessions-all', cachedDoc(z.array(session)), refetched)
    this.everyOrgasmFile = open('orgasms-all', cachedDoc(z.array(orgasm)), refetched)
    this.notifiedFile = open('notified', notifiedDoc, 'so a recent change may be notified again')

    const synced = this.syncFile.get()
    this.active = synced?.activeSession
    this.status = { lastSyncAt: synced?.lastSyncAt ?? null, lastError: synced?.lastError ?? null }
    this.notified = this.notifiedFile.get()?.ids ?? []
    this.notifiedSet = new Set(this.notified)
    // The single cache.json of earlier versions, rewritten whole on every change: replaced by the above.
    rmSync(join(options.dir, 'cache.json'), { force: true })
  }

  // --- the sync engine's state ----------------------------------------------------------------

  /** undefined: never synced; null: no active session. */
  getActiveSession(): Session | null | undefined {
    return this.active
  }

  /** Kept in memory; saved with the sync status that follows it. */
  setActiveSession(activeSession: Session | null): void {
    if (JSON.stringify(activeSession) === JSON.stringify(this.active)) return
    this.active = activeSession
    this.syncChanged = true
  }

  getSyncStatus(): SyncStatus {
    return this.status
  }

  /** Saves sync.json when the session or the error changed; a poll that found nothing new writes nothing. */
  setSyncStatus(status: SyncStatus): void {
    if (status.lastError !== this.status.lastError) this.syncChanged = true
    this.status = status
    if (this.syncChanged) this.saveSync()
  }

  /** Saves what only memory holds (the time of the last sync): at quit. */
  flush(): void {
    const saved = this.syncFile.get()?.lastSyncAt ?? null
    if (this.syncChanged || saved !== this.status.lastSyncAt) this.saveSync()
  }

  histories(sessionId: number): RowLog<HistoryItem> {
    return this.rowLog(this.historyLogs, HISTORY_ROWS, sessionId)
  }

  gamesChanges(sessionId: number): RowLog<GamesChangeItem> {
    return this.rowLog(this.changeLogs, GAMES_CHANGE_ROWS, sessionId)
  }

  hasEndReached(id: string): boolean {
    return this.hasNotified(REACHED_PREFIX + id)
  }

  addEndReached(id: string): void {
    this.markNotified([REACHED_PREFIX + id])
  }

  // --- answers kept for the dashboard ---------------------------------------------------------

  stats(): Cached<Stats> | null {
    return this.statsFile.get() ?? null
  }

  setStats(value: Stats, fetchedAt: number): void {
    this.statsFile.set({ value, fetchedAt })
  }

  sessionsFirstPage(): Cached<SessionPage> | null {
    return this.sessionsFile.get() ?? null
  }

  setSessionsFirstPage(value: SessionPage, fetchedAt: number): void {
    this.sessionsFile.set({ value, fetchedAt })
  }

  orgasmsFirstPage(): Cached<OrgasmPage> | null {
    return this.orgasmsFile.get() ?? null
  }

  setOrgasmsFirstPage(value: OrgasmPage, fetchedAt: number): void {
    this.orgasmsFile.set({ value, fetchedAt })
  }

  everySession(): Cached<Session[]> | null {
    return this.everySessionFile.get() ?? null
  }

  setEverySession(value: Session[], fetchedAt: number): void {
    this.everySessionFile.set({ value, fetchedAt })
  }

  everyOrgasm(): Cached<Orgasm[]> | null {
    return this.everyOrgasmFile.get() ?? null
  }

  setEveryOrgasm(value: Orgasm[], fetchedAt: number): void {
    this.everyOrgasmFile.set({ value, fetchedAt })
  }

  // --- notified events ------------------------------------------------------------------------

  hasNotified(eventId: string): boolean {
    return this.notifiedSet.has(eventId)
  }

  /** Remembers events as notified (writing once), keeping only the most recent ids. */
  markNotified(eventIds: readonly string[]): void {
    const fresh = [...new Set(eventIds)].filter((id) => !this.notifiedSet.has(id))
    if (fresh.length === 0) return
    this.saveNotified([...this.notified, ...fresh].slice(-this.maxNotified))
  }

  /** Forgets events as notified (writing once): the system refused to show them. */
  unmarkNotified(eventIds: readonly string[]): void {
    const gone = new Set(eventIds.filter((id) => this.notifiedSet.has(id)))
    if (gone.size === 0) return
    this.saveNotified(this.notified.filter((id) => !gone.has(id)))
  }

  // --- the whole cache ------------------------------------------------------------------------

  /** Forgets everything, e.g. when the token now belongs to someone else. */
  clear(): void {
    for (const file of [
      this.syncFile,
      this.statsFile,
      this.sessionsFile,
      this.orgasmsFile,
      this.everySessionFile,
      this.everyOrgasmFile,
      this.notifiedFile,
    ])
      file.remove()
    for (const log of [...this.historyLogs.values(), ...this.changeLogs.values()]) log.remove()
    this.historyLogs.clear()
    this.changeLogs.clear()
    for (const { name } of this.rowFiles()) rmSync(join(this.dir, name), { force: true })
    this.active = undefined
    this.status = { lastSyncAt: null, lastError: null }
    this.syncChanged = false
    this.notified = []
    this.notifiedSet = new Set()
  }

  /** What went wrong with a cache file, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    const files = [
      this.syncFile,
      this.statsFile,
      this.sessionsFile,
      this.orgasmsFile,
      this.everySessionFile,
      this.everyOrgasmFile,
      this.notifiedFile,
    ]
    const logs = [...this.historyLogs.values(), ...this.changeLogs.values()]
    for (const source of [...files, ...logs]) {
      const problem = source.lastProblem()
      if (problem !== null) return problem
    }
    return null
  }

  private saveSync(): void {
    this.syncChanged = false
    this.syncFile.set({
      ...(this.active === undefined ? {} : { activeSession: this.active }),
      lastSyncAt: this.status.lastSyncAt,
      lastError: this.status.lastError,
    })
  }

  private saveNotified(ids: string[]): void {
    this.notified = ids
    this.notifiedSet = new Set(ids)
    this.notifiedFile.set({ ids })
  }

  private rowLog<T>(logs: Map<number, RowLog<T>>, kind: RowKind<T>, sessionId: number): RowLog<T> {
    let log = logs.get(sessionId)
    if (!log) {
      log = new RowLog(join(this.dir, `${kind.name}-${sessionId}.jsonl`), kind, () => this.prune())
      logs.set(sessionId, log)
    }
    return log
  }

  private rowFiles(): { name: string; sessionId: number }[] {
    let names: string[]
    try {
      names = readdirSync(this.dir)
    } catch {
      return []
    }
    return names.flatMap((name) => {
      const match = ROW_FILE.exec(name)
      return match ? [{ name, sessionId: Number(match[2]) }] : []
    })
  }

  /** Keeps the rows of the most recently written sessions, and always the active session's. */
  private prune(): void {
    const files = this.rowFiles()
    const writtenAt = new Map<number, number>()
    for (const { name, sessionId } of files) {
      const at = modifiedAt(join(this.dir, name)) ?? 0
      writtenAt.set(sessionId, Math.max(at, writtenAt.get(sessionId) ?? 0))
    }
    const activeId = this.active?.id
    const ranked = [...writtenAt.keys()].sort((a, b) => {
      if (a === activeId) return -1
      if (b === activeId) return 1
      return (writtenAt.get(b) ?? 0) - (writtenAt.get(a) ?? 0)
    })
    for (const sessionId of ranked.slice(this.maxSessions)) {
      this.historyLogs.get(sessionId)?.remove()
      this.changeLogs.get(sessionId)?.remove()
      this.historyLogs.delete(sessionId)
      this.changeLogs.delete(sessionId)
      for (const file of files)
        if (file.sessionId === sessionId) rmSync(join(this.dir, file.name), { force: true })
    }
  }
}

/** When a file was last written (epoch ms), or null when it is gone. */
function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs
  } catch {
    return null
  }
}
