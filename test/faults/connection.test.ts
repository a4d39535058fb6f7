/**
 * The connection fails: dropped without an answer, or an answer that is slow or never comes.
 * Reads are retried, the app says it is offline, keeps counting from the cache, stays responsive,
 * and a refresh after the fault brings everything back.
 */
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/main/api/errors'
import { Transport } from '../../src/main/api/transport'
import { stats } from '../../src/shared/api/schemas'
import { expectRecovered, expectRetriedWithBackoff, expectTray, snapshotBefore } from './recovery'
import { TOKEN, app, clearFaults, emulator, setFaults, settle, sleep } from './support'

describe('the connection fails', () => {
  it('a dropped connection: retried, reported offline, the tray counts on, recovered by a refresh', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const before = await snapshotBefore(a)

    await setFaults(api, { dropConnection: {} })
    const start = api.requestLog.length
    const waitsBefore = a.retryWaits.length
    const state = await a.call('sync:refresh')
    const attempts = api.requestLog.slice(start)
    expectRetriedWithBackoff(attempts, a.retryWaits.slice(waitsBefore), 'sessions.php', [500, 1000, 2000])
    expect(attempts.every((r) => r.status === 0 && r.fault === 'dropConnection')).toBe(true)

    expect(state.offline).toBe(true)
    expect(state.lastError).toMatch(/could not be reached/)
    expect(state.lastSyncAt).toBe(before.lastSyncAt)
    expect(a.harness.platform.tray.tooltip).toMatch(/ \(offline\)$/)
    expectTray(a, before.session)

    const overview = await a.invoke('overview:get')
    expect(overview).toMatchObject({ ok: true, value: { activeSession: { id: before.activeId } } })
    const cachedStats = await a.invoke('stats:get')
    expect(cachedStats).toMatchObject({ ok: true, value: { nick: before.nick } })

    await clearFaults(api)
    await expectRecovered(a, api, before)
    expect(a.harness.platform.tray.tooltip).not.toMatch(/offline/)
  }, 40_000)

  it('a slow answer (shorter than the timeout) is waited for while the app stays responsive', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const before = await snapshotBefore(a)

    await setFaults(api, { stallMs: { ms: 1500, count: 1 } })
    const start = api.requestLog.length
    const refresh = a.call('sync:refresh')
    await sleep(200)
    // While the poll waits, every local answer still comes at once.
    expect(a.harness.core.syncState().syncing).toBe(true)
    const answered = await Promise.race([
      Promise.all([a.call('settings:get'), a.call('auth:status'), a.call('sync:state')]).then(() => 'local'),
      refresh.then(() => 'poll'),
    ])
    expect(answered).toBe('local')
    expectTray(a, before.session)

    const state = await refresh
    expect(state.lastError).toBeNull()
    expect(state.offline).toBe(false)
    // Slow is not failed: one request, not retried.
    expect(api.requestLog.slice(start)).toHaveLength(1)
    await expectRecovered(a, api, before)
  })

  it('an answer that never comes times out, is retried, and succeeds once the service answers again', async () => {
    // The core uses the transport's 15 s default; the same transport with a short timeout shows
    // the behaviour without a minute-long test.
    const api = await emulator({ faults: { stallMs: { ms: 2000 } } })
    const transport = new Transport({
      baseUrl: api.url,
      getToken: () => TOKEN,
      userAgent: 'fault-test',
      timeoutMs: 200,
      retryBaseMs: 20,
    })
    const failure = await transport.request({ method: 'GET', path: 'stats.php', schema: stats }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ kind: 'timeout', retryable: true })
    expect((failure as ApiError).message).toMatch(/took too long/)
    expect(api.requestLog.map((r) => r.fault)).toEqual(['stallMs', 'stallMs', 'stallMs', 'stallMs'])

    await clearFaults(api)
    const answer = await transport.request({ method: 'GET', path: 'stats.php', schema: stats })
    expect(answer.nick).toBe('Tester')
    expect(api.requestLog).toHaveLength(5)
  })

  it('through the core: a stalled poll times out, the app says so and counts on, a refresh recovers', async () => {
    const api = await emulator()
    const a = await app(api, { requestTimeoutMs: 300 })
    await settle(a)
    const before = await snapshotBefore(a)

    await setFaults(api, { stallMs: { ms: 2000, paths: ['sessions.php'] } })
    const state = await a.call('sync:refresh')
    expect(state.offline).toBe(true)
    expect(state.lastError).toMatch(/took too long/)
    expect(state.lastSyncAt).toBe(before.lastSyncAt)
    expectTray(a, before.session)

    await clearFaults(api)
    await expectRecovered(a, api, before)
  }, 40_000)
})
