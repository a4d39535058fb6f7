/**
 * The token is revoked while the app runs, and a write loses its answer halfway: polling stops
 * and the cache stays; a write that may have happened is reported as uncertain, never retried,
 * and a re-read shows it happened exactly once.
 */
import { describe, expect, it } from 'vitest'
import { app, control, emulator, setFaults, settle, sleep } from './support'
import { expectTrayCounting } from './tray-check'

const today = () => new Date().toISOString().slice(0, 10)

describe('the token is revoked mid-run', () => {
  it('polling stops, the status says revoked, the cache stays, and a new token resumes polling', async () => {
    const api = await emulator({ readOnlyToken: 'ro-token-2' })
    // Polling every second, to show that it stops.
    const a = await app(api, { pollSeconds: 1 })
    await a.idle()
    const overview = await a.call('overview:get')
    const activeId = overview.activeSession?.id
    expect(activeId).toBeDefined()
    const polling = api.requestLog.length
    await sleep(1500)
    expect(api.requestLog.length).toBeGreaterThan(polling)

    await control(api, 'revoke', { token: 'dev-token' })
    for (let i = 0; i < 40 && (await a.call('auth:status')).state !== 'revoked'; i++) await sleep(100)
    const status = await a.call('auth:status')
    expect(status.state).toBe('revoked')
    expect(a.harness.core.syncState().stoppedForToken).toBe(true)
    expect(a.harness.core.syncState().lastError).toMatch(/refused the API token/)

    // No poll, no retry: nothing reaches the service any more, on a timer or on request.
    const stopped = api.requestLog.length
    await sleep(2500)
    await a.call('sync:refresh')
    const cached = await a.call('overview:get')
    expect(api.requestLog.length).toBe(stopped)
    expect(cached.activeSession?.id).toBe(activeId)
    expect(cached.stats?.nick).toBe(overview.stats?.nick)
    if (!cached.activeSession) throw new Error('the cached session is gone')
    expectTrayCounting(a.harness.platform, cached.activeSession, Date.now() + a.harness.core.clockOffsetMs())

    // A new token brings polling back.
    const fresh = await a.call('auth:setToken', { token: 'ro-token-2' })
    expect(fresh.state).toBe('valid')
    await a.idle()
    const resumed = api.requestLog.length
    await sleep(1500)
    expect(api.requestLog.length).toBeGreaterThan(resumed)
    expect(a.harness.core.syncState().stoppedForToken).toBe(false)
    expect(a.harness.core.syncState().lastError).toBeNull()
  })
})

describe('a write loses its answer halfway', () => {
  it('creating an orgasm: uncertain, not retried, created exactly once', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const marker = 'uncertain-write-check'
    await setFaults(api, { dropAfterWrite: { paths: ['orgasms.php'], methods: ['POST'], count: 1 } })
    const start = api.requestLog.length

    const result = await a.invoke('orgasms:create', { date: today(), mode: 'full', type: marker })
    expect(result).toMatchObject({ ok: false, error: { kind: 'uncertain', retryable: false } })
    if (!result.ok) expect(result.error.message).toMatch(/may already be saved/)

    // Nothing is sent again on its own.
    await sleep(1000)
    await a.idle()
    const writes = api.requestLog.slice(start).filter((r) => r.method !== 'GET')
    expect(writes).toHaveLength(1)
    expect(writes[0]).toMatchObject({ method: 'POST', status: 0, fault: 'dropAfterWrite' })

    const page = await a.call('orgasms:list', { from: today(), to: today(), limit: 200 })
    expect(page.items.filter((o) => o.type === marker)).toHaveLength(1)
    expect([...api.state.orgasms.values()].filter((o) => o.type === marker)).toHaveLength(1)

    const state = await a.call('sync:refresh')
    expect(state.lastError).toBeNull()
  })

  it('editing a session: uncertain, not retried, the change is there exactly as sent', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const overview = await a.call('overview:get')
    const id = overview.activeSession?.id ?? 0
    await setFaults(api, { dropAfterWrite: { paths: ['sessions.php'], methods: ['PATCH'], count: 1 } })
    const start = api.requestLog.length

    const result = await a.invoke('sessions:update', { id, patch: { notes: 'written once' } })
    expect(result).toMatchObject({ ok: false, error: { kind: 'uncertain', retryable: false } })
    await sleep(500)
    await a.idle()
    expect(api.requestLog.slice(start).filter((r) => r.method !== 'GET')).toHaveLength(1)

    const session = await a.call('sessions:get', { id })
    expect(session.notes).toBe('written once')
  })
})
