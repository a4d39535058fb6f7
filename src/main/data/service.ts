/**
 * The one owner of the account's data in the main process: the API client, the cache on disk and
 * the sync engine, which writes to the cache as this owner lets it. Nothing else writes the cache
 * or tells the window that data changed.
 *
 * Reads answer from the cache at once. An answer older than FRESH_MS (or made out of date by a
 * write) is refreshed in the background, one refresh per answer at a time, and `data:changed`
 * tells the views when it ended; the answer says so in its `freshness`. Only data never fetched
 * before is waited for. Writes go straight to the service, never retried; they keep the token's
 * permission marks and say what to refresh.
 */
import type { ApiClient } from '../api/client'
import { collect } from '../api/pagination'
import type { TransportOptions } from '../api/transport'
import { ApiError } from '../api/errors'
import { createExportSource, type ExportSource } from '../export/source'
import type { TokenService, TokenValidation } from '../auth/token-service'
import type { WindowAdapter } from '../platform/types'
import type { Cached, DataCache } from '../store/cache'
import { editedEndChange, OwnChanges, rolledChange, type OwnChange } from '../notify/own-changes'
import { SyncEngine, type SyncTimer } from '../sync/engine'
import type { SyncEvent } from '../sync/events'
import { GAMES_CHANGES, HISTORIES, syncRows, type RowSource } from '../sync/rows'
import type {
  CreateOrgasmInput,
  CreateSessionInput,
  GamesChangeListQuery,
  HistoryItem,
  HistoryListQuery,
  Orgasm,
  OrgasmListQuery,
  Session,
  SessionListQuery,
  Stats,
  StopSessionInput,
  UpdateOrgasmInput,
  UpdateSessionInput,
} from '../../shared/api/schemas'
import type { ChannelOutput, DATA_SCOPES, Freshness, Overview, SyncState } from '../../shared/ipc/contract'
import type { TokenActionResult } from '../../shared/token-status'
import type { InsightQuery } from '../../shared/insight/schema'
import { Insight } from './insight'

type Scope = (typeof DATA_SCOPES)[number]

/** Failures after which one session's page may show the copy this app holds. */
const FALL_BACK_ON: ReadonlySet<ApiError['kind']> = new Set([
  'network',
  'timeout',
  'server',
  'rateLimited',
  'badResponse',
  'unauthorized',
])
export interface DataServiceOptions {
  cache: DataCache
  tokens: TokenService
  window: Pick<WindowAdapter, 'send'>
  timer: SyncTimer
  /** The service's clock (this machine's corrected by the Date header). */
  now: () => number
  clockOffsetMs: () => number
  /** Seconds between polls while a session is active, and while none is. */
  intervals: () => { activeSeconds: number; idleSeconds: number }
  /** A client for an address, sending the token `getToken` gives. */
  makeClient: (baseUrl: string, getToken: TransportOptions['getToken']) => ApiClient
  baseUrl: string
  /** How long one request may take: the longest wait before the app shows itself offline. */
  requestTimeoutMs: number
  log: (level: 'info' | 'warn' | 'error', message: string) => void
  /** This machine's IANA time zone, one reading of an edited scheduled end (own-changes.ts). */
  timeZone?: string
}

/** Answers younger than this are current; older ones are refreshed when read. */
const FRESH_MS = 30_000
/** A refresh that failed is not tried again by reads for this long (the sync's recovery retries sooner). */
const RETRY_AFTER_FAILURE_MS = 30_000
/** The overview's latest schedule changes. */
const RECENT_CHANGES = 20
/** The most rows one list of a session's history or rule changes holds. */
const ALL_ROWS_CAP = 100_000

interface Answer<T> {
  value: T
  freshness: Freshness
}

/** How an answer is brought up to date, and what makes it out of date. */
interface Refresh<T> {
  key: string
  /** The scopes whose change makes the answer out of date, and the session, if one. */
  scopes: readonly Scope[]
  sessionId?: number
  fetch: () => Promise<T>
  keep: (value: T, fetchedAt: number) => void
  /** One request (not a paging): one not answered within a request timeout means offline. */
  single: boolean
}

const current = (fetchedAt: number): Freshness => ({ fetchedAt, stale: false, refreshing: false })

/** Only the first page of an unfiltered list is kept for offline use. */
function isFirstPage(query: { offset?: number | undefined }): boolean {
  return Object.keys(query).every((k) => k === 'limit' || k === 'offset') && !query.offset
}

interface ListPage {
  items: unknown[]
  total: number
  limit?: number | undefined
}

/** A cached first page cut to the size asked for; null when it holds fewer rows than that page would. */
function firstPageOf<P extends ListPage>(page: P, limit: number | undefined): P | null {
  const size = limit ?? page.limit ?? page.items.length
  if (page.items.length < Math.min(size, page.total)) return null
  const items = page.items.slice(0, size)
  return { ...page, items, count: items.length, limit: size }
}

export class DataService {
  readonly engine: SyncEngine
  private readonly opts: DataServiceOptions
  private readonly cache: DataCache
  private readonly tokens: TokenService
  private client: ApiClient
  /** Every session and every orgasm, as last fetched in this run (the insight's). */
  private readonly insightViews = new Insight(this, () => this.opts.now())
  /** Background refreshes running, by answer. */
  private readonly refreshes = new Map<string, Promise<void>>()
  /** First reads of what is not held yet, by key, while they run. */
  private readonly firstReads = new Map<string, Promise<unknown>>()
  /** Answers whose last refresh failed, and when. */
  private readonly failedAt = new Map<string, number>()
  /** Answers a change made out of date before their time. */
  private readonly invalid = new Set<string>()
  /** Every answer read so far, with what makes it out of date. */
  private readonly reads = new Map<string, { scopes: readonly Scope[]; sessionId?: number | undefined }>()
  /** When another session's rows were last brought up to date, in this run. */
  private readonly rowsCheckedAt = new Map<string, number>()
  private stopped = false
  /** What the app's own writes changed, so that the sync does not report it as news. */
  private readonly own: OwnChanges
  /** Writes under way: the sync's events wait for them, as they may be what a write changed. */
  private writing = 0
  private held: SyncEvent[] = []
  private readonly eventListeners: ((events: SyncEvent[]) => void)[] = []

  constructor(options: DataServiceOptions) {
    this.opts = options
    this.cache = options.cache
    this.tokens = options.tokens
    this.client = this.newClient(options.baseUrl)
    this.own = new OwnChanges(options.now)
    this.engine = new SyncEngine({
      client: () => this.client,
      cache: this.cache,
      timer: options.timer,
      now: options.now,
      intervals: options.intervals,
      requestTimeoutMs: options.requestTimeoutMs,
      onUnauthorized: (error) => this.tokens.markRevoked(error.tokenId),
      log: options.log,
    })
    this.engine.on('data', (scopes, sessionId) => this.changed(scopes, sessionId))
    this.engine.on('events', (events) => this.syncEvents(events))
    this.engine.on('state', (state) => this.afterRecovery(state))
    this.tokens.onChange(() => this.followToken())
  }

  // --- polling --------------------------------------------------------------------------------

  /** Starts polling when a usable token is held (otherwise when one is set). */
  start(): void {
    this.followToken()
  }

  /**
   * Stops polling and saves what only memory holds, once a poll under way has ended (so its rows
   * are saved too, and nothing is written after); refreshes still running change nothing.
   */
  async stop(): Promise<void> {
    this.stopped = true
    await this.engine.stop()
    this.cache.flush()
  }

  /**
   * What the sync found changed, less what the app's own writes changed (the window confirmed
   * those already); told once the writes under way have ended.
   */
  onEvents(listener: (events: SyncEvent[]) => void): void {
    this.eventListeners.push(listener)
  }

  state(): SyncState {
    return this.engine.getState()
  }

  /** A poll now (the user asked); a token refused earlier is not tried again. */
  async refresh(): Promise<SyncState> {
    this.followToken()
    await this.engine.pollNow()
    return this.state()
  }

  get baseUrl(): string {
    return this.client.baseUrl
  }

  /** Talks to another address from now on. */
  setBaseUrl(baseUrl: string): void {
    this.client = this.newClient(baseUrl)
    void this.engine.pollNow()
  }

  /** Events already notified, remembered across restarts (the notify controller's markers). */
  readonly notified = {
    has: (id: string) => this.cache.hasNotified(id),
    add: (ids: readonly string[]) => this.cache.markNotified(ids),
    remove: (ids: readonly string[]) => this.cache.unmarkNotified(ids),
  }

  /** What went wrong with the cache's files, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    return this.cache.lastProblem()
  }

  /** The active session as last synced (the tray's). */
  activeSession(): Session | null {
    return this.cache.getActiveSession() ?? null
  }

  // --- the token ------------------------------------------------------------------------------

  /** Asks the service whose a token is; another account's token empties the cache first. */
  async validateToken(token: string): Promise<TokenValidation> {
    try {
      const stats = await this.newClient(this.client.baseUrl, () => token).stats()
      const cachedNick = this.cache.stats()?.value.nick
      if (cachedNick !== undefined && cachedNick !== stats.nick) this.cache.clear()
      this.cache.setStats(stats, this.opts.now())
      return { ok: true, nick: stats.nick }
    } catch (e) {
      const err = e instanceof ApiError ? e : null
      if (err?.kind === 'unauthorized') return { ok: false, reason: 'unauthorized', message: err.message }
      if (err?.kind === 'network' || err?.kind === 'timeout')
        return { ok: false, reason: 'network', message: err.message }
      return { ok: false, reason: 'server', message: err?.message ?? 'The token could not be checked.' }
    }
  }

  setToken(token: string, memoryOnly: boolean): Promise<TokenActionResult> {
    return this.tokens.save(token, { memoryOnly })
  }

  async removeToken(): Promise<TokenActionResult> {
    const result = await this.tokens.remove()
    void this.engine.stop()
    return result
  }

  // --- reads ----------------------------------------------------------------------------------

  /** Never waits: the stats come from the cache, refreshed in the background when not current. */
  overview(): Overview {
    const stats = this.cache.stats()
    const active = this.activeSession()
    const rows = active ? this.cache.histories(active.id).newest(RECENT_CHANGES + 1) : []
    return {
      stats: stats?.value ?? null,
      activeSession: active,
      recentChanges: rows.filter((r) => r.type !== 'START').slice(0, RECENT_CHANGES),
      sync: this.state(),
      clockOffsetMs: this.opts.clockOffsetMs(),
      freshness: this.freshness(this.statsRefresh(), stats?.fetchedAt ?? null),
    }
  }

  async stats(): Promise<ChannelOutput<'stats:get'>> {
    const { value, freshness } = await this.readThrough(this.statsRefresh(), this.cache.stats())
    return { ...value, freshness }
  }

  async sessions(query: SessionListQuery): Promise<ChannelOutput<'sessions:list'>> {
    if (!isFirstPage(query)) return this.foreground(() => this.client.listSessions(query))
    return this.firstPage(query.limit, {
      key: 'sessions',
      scopes: ['sessions', 'active'],
      cached: this.cache.sessionsFirstPage(),
      fetch: (first) => this.client.listSessions(first),
      keep: (page, at) => this.cache.setSessionsFirstPage(page, at),
    })
  }

  /**
   * One session from the service; when the service cannot answer (offline, failing, the token
   * refused), the copy this app holds, so its page stays readable under the banner that says why.
   */
  async session(id: number): Promise<Session> {
    try {
      return await this.read(() => this.client.getSession(id))
    } catch (e) {
      const held = e instanceof ApiError && FALL_BACK_ON.has(e.kind) ? this.heldSession(id) : null
      if (held) return held
      throw e
    }
  }

  async orgasms(query: OrgasmListQuery): Promise<ChannelOutput<'orgasms:list'>> {
    if (!isFirstPage(query)) return this.foreground(() => this.client.listOrgasms(query))
    return this.firstPage(query.limit, {
      key: 'orgasms',
      scopes: ['orgasms'],
      cached: this.cache.orgasmsFirstPage(),
      fetch: (first) => this.client.listOrgasms(first),
      keep: (page, at) => this.cache.setOrgasmsFirstPage(page, at),
    })
  }

  orgasm(id: number) {
    return this.read(() => this.client.getOrgasm(id))
  }

  histories(query: HistoryListQuery) {
    return this.read(() => this.client.listHistories(query))
  }

  gamesChanges(query: GamesChangeListQuery) {
    return this.read(() => this.client.listGamesChanges(query))
  }

  /** The insight views asked for (insight.ts), from every session, orgasm and history row. */
  insight(query: InsightQuery): Promise<ChannelOutput<'insight:get'>> {
    return this.insightViews.get(query)
  }

  /** Every session, kept in the cache; fetched when first asked for, then refreshed in the background. */
  everySession(): Promise<Answer<Session[]>> {
    return this.readThrough(
      {
        key: 'everySession',
        scopes: ['sessions'],
        fetch: () => collect(this.client.iterateSessions()),
        keep: (value, fetchedAt) => this.cache.setEverySession(value, fetchedAt),
        single: false,
      },
      this.cache.everySession(),
    )
  }

  /** Every orgasm, kept in the cache like every session. */
  everyOrgasm(): Promise<Answer<Orgasm[]>> {
    return this.readThrough(
      {
        key: 'everyOrgasm',
        scopes: ['orgasms'],
        fetch: () => collect(this.client.iterateOrgasms()),
        keep: (value, fetchedAt) => this.cache.setEveryOrgasm(value, fetchedAt),
        single: false,
      },
      this.cache.everyOrgasm(),
    )
  }

  /**
   * A session's history rows: the cached ones, or fetched and not kept (a pass over every session
   * would otherwise push the sessions a view shows out of the cache).
   */
  async sessionHistory(sessionId: number): Promise<HistoryItem[]> {
    const log = this.cache.histories(sessionId)
    if (log.exists()) return log.all()
    const { items } = await this.read(() =>
      this.client.allHistories({ session: sessionId }, { maxItems: ALL_ROWS_CAP }),
    )
    return items
  }

  /** Every row of a session's history; unfiltered, from the cache (kept for the sessions shown). */
  /** The `count` newest rows of a session's history held here, newest first; null: none held. */
  newestHistory(sessionId: number, count: number): HistoryItem[] | null {
    const log = this.cache.histories(sessionId)
    return log.exists() ? log.newest(count) : null
  }

  async allHistories(
    query: Omit<HistoryListQuery, 'cursor' | 'limit'>,
  ): Promise<ChannelOutput<'histories:all'>> {
    if (Object.keys(query).some((k) => k !== 'session'))
      return this.foreground(() => this.client.allHistories(query, { maxItems: ALL_ROWS_CAP }))
    return this.sessionRows(HISTORIES, 'histories', query.session)
  }

  /** Every rule change of a session; with the raw configs and nothing filtered, from the cache. */
  async allGamesChanges(
    query: Omit<GamesChangeListQuery, 'cursor' | 'limit'>,
  ): Promise<ChannelOutput<'gamesChanges:all'>> {
    if (Object.keys(query).some((k) => k !== 'session' && k !== 'include_raw'))
      return this.foreground(() => this.client.allGamesChanges(query, { maxItems: ALL_ROWS_CAP }))
    return this.sessionRows(GAMES_CHANGES, 'gamesChanges', query.session)
  }

  /** What an export reads: the cache, and the service for what it does not hold. */
  exportSource(): ExportSource {
    return createExportSource({
      client: () => this.client,
      cache: this.cache,
      onFailure: (e) => this.noteReadFailure(e),
    })
  }

  // --- writes ---------------------------------------------------------------------------------

  createSession(input: CreateSessionInput) {
    return this.write(['sessions', 'active', 'stats'], () => this.client.createSession(input), {
      own: (created) => ({ kind: 'started', sessionId: created.id }),
    })
  }

  updateSession(id: number, patch: UpdateSessionInput) {
    const active = this.activeSession()
    const own = editedEndChange(id, patch, active?.id === id ? active : null, this.opts.timeZone)
    return this.write(['sessions', 'active'], () => this.client.updateSession(id, patch), {
      sessionId: id,
      own: () => own,
    })
  }

  stopSession(id: number, stop: StopSessionInput) {
    return this.write(['sessions', 'active', 'stats'], () => this.client.stopSession(id, stop), {
      sessionId: id,
      own: () => ({ kind: 'stopped', sessionId: id }),
    })
  }

  deleteSession(id: number) {
    return this.write(['sessions', 'stats'], () => this.client.deleteSession(id), { sessionId: id })
  }

  createOrgasms(input: CreateOrgasmInput) {
    return this.write(['orgasms', 'stats'], () => this.client.createOrgasms(input))
  }

  updateOrgasm(id: number, patch: UpdateOrgasmInput) {
    return this.write(['orgasms', 'stats'], () => this.client.updateOrgasm(id, patch))
  }

  deleteOrgasm(id: number) {
    return this.write(['orgasms', 'stats'], () => this.client.deleteOrgasm(id))
  }

  playGame(game: 'dice' | 'luck', session: number) {
    return this.write(['active', 'histories'], () => this.client.playGame({ game, dom: 0, session }), {
      sessionId: session,
      own: (result) => rolledChange(game, result),
    })
  }

  // --- how ------------------------------------------------------------------------------------

  private newClient(baseUrl: string, getToken: TransportOptions['getToken'] = () => this.tokens.lease()) {
    return this.opts.makeClient(baseUrl, getToken)
  }

  private heldSession(id: number): Session | null {
    const active = this.cache.getActiveSession()
    if (active?.id === id) return active
    return (
      this.cache.sessionsFirstPage()?.value.items.find((s) => s.id === id) ??
      this.cache.everySession()?.value.find((s) => s.id === id) ??
      null
    )
  }

  /** The one rule for polling: it runs while a token is held that the service has not refused. */
  private followToken(): void {
    if (this.stopped || !this.canFetch() || this.engine.isRunning()) return
    this.engine.resumeAfterToken()
  }

  private canFetch(): boolean {
    return this.tokens.current() !== null && this.tokens.status().state !== 'revoked'
  }

  private statsRefresh(): Refresh<Stats> {
    const tokenId = this.tokens.currentTokenId() ?? undefined
    return {
      key: 'stats',
      scopes: ['stats'],
      fetch: () => this.client.stats(),
      keep: (stats, at) => {
        this.cache.setStats(stats, at)
        this.tokens.markVerified(stats.nick, tokenId)
      },
      single: true,
    }
  }

  /** A list's first page, cut to `limit`: from the kept first page when it holds that many rows. */
  private async firstPage<P extends ListPage>(
    limit: number | undefined,
    list: Omit<Refresh<P>, 'fetch' | 'single'> & {
      cached: Cached<P> | null
      fetch: (query: { limit?: number }) => Promise<P>
    },
  ): Promise<P & { freshness: Freshness }> {
    const { cached, fetch, ...refresh } = list
    const page = cached && firstPageOf(cached.value, limit)
    // The larger of the pages asked for is kept, so a list and a chart both find theirs.
    const size = Math.max(limit ?? 0, cached?.value.limit ?? 0)
    const { value, freshness } = await this.readThrough<P>(
      { ...refresh, fetch: () => fetch(size > 0 ? { limit: size } : {}), single: true },
      cached && page ? { value: page, fetchedAt: cached.fetchedAt } : null,
    )
    return { ...(firstPageOf(value, limit) ?? value), freshness }
  }

  /** The cached answer, or (nothing cached yet) the service's, waited for and kept. */
  private async readThrough<T>(refresh: Refresh<T>, cached: Cached<T> | null): Promise<Answer<T>> {
    if (cached !== null) return { value: cached.value, freshness: this.freshness(refresh, cached.fetchedAt) }
    this.reads.set(refresh.key, { scopes: refresh.scopes, sessionId: refresh.sessionId })
    // Two views asking at once for what is not held yet share one fetch.
    const pending = this.firstReads.get(refresh.key) as Promise<Answer<T>> | undefined
    if (pending) return pending
    const first = this.read(refresh.fetch).then((value) => {
      const at = this.opts.now()
      if (!this.stopped) refresh.keep(value, at)
      return { value, freshness: current(at) }
    })
    this.firstReads.set(refresh.key, first)
    try {
      return await first
    } finally {
      this.firstReads.delete(refresh.key)
    }
  }

  /** How current a cached answer fetched at `fetchedAt` is; one not current is refreshed. */
  private freshness<T>(refresh: Refresh<T>, fetchedAt: number | null): Freshness {
    this.reads.set(refresh.key, { scopes: refresh.scopes, sessionId: refresh.sessionId })
    const upToDate =
      fetchedAt !== null && !this.invalid.has(refresh.key) && this.opts.now() - fetchedAt < FRESH_MS
    if (upToDate) return current(fetchedAt)
    return { fetchedAt, stale: true, refreshing: this.revalidate(refresh) }
  }

  /**
   * Starts a background refresh unless one runs, the token cannot be used, or the last one failed
   * moments ago; whether a refresh runs now.
   */
  private revalidate<T>(refresh: Refresh<T>): boolean {
    const { key } = refresh
    if (this.refreshes.has(key)) return true
    if (this.stopped || !this.canFetch()) return false
    const failed = this.failedAt.get(key)
    if (failed !== undefined && !this.invalid.has(key) && this.opts.now() - failed < RETRY_AFTER_FAILURE_MS)
      return false
    this.invalid.delete(key)
    const request = refresh.fetch()
    const run = (refresh.single ? this.engine.watch(request) : request)
      .then(
        (value) => {
          if (this.stopped) return
          refresh.keep(value, this.opts.now())
          this.failedAt.delete(key)
          // The service answers again: the sync need not wait for its next turn.
          if (this.engine.getState().offline) void this.engine.pollNow()
        },
        (e: unknown) => {
          this.failedAt.set(key, this.opts.now())
          this.noteReadFailure(e)
        },
      )
      .finally(() => {
        this.refreshes.delete(key)
        if (!this.stopped) this.send(refresh.scopes, refresh.sessionId)
      })
    this.refreshes.set(key, run)
    return true
  }

  /**
   * A session's rows. The active session's are kept current by the sync engine; another
   * session's are answered from the cache and brought up to date in the background; rows never
   * fetched are waited for, and kept.
   */
  private async sessionRows<T>(
    source: RowSource<T>,
    scope: 'histories' | 'gamesChanges',
    sessionId: number,
  ): Promise<{ items: T[]; complete: boolean; freshness: Freshness }> {
    const log = source.rows(this.cache, sessionId)
    const answer = (items: T[], freshness: Freshness) => ({
      items,
      complete: items.length < ALL_ROWS_CAP,
      freshness,
    })
    if (log.exists() && sessionId === this.activeSession()?.id) {
      const state = this.engine.getState()
      return answer(log.all(), {
        fetchedAt: state.lastSyncAt,
        stale: state.offline || state.lastError !== null,
        refreshing: state.syncing,
      })
    }
    const key = `${scope}:${sessionId}`
    const refresh: Refresh<T[]> = {
      key,
      scopes: [scope],
      sessionId,
      fetch: async () => (await syncRows(source, this.client, this.cache, sessionId, ALL_ROWS_CAP)).fresh,
      keep: (_fresh, at) => this.rowsCheckedAt.set(key, at),
      single: false,
    }
    if (log.exists()) return answer(log.all(), this.freshness(refresh, this.rowsCheckedAt.get(key) ?? null))
    const { value } = await this.readThrough(refresh, null)
    return answer(value, current(this.rowsCheckedAt.get(key) ?? this.opts.now()))
  }

  /** A read the cache cannot answer, waited for. */
  private async foreground<T extends object>(run: () => Promise<T>): Promise<T & { freshness: Freshness }> {
    const value = await this.read(run)
    return { ...value, freshness: current(this.opts.now()) }
  }

  /** A read that marks the token revoked on 401. */
  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (e) {
      this.noteReadFailure(e)
      throw e
    }
  }

  private noteReadFailure(e: unknown): void {
    if (!(e instanceof ApiError)) return
    if (e.kind === 'unauthorized') this.tokens.markRevoked(e.tokenId)
    if (e.kind === 'network' || e.kind === 'timeout') this.engine.markOffline()
  }

  /**
   * Every write: permission marks on the token, what it changed remembered as the app's own, then
   * a refresh of what it touched.
   */
  private async write<T>(
    scopes: Scope[],
    run: () => Promise<T>,
    about: { sessionId?: number; own?: (result: T) => OwnChange | null } = {},
  ): Promise<T> {
    const { sessionId } = about
    // Answers about a token replaced meanwhile say nothing about the one held now.
    const tokenId = this.tokens.currentTokenId() ?? undefined
    this.writing++
    try {
      const result = await run()
      const own = about.own?.(result) ?? null
      if (own !== null) this.own.remember(own)
      this.tokens.markWritable(tokenId)
      this.changed(scopes, sessionId)
      void this.engine.pollNow()
      return result
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'forbidden') this.tokens.markReadOnly(e.tokenId)
      if (e instanceof ApiError && e.kind === 'unauthorized') this.tokens.markRevoked(e.tokenId)
      throw e
    } finally {
      this.writing--
      if (this.writing === 0) this.releaseEvents()
    }
  }

  private syncEvents(events: readonly SyncEvent[]): void {
    this.held.push(...events)
    if (this.writing === 0) this.releaseEvents()
  }

  private releaseEvents(): void {
    const events = this.own.others(this.held)
    this.held = []
    if (events.length === 0) return
    for (const listener of this.eventListeners) {
      // A listener that fails must neither fail the write that released the events nor the others.
      try {
        listener(events)
      } catch (e) {
        this.opts.log(
          'error',
          `An events listener failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        )
      }
    }
  }

  /** Data changed on the service: the answers it touched are out of date, and the views are told. */
  private changed(scopes: readonly Scope[], sessionId?: number): void {
    for (const [key, read] of this.reads) {
      const aboutSession =
        sessionId === undefined || read.sessionId === undefined || read.sessionId === sessionId
      if (aboutSession && read.scopes.some((s) => scopes.includes(s))) this.invalid.add(key)
    }
    this.send(scopes, sessionId)
  }

  private send(scopes: readonly Scope[], sessionId?: number): void {
    this.opts.window.send('data:changed', {
      scopes: [...scopes],
      ...(sessionId !== undefined ? { sessionId } : {}),
    })
  }

  /** Once a sync succeeds again, answers whose refresh failed are tried again. */
  private afterRecovery(state: SyncState): void {
    if (state.offline || state.lastError !== null || this.failedAt.size === 0) return
    const scopes = new Set<Scope>()
    for (const key of this.failedAt.keys())
      for (const scope of this.reads.get(key)?.scopes ?? []) scopes.add(scope)
    this.failedAt.clear()
    this.send([...scopes])
  }
}
