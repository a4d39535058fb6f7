/**
 * The data service through the real core (the harness, no browser) against the emulator over
 * HTTP: reads answer from the cache at once and refresh in the background, the app knows it is
 * offline within one request timeout, and the cache on disk changes only by what is new.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EventName } from '../../../src/shared/ipc/contract'
import type { FakeApi } from '../../../tools/fake-api/server'
import {
  app,
  clearFaults,
  closeNow,
  control,
  emulator,
  setFaults,
  settle,
  sleep,
  type FaultApp as App,
} from '../../faults/support'

const HOUR = 3_600_000

/** Waits for `check` to hold, polling; fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  for (const started = Date.now(); !check(); await sleep(5)) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`)
  }
}

/** The events the window is sent from now on. */
function events(a: App): { name: EventName; payload: unknown }[] {
  const seen: { name: EventName; payload: unknown }[] = []
  a.harness.platform.window.subscribe((name, payload) => seen.push({ name, payload }))
  return seen
}

const changed = (seen: { name: EventName; payload: unknown }[], scope: string) =>
  seen.some((e) => e.name === 'data:changed' && (e.payload as { scopes: string[] }).scopes.includes(scope))

/** An hour passes on the service's clock: everything the app holds is no longer current. */
async function anHourLater(a: App, api: FakeApi): Promise<void> {
  await control(api, 'clock', { advanceMs: HOUR })
  for (let i = 0; i < 5 && a.harness.core.clockOffsetMs() < HOUR - 2000; i++) {
    await a.call('sync:refresh')
  }
  expect(a.harness.core.clockOffsetMs()).toBeGreaterThan(HOUR - 2000)
}

/** API requests made since `start` that have not been answered yet. */
const stillOpen = (api: FakeApi, start: number) =>
  api.requestLog.slice(start).filter((r) => r.status === 0 && r.durationMs === 0)

const endpoint = (path: string) => path.split('/').pop() ?? path

describe('reads answer from the cache at once', () => {
  it('with the service stalled, the overview, stats and sessions answer while their refresh is still open', async () => {
    const api = await emulator()
    const a = await app(api, { requestTimeoutMs: 5000 })
    await settle(a)
    const fetched = await a.call('sessions:list', { limit: 20 })
    expect(fetched.freshness).toMatchObject({ stale: false, refreshing: false })
    await anHourLater(a, api)

    await setFaults(api, { stallMs: { ms: 60_000, paths: ['stats.php', 'sessions.php'] } })
    const start = api.requestLog.length
    const overview = await a.call('overview:get')
    const stats = await a.call('stats:get')
    const sessions = await a.call('sessions:list', { limit: 20 })

    // Answered: the cached data, marked as being refreshed.
    expect(overview.stats?.nick).toBe('Tester')
    expect(overview.activeSession).not.toBeNull()
    expect(overview.recentChanges.length).toBeGreaterThan(0)
    expect(overview.freshness).toMatchObject({ stale: true, refreshing: true })
    expect(stats).toMatchObject({ nick: 'Tester', freshness: { stale: true, refreshing: true } })
    expect(sessions.items).toEqual(fetched.items)
    expect(sessions.freshness).toMatchObject({ stale: true, refreshing: true })
    // ... while the requests that refresh them are still waiting for the service: one each.
    await until(() => stillOpen(api, start).length === 2, 'the two refreshes to reach the service')
    expect(
      stillOpen(api, start)
        .map((r) => endpoint(r.path))
        .sort(),
    ).toEqual(['sessions.php', 'stats.php'])
    expect(api.requestLog.slice(start)).toHaveLength(2)
  })

  it('a refresh that ends says so with data:changed, and the next read is current', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    await anHourLater(a, api)
    const seen = events(a)

    const stale = await a.call('overview:get')
    expect(stale.freshness).toMatchObject({ stale: true, refreshing: true })
    await until(() => changed(seen, 'stats'), 'data:changed for the stats')
    const fresh = await a.call('overview:get')
    expect(fresh.freshness).toMatchObject({ stale: false, refreshing: false })
    expect(fresh.freshness.fetchedAt).toBeGreaterThan(stale.freshness.fetchedAt ?? Infinity)
    // Kept for the next start.
    const onDisk = JSON.parse(readFileSync(join(a.dataDir, 'cache', 'stats.json'), 'utf8')) as {
      fetchedAt: number
    }
    expect(onDisk.fetchedAt).toBe(fresh.freshness.fetchedAt)
  })

  it('a refresh that fails leaves the cached answer, no longer "refreshing", and is not retried at once', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    await anHourLater(a, api)
    await setFaults(api, { status500: { paths: ['stats.php'] } })
    const seen = events(a)
    await a.call('overview:get')
    await until(() => changed(seen, 'stats'), 'the failed refresh to end', 10_000)
    const start = api.requestLog.length
    const after = await a.call('overview:get')
    expect(after.stats?.nick).toBe('Tester')
    expect(after.freshness).toMatchObject({ stale: true, refreshing: false })
    expect(api.requestLog.slice(start)).toHaveLength(0)
  }, 20_000)

  it('a write makes what it touched out of date: the list answers at once, then brings the new row', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const before = await a.call('orgasms:list', { limit: 20 })
    const seen = events(a)
    await a.call('orgasms:create', { date: '2026-11-01', mode: 'ruined', public: 0 })
    const answered = await a.call('orgasms:list', { limit: 20 })
    expect(answered.items).toEqual(before.items)
    expect(answered.freshness).toMatchObject({ stale: true, refreshing: true })
    await until(() => seen.filter((e) => e.name === 'data:changed').length >= 2, 'the refresh to end')
    const after = await a.call('orgasms:list', { limit: 20 })
    expect(after.total).toBe(before.total + 1)
    expect(after.freshness).toMatchObject({ stale: false, refreshing: false })
  })

  it('another session’s history is fetched once and kept; later reads answer from the cache and check in the background', async () => {
    const api = await emulator()
    const first = await app(api)
    await settle(first)
    const sessions = await first.call('sessions:list', { limit: 50 })
    const past = sessions.items.find((s) => !s.active && s.has_history)
    if (!past) throw new Error('the demo seed has no past session with history')

    const start = api.requestLog.length
    const fetched = await first.call('histories:all', { session: past.id })
    expect(fetched.items.length).toBeGreaterThan(0)
    expect(fetched.freshness).toMatchObject({ stale: false, refreshing: false })
    expect(api.requestLog.slice(start).every((r) => endpoint(r.path) === 'histories.php')).toBe(true)
    const again = await first.call('histories:all', { session: past.id })
    expect(again.items).toEqual(fetched.items)
    expect(api.requestLog.length - start).toBe(api.requestLog.slice(start).length)
    await closeNow(first.harness)

    // The next start answers from the disk, before the service is asked.
    const second = await app(api, { dataDir: first.dataDir })
    await settle(second)
    await setFaults(api, { stallMs: { ms: 60_000, paths: ['histories.php'] } })
    const before = api.requestLog.length
    const cached = await second.call('histories:all', { session: past.id })
    expect(cached.items).toEqual(fetched.items)
    expect(cached.freshness).toMatchObject({ stale: true, refreshing: true })
    await until(() => stillOpen(api, before).length === 1, 'the background check to reach the service')
    expect(endpoint(stillOpen(api, before)[0]?.path ?? '')).toBe('histories.php')
    await clearFaults(api)
  })
})

describe('reads of what is not held yet', () => {
  it('two views asking at once for every session share one pass over the pages', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const start = api.requestLog.length
    const query = { views: ['records'] as const, timeZone: 'UTC' }
    const [first, second] = await Promise.all([
      a.call('insight:get', { ...query, views: [...query.views] }),
      a.call('insight:get', { ...query, views: [...query.views] }),
    ])
    expect(second.records?.sessions).toBe(first.records?.sessions)
    const listPages = api.requestLog
      .slice(start)
      .filter((r) => endpoint(r.path) === 'sessions.php' && r.query.active !== '1')
    expect(listPages).toHaveLength(1)
  })
})

describe('offline', () => {
  it("a session's page reads the copy the app holds when the service cannot answer, and says nothing of one it never held", async () => {
    const api = await emulator()
    const a = await app(api, { requestTimeoutMs: 400 })
    await settle(a)
    const active = (await a.call('overview:get')).activeSession
    if (!active) throw new Error('The demo seed has an active session')
    const listed = (await a.call('sessions:list', { limit: 20 })).items.find((s) => !s.active)
    if (!listed) throw new Error('The demo seed has finished sessions')

    await setFaults(api, { dropConnection: {} })
    expect((await a.call('sessions:get', { id: active.id })).id).toBe(active.id)
    expect(await a.call('sessions:get', { id: listed.id })).toEqual(listed)
    await expect(a.call('sessions:get', { id: 999_999 })).rejects.toThrow(/network/)
  }, 20_000)

  it('is known within one request timeout, while the retries go on', async () => {
    const api = await emulator()
    const a = await app(api, { requestTimeoutMs: 400 })
    await settle(a)
    await setFaults(api, { stallMs: { ms: 60_000, paths: ['sessions.php'] } })
    const start = api.requestLog.length

    const refresh = a.call('sync:refresh')
    await until(() => a.harness.core.syncState().offline, 'offline')
    // Shown after the first attempt timed out: the poll still runs, most of its retries to come.
    expect(a.harness.core.syncState().syncing).toBe(true)
    expect(api.requestLog.slice(start).length).toBeLessThanOrEqual(2)
    const state = await refresh
    expect(state.offline).toBe(true)
    expect(state.lastError).toMatch(/took too long/)
    expect(api.requestLog.slice(start)).toHaveLength(4)
  }, 20_000)
})

describe('what a poll writes', () => {
  /** Each cache file with its size, inode and time written. */
  function snapshot(dir: string): Map<string, { size: number; ino: number; mtimeMs: number }> {
    const folder = join(dir, 'cache')
    return new Map(
      readdirSync(folder).map((name) => {
        const { size, ino, mtimeMs } = statSync(join(folder, name))
        return [name, { size, ino, mtimeMs }]
      }),
    )
  }

  it('a poll that finds nothing new writes nothing; one with 10 new rows appends only those rows', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const activeId = (await a.call('overview:get')).activeSession?.id
    const log = `history-${activeId}.jsonl`
    const before = snapshot(a.dataDir)
    const bytes = readFileSync(join(a.dataDir, 'cache', log))

    for (let i = 0; i < 3; i++) await a.call('sync:refresh')
    expect(snapshot(a.dataDir)).toEqual(before)

    for (let i = 0; i < 10; i++)
      await control(api, 'play', { game: 'dice', seconds: 60 + i, operation: 'ADD' })
    await a.call('sync:refresh')
    const after = snapshot(a.dataDir)
    const written = [...after].filter(
      ([name, file]) => JSON.stringify(before.get(name)) !== JSON.stringify(file),
    )
    expect(written.map(([name]) => name).sort()).toEqual([log, 'notified.json', 'sync.json'].sort())
    // The log was appended to in place: what it held is untouched, and ten lines follow.
    expect(after.get(log)?.ino).toBe(before.get(log)?.ino)
    const grown = readFileSync(join(a.dataDir, 'cache', log))
    expect(grown.subarray(0, bytes.length).equals(bytes)).toBe(true)
    expect(grown.subarray(bytes.length).toString('utf8').trim().split('\n')).toHaveLength(10)
  })
})

describe('stopping the app', () => {
  it('waits for a poll under way, so its rows are saved and nothing is written afterwards', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    await control(api, 'play', { game: 'dice', seconds: 3600, operation: 'ADD' })
    await setFaults(api, { latencyMs: 300 })
    const poll = a.call('sync:refresh')
    await sleep(50)
    expect(a.harness.core.syncState().syncing).toBe(true)

    await a.harness.core.stop()
    expect(a.harness.core.syncState().syncing).toBe(false)
    const files = () =>
      readdirSync(join(a.dataDir, 'cache')).map((name) => {
        const stat = statSync(join(a.dataDir, 'cache', name))
        return `${name}:${stat.size}:${stat.mtimeMs}`
      })
    const atStop = files()
    await sleep(700)
    expect(files()).toEqual(atStop)
    await poll.catch(() => undefined)
  })
})
