import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/main/api/errors'
import type { PagingOptions } from '../../../src/main/api/pagination'
import type { SyncEvent } from '../../../src/main/sync/events'
import { DataCache } from '../../../src/main/store/cache'
import { SyncEngine, type SyncClient } from '../../../src/main/sync/engine'
import {
  gamesChangeItem,
  historyItem,
  session as sessionSchema,
  type GamesChangeItem,
  type HistoryItem,
  type Session,
} from '../../../src/shared/api/schemas'
import { formatUtc } from '../../../src/shared/api/time'
import type { SyncState } from '../../../src/shared/ipc/contract'
import { FakeClock } from '../../support/fake-clock'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

const REQUEST_TIMEOUT = 15 * S

/** Saturday 7 Feb 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 1, 7, 12, 0)

// ---------------------------------------------------------------------------------------------
// A hand-written stand-in for the account behind the API: the engine, not the client, is tested.

interface Deferred {
  promise: Promise<void>
  release: () => void
}

function deferred(): Deferred {
  let release = () => {}
  const promise = new Promise<void>((resolve) => {
    release = resolve
  })
  return { promise, release }
}

class FakeAccount implements SyncClient {
  active: Session | null = null
  /** Sessions that still exist (getSession answers them; others are 404). */
  readonly sessions = new Map<number, Session>()
  /** Newest first, as the API lists them. */
  readonly histories = new Map<number, HistoryItem[]>()
  readonly changes = new Map<number, GamesChangeItem[]>()
  /** Errors the next calls of activeSession throw, in order. */
  readonly failures: ApiError[] = []
  /** While set, activeSession waits for it: a poll in flight. */
  gate: Deferred | null = null
  readonly requests: string[] = []

  setActive(s: Session | null): void {
    this.active = s
    if (s) this.sessions.set(s.id, s)
  }

  async activeSession(): Promise<Session | null> {
    this.requests.push('active')
    if (this.gate) await this.gate.promise
    const failure = this.failures.shift()
    if (failure) throw failure
    return this.active
  }

  async getSession(id: number): Promise<Session> {
    this.requests.push(`session ${id}`)
    const found = this.sessions.get(id)
    if (!found) throw new ApiError({ kind: 'notFound', status: 404, message: 'Not found.' })
    return found
  }

  iterateHistories(query: { session?: number }, paging: PagingOptions = {}) {
    return this.pages('histories', this.histories.get(query.session ?? -1) ?? [], paging)
  }

  iterateGamesChanges(query: { session?: number }, paging: PagingOptions = {}) {
    return this.pages('changes', this.changes.get(query.session ?? -1) ?? [], paging)
  }

  private async *pages<T>(
    name: string,
    rows: T[],
    paging: PagingOptions,
  ): AsyncGenerator<T[], void, undefined> {
    const size = paging.pageSize ?? 200
    for (let i = 0; i === 0 || i < rows.length; i += size) {
      this.requests.push(name)
      yield rows.slice(i, i + size)
    }
  }
}

/** The real cache, in a folder of its own for each test. */
const dirs: string[] = []
function openCache(dir?: string): DataCache {
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'ct-engine-'))
  if (!dirs.includes(folder)) dirs.push(folder)
  return new DataCache({ dir: folder, now: () => NOW })
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function session(id: number, end: number | null, over: Record<string, unknown> = {}): Session {
  return sessionSchema.parse({
    id,
    start: formatUtc(NOW - 5 * D),
    end: null,
    scheduledend: end === null ? null : formatUtc(end),
    active: 1,
    has_history: 1,
    has_games_changes: 1,
    ...over,
  })
}

function historyRow(sessionId: number, happened: number, seconds: number, schedule: number): HistoryItem {
  return historyItem.parse({
    session: sessionId,
    type: 'ADD',
    unit: seconds,
    source: 'DICE',
    dom: 0,
    schedule: formatUtc(schedule),
    happened: formatUtc(happened),
  })
}

function rulesRow(sessionId: number, happened: number, id: number): GamesChangeItem {
  return gamesChangeItem.parse({
    id,
    session: sessionId,
    game: 'LINK',
    action: 'UPDATE',
    dom_nick: 'Mistress',
    happened: formatUtc(happened),
    changes: [{ label: 'waitint', from: 5, to: 7 }],
  })
}

const networkError = () =>
  new ApiError({ kind: 'network', message: 'Chastity Tracker could not be reached.' })

/** Lets every pending promise of the fake account run to its end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
}

const engines: SyncEngine[] = []
afterEach(() => {
  while (engines.length > 0) void engines.pop()!.stop()
})

function setup(
  over: {
    account?: FakeAccount
    cache?: DataCache
    clock?: FakeClock
    activeSeconds?: number
    idleSeconds?: number
  } = {},
) {
  const account = over.account ?? new FakeAccount()
  const cache = over.cache ?? openCache()
  const clock = over.clock ?? new FakeClock(NOW)
  const events: SyncEvent[] = []
  const states: SyncState[] = []
  const data: string[][] = []
  let unauthorized = 0
  const engine = new SyncEngine({
    client: () => account,
    cache,
    timer: clock,
    now: clock.now,
    intervals: () => ({ activeSeconds: over.activeSeconds ?? 60, idleSeconds: over.idleSeconds ?? 900 }),
    requestTimeoutMs: REQUEST_TIMEOUT,
    onUnauthorized: () => unauthorized++,
  })
  engines.push(engine)
  engine.on('events', (batch) => events.push(...batch))
  engine.on('state', (state) => states.push(state))
  engine.on('data', (scopes) => data.push(scopes))
  const activeRequests = () => account.requests.filter((r) => r === 'active').length
  /** Lets `ms` pass on the clock, settling the polls its timers start. */
  const pass = async (ms: number, step = S) => {
    for (let done = 0; done < ms; done += step) {
      clock.advance(Math.min(step, ms - done))
      await settle()
    }
  }
  return {
    account,
    cache,
    clock,
    engine,
    events,
    states,
    data,
    activeRequests,
    pass,
    unauthorized: () => unauthorized,
  }
}

/** An account with an active session: no scheduled end unless given, one row, one rule change. */
function lockedAccount(end: number | null = null): FakeAccount {
  const account = new FakeAccount()
  account.setActive(session(7, end))
  account.histories.set(7, [historyRow(7, NOW - D, 3600, NOW + D)])
  account.changes.set(7, [rulesRow(7, NOW - 2 * D, 1)])
  return account
}

// ---------------------------------------------------------------------------------------------

describe('sync engine: cadence', () => {
  it('polls every activeSeconds while a session is active', async () => {
    const t = setup({ account: lockedAccount() })
    t.engine.start()
    await settle()
    expect(t.activeRequests()).toBe(1)
    expect(t.clock.pendingTimers()).toEqual([60 * S])
    await t.pass(10 * M, 10 * S)
    expect(t.activeRequests()).toBe(11)
    expect(t.clock.pendingTimers()).toEqual([60 * S])
  })

  it('polls every idleSeconds when no session is active, and switches with the session', async () => {
    const t = setup()
    t.engine.start()
    await settle()
    expect(t.clock.pendingTimers()).toEqual([900 * S])
    await t.pass(30 * M, 10 * S)
    expect(t.activeRequests()).toBe(3)

    t.account.setActive(session(7, null))
    await t.engine.pollNow()
    expect(t.clock.pendingTimers()).toEqual([60 * S])
    t.account.setActive(null)
    await t.engine.pollNow()
    expect(t.clock.pendingTimers()).toEqual([900 * S])
  })

  it('does not start a second poll while one is in flight', async () => {
    const t = setup({ account: lockedAccount() })
    t.account.gate = deferred()
    t.engine.start()
    const first = t.engine.pollNow()
    const second = t.engine.pollNow()
    expect(second).toBe(first)
    await settle()
    expect(t.activeRequests()).toBe(1)
    expect(t.engine.getState().syncing).toBe(true)
    t.account.gate.release()
    t.account.gate = null
    await first
    expect(t.activeRequests()).toBe(1)
    expect(t.engine.getState().syncing).toBe(false)
    expect(t.clock.pendingTimers()).toEqual([60 * S])
  })

  it('a poll asked for replaces the scheduled one instead of adding to it', async () => {
    const t = setup({ account: lockedAccount() })
    t.engine.start()
    await settle()
    t.clock.advance(40 * S)
    await t.engine.pollNow()
    expect(t.clock.pendingTimers()).toEqual([60 * S])
    await t.pass(59 * S)
    expect(t.activeRequests()).toBe(2)
  })

  it('does nothing before start and after stop', async () => {
    const t = setup({ account: lockedAccount(NOW + D) })
    await t.engine.pollNow()
    expect(t.activeRequests()).toBe(0)
    t.engine.start()
    await settle()
    void t.engine.stop()
    expect(t.clock.pendingTimers()).toEqual([])
    await t.engine.pollNow()
    await t.pass(2 * H, M)
    expect(t.activeRequests()).toBe(1)
  })

  it('arms no timer when stopped while a poll is in flight', async () => {
    const t = setup({ account: lockedAccount(NOW + D) })
    t.account.gate = deferred()
    t.engine.start()
    const poll = t.engine.pollNow()
    void t.engine.stop()
    t.account.gate.release()
    await poll
    expect(t.clock.pendingTimers()).toEqual([])
  })
})

describe('sync engine: errors', () => {
  it('backs off 15 s, 30 s, 60 s ... but never beyond the interval, then returns to it', async () => {
    const t = setup({ idleSeconds: 900 })
    t.account.failures.push(...Array.from({ length: 7 }, networkError))
    t.engine.start()
    await settle()
    const waits: number[] = []
    for (let i = 0; i < 7; i++) {
      const [wait] = t.clock.pendingTimers()
      expect(t.clock.pendingTimers()).toHaveLength(1)
      waits.push(wait ?? -1)
      await t.pass(wait ?? 0, wait ?? 0)
    }
    expect(waits).toEqual([15, 30, 60, 120, 300, 300, 300].map((s) => s * S))
    expect(t.engine.getState()).toMatchObject({ offline: false, lastError: null })
    expect(t.clock.pendingTimers()).toEqual([900 * S])
  })

  it('caps the back-off at a short interval', async () => {
    const t = setup({ account: lockedAccount(), activeSeconds: 20 })
    t.engine.start()
    await settle()
    t.account.failures.push(networkError(), networkError(), networkError())
    const waits: number[] = []
    for (let i = 0; i < 3; i++) {
      await t.engine.pollNow()
      waits.push(...t.clock.pendingTimers())
    }
    expect(waits).toEqual([15 * S, 20 * S, 20 * S])
    expect(t.engine.getState()).toMatchObject({ offline: true })
    expect(t.engine.getState().lastError).toMatch(/could not be reached/)
  })

  it('honours Retry-After on 429, even beyond the interval', async () => {
    const t = setup({ account: lockedAccount() })
    t.account.failures.push(
      new ApiError({
        kind: 'rateLimited',
        status: 429,
        retryable: true,
        retryAfterSeconds: 120,
        message: 'Slow down.',
      }),
    )
    t.engine.start()
    await settle()
    expect(t.clock.pendingTimers()).toEqual([120 * S])
    expect(t.engine.getState()).toMatchObject({ offline: false, lastError: 'Slow down.' })
    await t.pass(119 * S)
    expect(t.activeRequests()).toBe(1)
    await t.pass(S)
    expect(t.activeRequests()).toBe(2)
    expect(t.clock.pendingTimers()).toEqual([60 * S])
  })

  it('stops polling entirely on 401 and starts again with a new token', async () => {
    const t = setup({ account: lockedAccount(NOW + 3 * H) })
    t.engine.start()
    await settle()
    expect(t.clock.pendingTimers().length).toBeGreaterThan(0)

    t.account.failures.push(new ApiError({ kind: 'unauthorized', status: 401, message: 'Token refused.' }))
    await t.engine.pollNow()
    expect(t.unauthorized()).toBe(1)
    expect(t.engine.getState()).toMatchObject({
      stoppedForToken: true,
      syncing: false,
      lastError: 'Token refused.',
    })
    expect(t.clock.pendingTimers()).toEqual([])
    await t.engine.pollNow()
    await t.pass(D, H)
    expect(t.activeRequests()).toBe(2)
    expect(t.unauthorized()).toBe(1)

    t.engine.resumeAfterToken()
    await settle()
    expect(t.activeRequests()).toBe(3)
    expect(t.engine.getState()).toMatchObject({ stoppedForToken: false, lastError: null })
    expect(t.clock.pendingTimers()).toContain(60 * S)
  })

  it('a poll not answered within a request timeout shows the app offline at once, until it succeeds', async () => {
    const t = setup({ account: lockedAccount() })
    t.engine.start()
    await settle()
    t.account.gate = deferred()
    const poll = t.engine.pollNow()
    await t.pass(REQUEST_TIMEOUT - S)
    expect(t.engine.getState()).toMatchObject({ offline: false, syncing: true })
    await t.pass(S)
    expect(t.engine.getState()).toMatchObject({ offline: true, syncing: true })
    t.account.gate.release()
    await poll
    expect(t.engine.getState()).toMatchObject({ offline: false, syncing: false, lastError: null })
  })

  it('after a 401 the back-off starts again from 15 s', async () => {
    const t = setup()
    t.account.failures.push(networkError(), networkError(), networkError())
    t.engine.start()
    await settle()
    await t.engine.pollNow()
    await t.engine.pollNow()
    t.account.failures.length = 0
    t.account.failures.push(new ApiError({ kind: 'unauthorized', status: 401, message: 'Token refused.' }))
    await t.engine.pollNow()
    t.account.failures.push(networkError())
    t.engine.resumeAfterToken()
    await settle()
    expect(t.clock.pendingTimers()).toEqual([15 * S])
  })
})

describe('sync engine: what changed', () => {
  it('takes the first sync as a baseline: nothing old is reported', async () => {
    const t = setup({ account: lockedAccount(NOW + D) })
    t.engine.start()
    await settle()
    expect(t.events).toEqual([])
    expect(t.cache.histories(7).all()).toHaveLength(1)
    expect(t.cache.gamesChanges(7).all()).toHaveLength(1)
    expect(t.cache.getActiveSession()?.id).toBe(7)
    expect(t.data.at(-1)).toEqual(expect.arrayContaining(['active', 'histories', 'gamesChanges']))
    expect(t.engine.getState().lastSyncAt).toBe(NOW)
  })

  it('costs one request when nothing changed', async () => {
    const t = setup({ account: lockedAccount(NOW + D) })
    t.engine.start()
    await settle()
    const before = t.account.requests.length
    await t.engine.pollNow()
    await t.engine.pollNow()
    expect(t.account.requests.slice(before)).toEqual(['active', 'active'])
    expect(t.events).toEqual([])
  })

  it('reports a new history row as scheduleMoved, fetching only the histories', async () => {
    const t = setup({ account: lockedAccount(NOW + D) })
    t.engine.start()
    await settle()
    const newEnd = NOW + D + H
    t.account.histories.get(7)!.unshift(historyRow(7, NOW + 30 * S, 3600, newEnd))
    t.account.setActive(session(7, newEnd))
    const before = t.account.requests.length
    t.clock.advance(M)
    await settle()
    expect(t.account.requests.slice(before)).toEqual(['active', 'histories'])
    expect(t.events).toEqual([
      expect.objectContaining({
        kind: 'scheduleMoved',
        sessionId: 7,
        previousEnd: NOW + D,
        newEnd,
        rows: [expect.objectContaining({ type: 'ADD', seconds: 3600, source: 'DICE' })],
      }),
    ])
    expect(t.cache.histories(7).all()).toHaveLength(2)
  })

  it('reports a rules change', async () => {
    const t = setup({ account: lockedAccount(NOW + D) })
    t.engine.start()
    await settle()
    t.account.changes.get(7)!.unshift(rulesRow(7, NOW + 10 * S, 2))
    t.account.setActive(session(7, NOW + D, { games: { link: { waitint: 7 } } }))
    await t.engine.pollNow()
    expect(t.events).toEqual([
      expect.objectContaining({ kind: 'rulesChanged', game: 'LINK', domNick: 'Mistress' }),
    ])
  })

  it('reports another session as stopped and started', async () => {
    const t = setup({ account: lockedAccount() })
    t.engine.start()
    await settle()
    t.account.setActive(session(8, NOW + D))
    await t.engine.pollNow()
    expect(t.events.map((e) => e.id)).toEqual(['stopped:7', 'started:8'])
    expect(t.account.requests).toContain('session 7')
  })

  it('reports a session gone with a 404 as deleted', async () => {
    const t = setup({ account: lockedAccount() })
    t.engine.start()
    await settle()
    t.account.sessions.delete(7)
    t.account.setActive(session(8, null))
    await t.engine.pollNow()
    expect(t.events.map((e) => e.id)).toEqual(['deleted:7', 'started:8'])
  })

  it('reports a session stopped on the website, with none active after it', async () => {
    const t = setup({ account: lockedAccount() })
    t.engine.start()
    await settle()
    t.account.setActive(null)
    await t.engine.pollNow()
    expect(t.events.map((e) => e.id)).toEqual(['stopped:7'])
    expect(t.clock.pendingTimers()).toEqual([900 * S])
  })
})

describe('sync engine: the scheduled end', () => {
  it('reports the end once, from its own timer, without waiting for a poll', async () => {
    const end = NOW + 10 * M
    const t = setup({ account: lockedAccount(end), activeSeconds: 3600 })
    t.engine.start()
    await settle()
    expect(t.events).toEqual([])
    await t.pass(10 * M + S)
    expect(t.activeRequests()).toBe(1)
    expect(t.events).toEqual([
      expect.objectContaining({ kind: 'endReached', id: `endReached:7:${end}`, scheduledEnd: end }),
    ])
    await t.pass(3 * H, M)
    expect(t.activeRequests()).toBeGreaterThan(1)
    expect(t.events.filter((e) => e.kind === 'endReached')).toHaveLength(1)
  })

  it('does not report a reached end again after a restart', async () => {
    const end = NOW + 10 * M
    const account = lockedAccount(end)
    const cache = openCache()
    const first = setup({ account, cache })
    first.engine.start()
    await first.pass(11 * M, 10 * S)
    expect(first.events.map((e) => e.kind)).toEqual(['endReached'])
    void first.engine.stop()

    // A new process on the same folder.
    const second = setup({
      account,
      cache: openCache(dirs.at(-1)),
      clock: new FakeClock(first.clock.now()),
    })
    second.engine.start()
    await second.pass(H, M)
    expect(second.events).toEqual([])
  })

  it('reports an end moved later and reached again', async () => {
    const end = NOW + 10 * M
    const t = setup({ account: lockedAccount(end) })
    t.engine.start()
    await t.pass(11 * M, 10 * S)
    const later = end + H
    t.account.setActive(session(7, later))
    t.account.histories.get(7)!.unshift(historyRow(7, NOW + 11 * M, 3600, later))
    await t.pass(H, 10 * S)
    expect(t.events.filter((e) => e.kind === 'endReached').map((e) => e.id)).toEqual([
      `endReached:7:${end}`,
      `endReached:7:${later}`,
    ])
  })

  it('re-arms the end timer at most hourly while the end is far', async () => {
    const t = setup({ account: lockedAccount(NOW + 3 * D), activeSeconds: (2 * D) / S })
    t.engine.start()
    await settle()
    // The poll timer (two days) and the end timer (capped at an hour).
    expect(t.clock.pendingTimers()).toEqual([H, 2 * D])
    await t.pass(10 * H, M)
    expect(t.clock.fired).toBe(10)
    expect(t.activeRequests()).toBe(1)
    expect(t.events).toEqual([])
  })

  it('reports an end passed during sleep when the poll on resume cannot reach the service', async () => {
    const end = NOW + 30 * M
    const t = setup({ account: lockedAccount(end) })
    t.engine.start()
    await settle()
    t.clock.jump(8 * H)
    t.account.failures.push(networkError())
    await t.engine.pollNow()
    expect(t.engine.getState().offline).toBe(true)
    expect(t.events).toEqual([expect.objectContaining({ kind: 'endReached', scheduledEnd: end })])
    // Once is enough, whatever the later polls find.
    await t.engine.pollNow()
    expect(t.events).toHaveLength(1)
  })

  it('keeps no end timer without a scheduled end, or once it is reached', async () => {
    const t = setup({ account: lockedAccount(null) })
    t.engine.start()
    await settle()
    expect(t.clock.pendingTimers()).toEqual([60 * S])
    t.account.setActive(session(7, NOW - M))
    await t.engine.pollNow()
    expect(t.events.map((e) => e.kind)).toContain('endReached')
    expect(t.clock.pendingTimers()).toEqual([60 * S])
  })
})

describe('sync engine: listeners', () => {
  it('a listener that throws is logged; the sync still succeeds and the other listeners hear of it', async () => {
    const account = lockedAccount()
    const cache = openCache()
    const clock = new FakeClock(NOW)
    const logged: string[] = []
    const engine = new SyncEngine({
      client: () => account,
      cache,
      timer: clock,
      now: clock.now,
      intervals: () => ({ activeSeconds: 60, idleSeconds: 900 }),
      requestTimeoutMs: REQUEST_TIMEOUT,
      onUnauthorized: () => undefined,
      log: (_level, message) => logged.push(message),
    })
    engines.push(engine)
    const heard: string[][] = []
    engine.on('data', () => {
      throw new Error('broken listener')
    })
    engine.on('data', (scopes) => heard.push(scopes))
    engine.start()
    await settle()
    expect(heard).toHaveLength(1)
    expect(logged.join('\n')).toMatch(/data listener failed: Error: broken listener/)
    expect(engine.getState().lastError).toBeNull()
    expect(engine.getState().lastSyncAt).toBe(NOW)
  })
})
