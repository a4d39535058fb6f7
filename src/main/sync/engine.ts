/**
 * Keeps the app's picture of the account current with as few requests as possible.
 *
 * Each poll asks for the active session only (one request). Only when that answer differs from
 * what is cached (scheduled end, games, flags, another session) does it fetch the new history
 * rows and rules changes, newest first, page by page until it meets a row it already has
 * (sync/rows.ts). A session's full history is fetched once, then kept in the cache. What changed
 * becomes typed events; the first sync of a session is a baseline and reports nothing old as new.
 */
import type { Session } from '../../shared/api/schemas'
import { scheduledEnd } from '../../shared/api/time'
import type { SyncState } from '../../shared/ipc/contract'
import type { ApiClient } from '../api/client'
import { ApiError } from '../api/errors'
import type { SyncStatus } from '../store/cache'
import {
  endReachedEvent,
  eventsFromGamesChanges,
  eventsFromHistoryRows,
  sessionDeletedEvent,
  sessionStartedEvent,
  sessionStoppedEvent,
  type SyncEvent,
} from './events'
import { GAMES_CHANGES, HISTORIES, syncRows, type RowSource, type RowsCache, type SyncedRows } from './rows'

/** What the engine keeps between polls and across restarts. */
export interface SyncCache extends RowsCache {
  /** undefined: never synced; null: no active session. */
  getActiveSession(): Session | null | undefined
  setActiveSession(session: Session | null): void
  getSyncStatus(): SyncStatus
  setSyncStatus(status: SyncStatus): void
  /** Ends already reported as reached, so a restart does not report one again. */
  hasEndReached(id: string): boolean
  addEndReached(id: string): void
}

export interface SyncTimer {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The part of the API client the engine uses. */
export type SyncClient = Pick<
  ApiClient,
  'activeSession' | 'getSession' | 'iterateHistories' | 'iterateGamesChanges'
>

export interface SyncEngineOptions {
  client: () => SyncClient
  cache: SyncCache
  timer: SyncTimer
  /** The server's clock (this machine's corrected by the Date header). */
  now: () => number
  /** Seconds between polls while a session is active, and while none is. */
  intervals: () => { activeSeconds: number; idleSeconds: number }
  /** Called on 401: the token stopped working. */
  onUnauthorized: (error: ApiError) => void
  /**
   * How long one request may take: a poll not answered by then shows the app offline at once,
   * while the request's retries go on.
   */
  requestTimeoutMs: number
  /** Longest history fetched for one session. */
  maxHistoryRows?: number
  log?: (level: 'info' | 'warn' | 'error', message: string) => void
}

export type DataScope = 'active' | 'histories' | 'gamesChanges' | 'stats' | 'sessions'

export interface SyncListeners {
  events: (events: SyncEvent[]) => void
  state: (state: SyncState) => void
  data: (scopes: DataScope[], sessionId?: number) => void
}

const BACKOFF_STEPS_S = [15, 30, 60, 120, 300]

/** Fields whose change means the history or the rules may have moved. */
function fingerprint(s: Session): { schedule: string; games: string; flags: string } {
  return {
    schedule: String(s.scheduledend),
    games: JSON.stringify(s.games ?? null),
    flags: `${String(s.has_history)}:${String(s.has_games_changes)}`,
  }
}

export class SyncEngine {
  private readonly listeners: Partial<{ [K in keyof SyncListeners]: SyncListeners[K][] }> = {}
  private readonly opts: Required<SyncEngineOptions>
  private timerHandle: unknown = null
  private endTimerHandle: unknown = null
  private running = false
  private inFlight: Promise<void> | null = null
  private failures = 0
  private state: SyncState

  constructor(options: SyncEngineOptions) {
    this.opts = { maxHistoryRows: 100_000, log: () => undefined, ...options }
    const status = options.cache.getSyncStatus()
    this.state = {
      lastSyncAt: status.lastSyncAt,
      lastError: status.lastError,
      offline: false,
      syncing: false,
      stoppedForToken: false,
    }
  }

  on<K extends keyof SyncListeners>(kind: K, listener: SyncListeners[K]): () => void {
    const list = (this.listeners[kind] ??= []) as SyncListeners[K][]
    list.push(listener)
    return () => {
      const i = list.indexOf(listener)
      if (i >= 0) list.splice(i, 1)
    }
  }

  /**
   * Tells every listener; one that throws is logged and does not fail the sync, so what the
   * sync learned is kept and the other listeners still hear of it.
   */
  private emit<K extends keyof SyncListeners>(kind: K, ...args: Parameters<SyncListeners[K]>): void {
    for (const listener of this.listeners[kind] ?? []) {
      try {
        ;(listener as (...a: Parameters<SyncListeners[K]>) => void)(...args)
      } catch (e) {
        this.opts.log(
          'error',
          `A ${kind} listener failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        )
      }
    }
  }

  getState(): SyncState {
    return this.state
  }

  patchState(patch: Partial<SyncState>): void {
    this.state = { ...this.state, ...patch }
    this.emit('state', this.state)
  }

  /** Starts polling (at once). */
  start(): void {
    this.running = true
    this.patchState({ stoppedForToken: false })
    void this.pollNow()
  }

  /** Stops polling; the returned promise ends with a poll that was already under way. */
  stop(): Promise<void> {
    this.running = false
    this.clearTimers()
    return this.inFlight ?? Promise.resolve()
  }

  isRunning(): boolean {
    return this.running
  }

  /** The service cannot be reached: shown at once; the next poll's outcome decides again. */
  markOffline(): void {
    if (!this.state.offline) this.patchState({ offline: true })
  }

  /**
   * Waits for a request; one not answered within a request timeout shows the app offline at once
   * (its retries go on).
   */
  async watch<T>(request: Promise<T>): Promise<T> {
    const late = this.opts.timer.setTimeout(() => this.markOffline(), this.opts.requestTimeoutMs)
    try {
      return await request
    } finally {
      this.opts.timer.clearTimeout(late)
    }
  }

  /** A poll right away (start, resume from sleep, network back, the user asked). */
  pollNow(): Promise<void> {
    if (this.inFlight) return this.inFlight
    if (!this.running) return Promise.resolve()
    this.clearTimer()
    this.inFlight = this.poll().finally(() => {
      this.inFlight = null
    })
    return this.inFlight
  }

  /** After a new token is set, polling starts again. */
  resumeAfterToken(): void {
    this.failures = 0
    this.start()
  }

  private clearTimer(): void {
    if (this.timerHandle !== null) this.opts.timer.clearTimeout(this.timerHandle)
    this.timerHandle = null
  }

  private clearTimers(): void {
    this.clearTimer()
    if (this.endTimerHandle !== null) this.opts.timer.clearTimeout(this.endTimerHandle)
    this.endTimerHandle = null
  }

  private schedule(seconds: number): void {
    this.clearTimer()
    if (!this.running) return
    this.timerHandle = this.opts.timer.setTimeout(() => {
      this.timerHandle = null
      void this.pollNow()
    }, seconds * 1000)
  }

  private nextInterval(): number {
    const { activeSeconds, idleSeconds } = this.opts.intervals()
    return this.opts.cache.getActiveSession() ? activeSeconds : idleSeconds
  }

  private async poll(): Promise<void> {
    this.patchState({ syncing: true })
    try {
      const events = await this.syncOnce()
      if (this.state.lastError !== null) this.opts.log('info', 'Sync works again')
      this.failures = 0
      const now = this.opts.now()
      this.opts.cache.setSyncStatus({ lastSyncAt: now, lastError: null })
      this.patchState({ syncing: false, offline: false, lastSyncAt: now, lastError: null })
      if (events.length > 0) this.emit('events', events)
      this.schedule(this.nextInterval())
    } catch (e) {
      this.handleFailure(e)
      // A poll on resume often fails while the network comes back; an end passed during the
      // sleep is known from the cache alone and must not wait for the service.
      if (this.running) this.emitEndReachedFromCache()
    }
  }

  private emitEndReachedFromCache(): void {
    const cached = this.opts.cache.getActiveSession() ?? null
    const now = this.opts.now()
    const events = this.checkEndReached(cached, now)
    if (events.length === 0) return
    this.armEndTimer(cached, now)
    this.emit('events', events)
  }

  private handleFailure(e: unknown): void {
    const err =
      e instanceof ApiError ? e : new ApiError({ kind: 'internal', message: 'The sync failed unexpectedly.' })
    const lastError = err.message
    // Once per kind of trouble: a server that stays down must not fill the log file.
    if (lastError !== this.state.lastError) this.opts.log('warn', `Sync failed (${err.kind}): ${lastError}`)
    this.opts.cache.setSyncStatus({ lastSyncAt: this.state.lastSyncAt, lastError })
    if (err.kind === 'unauthorized' || err.kind === 'noToken') {
      // Hammering with a revoked token helps nobody: wait for a new one.
      this.running = false
      this.clearTimers()
      this.patchState({ syncing: false, stoppedForToken: true, lastError })
      if (err.kind === 'unauthorized') this.opts.onUnauthorized(err)
      return
    }
    this.failures++
    const offline = err.kind === 'network' || err.kind === 'timeout'
    this.patchState({ syncing: false, offline, lastError })
    const step = BACKOFF_STEPS_S[Math.min(this.failures - 1, BACKOFF_STEPS_S.length - 1)] ?? 300
    const wait = Math.max(step, err.retryAfterSeconds ?? 0)
    this.schedule(Math.min(wait, Math.max(this.nextInterval(), err.retryAfterSeconds ?? 0)))
  }

  /** One sync: what changed since the cached state, as events. */
  private async syncOnce(): Promise<SyncEvent[]> {
    const client = this.opts.client()
    const cache = this.opts.cache
    const before = cache.getActiveSession()
    const current = await this.watch(client.activeSession())
    const now = this.opts.now()
    const events: SyncEvent[] = []
    const scopes = new Set<DataScope>()

    if (before && (!current || current.id !== before.id)) {
      // The cached session ended elsewhere: stopped, or deleted.
      const gone = await client.getSession(before.id).then(
        () => false,
        (e: unknown) => {
          if (e instanceof ApiError && e.kind === 'notFound') return true
          throw e
        },
      )
      events.push(gone ? sessionDeletedEvent(before.id, now) : sessionStoppedEvent(before.id, now))
      scopes.add('sessions').add('stats')
      if (!gone) {
        // Rows written since the last poll (a last roll, the stop) stay with the session it kept.
        if ((await this.syncRowsIf(HISTORIES, before.id, true))?.fresh.length) scopes.add('histories')
        if ((await this.syncRowsIf(GAMES_CHANGES, before.id, true))?.fresh.length) scopes.add('gamesChanges')
      }
    }

    if (current) {
      const isNew = !before || before.id !== current.id
      if (isNew && before !== undefined) {
        events.push(sessionStartedEvent(current.id, scheduledEnd(current), now))
        scopes.add('sessions').add('stats')
      }
      const was = before && !isNew ? fingerprint(before) : null
      const is = fingerprint(current)
      const moved = !was || was.flags !== is.flags
      const history = await this.syncRowsIf(HISTORIES, current.id, moved || was.schedule !== is.schedule)
      if (history) {
        // A session seen for the first time is a baseline: its past rows are not news.
        if (!history.firstTime && before) {
          events.push(
            ...eventsFromHistoryRows(
              current.id,
              before.id === current.id ? scheduledEnd(before) : null,
              scheduledEnd(current),
              history.fresh,
              now,
            ),
          )
        }
        scopes.add('histories')
      }
      const changes = await this.syncRowsIf(GAMES_CHANGES, current.id, moved || was.games !== is.games)
      if (changes) {
        if (!changes.firstTime && before) events.push(...eventsFromGamesChanges(current.id, changes.fresh))
        scopes.add('gamesChanges')
      }
      if (!was || JSON.stringify(before) !== JSON.stringify(current)) scopes.add('active')
    } else if (before !== null) {
      scopes.add('active')
    }

    cache.setActiveSession(current)
    events.push(...this.checkEndReached(current, now))
    this.armEndTimer(current, now)
    if (scopes.size > 0) this.emit('data', [...scopes], current?.id)
    return events
  }

  /** A session's new rows when something moved, or when none were ever fetched; null when skipped. */
  private async syncRowsIf<T>(
    source: RowSource<T>,
    sessionId: number,
    changed: boolean,
  ): Promise<SyncedRows<T> | null> {
    if (!changed && source.rows(this.opts.cache, sessionId).exists()) return null
    return syncRows(source, this.opts.client(), this.opts.cache, sessionId, this.opts.maxHistoryRows)
  }

  private checkEndReached(session: Session | null, now: number): SyncEvent[] {
    const end = session ? scheduledEnd(session) : null
    if (!session || end === null || now < end) return []
    const event = endReachedEvent(session.id, end, now)
    if (this.opts.cache.hasEndReached(event.id)) return []
    this.opts.cache.addEndReached(event.id)
    return [event]
  }

  /** A timer at the scheduled end, so "time is up" does not wait for the next poll. */
  private armEndTimer(session: Session | null, now: number): void {
    if (this.endTimerHandle !== null) this.opts.timer.clearTimeout(this.endTimerHandle)
    this.endTimerHandle = null
    const end = session ? scheduledEnd(session) : null
    // Stopped while a poll was in flight: the poll must not leave a timer behind.
    if (!this.running || !session || end === null || end <= now) return
    // Timers drift over sleep; cap the wait so the check is redone at least hourly.
    const wait = Math.min(end - now + 500, 3_600_000)
    this.endTimerHandle = this.opts.timer.setTimeout(() => {
      this.endTimerHandle = null
      const at = this.opts.now()
      const events = this.checkEndReached(session, at)
      if (events.length > 0) this.emit('events', events)
      else this.armEndTimer(session, at)
    }, wait)
  }
}
