/**
 * The real core (through the browser harness, without a browser) against the emulator: what a
 * poll costs, what it notices, what the tray shows and what the user is told.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryTokenStore } from '../../src/main/auth/memory-token-store'
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../../tools/fake-api/server'
import { startHarness, type Harness } from '../../tools/harness/server'

const TOKEN = 'dev-token'
const open: { close(): Promise<void> }[] = []

afterEach(async () => {
  while (open.length > 0) await open.pop()!.close()
})

async function emulator(options: FakeApiOptions = {}): Promise<FakeApi> {
  const api = await startFakeApi({ port: 0, seed: 'demo', token: TOKEN, ...options })
  open.push(api)
  return api
}

async function app(api: FakeApi, dataDir?: string, token: string | null = TOKEN) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'ct-sync-')))
  const store = new MemoryTokenStore()
  if (token) await store.set(token)
  const harness = await startHarness({
    apiBaseUrl: api.url,
    tokenStore: store,
    dataDir: dir,
    rendererDir: join(dir, 'no-renderer'),
    version: '0.0.0-test',
    // Long enough that no timer fires during a test: polls are asked for explicitly.
    pollSeconds: 3600,
  })
  open.push(harness)
  return { harness, dataDir: dir, call: (channel: string, arg?: unknown) => call(harness, channel, arg) }
}

async function call(harness: Harness, channel: string, arg?: unknown): Promise<unknown> {
  const result = await harness.core.dispatch(channel, arg, harness.url)
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
  return result.value
}

async function settle(harness: Harness): Promise<void> {
  for (let i = 0; i < 100 && harness.core.syncState().syncing; i++)
    await new Promise((r) => setTimeout(r, 20))
  await call(harness, 'sync:refresh')
}

async function control(api: FakeApi, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${api.url}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) })
  return response.json()
}

describe('sync engine against the emulator', () => {
  it('an idle poll with nothing changed costs one request', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    const before = api.requestLog.length
    for (let i = 0; i < 5; i++) await call(harness, 'sync:refresh')
    const polls = api.requestLog.slice(before)
    expect(polls).toHaveLength(5)
    expect(polls.every((r) => r.path.endsWith('sessions.php') && r.query.active === '1')).toBe(true)
    // Every request names the app and its version.
    expect(polls.every((r) => r.userAgent?.startsWith('ChastityTrackerCompanion/0.0.0-test'))).toBe(true)
  })

  it('a DICE roll moves the tray and notifies exactly once, also across a restart', async () => {
    const api = await emulator()
    const first = await app(api)
    await settle(first.harness)
    const state0 = first.harness.platform
    expect(state0.notifier.shown).toHaveLength(0)
    const tooltipBefore = state0.tray.tooltip

    const before = api.requestLog.length
    await control(api, 'play', { game: 'dice', seconds: 86_400, operation: 'ADD' })
    await call(first.harness, 'sync:refresh')
    // One request for the session, one page of history rows.
    expect(api.requestLog.length - before).toBeLessThanOrEqual(2)
    const shown = first.harness.platform.notifier.shown
    expect(shown).toHaveLength(1)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/DICE/)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/1 day/)
    expect(first.harness.platform.tray.tooltip).not.toBe(tooltipBefore)

    await call(first.harness, 'sync:refresh')
    expect(first.harness.platform.notifier.shown).toHaveLength(1)

    await first.harness.close()
    open.splice(open.indexOf(first.harness), 1)
    const second = await app(api, first.dataDir)
    await settle(second.harness)
    expect(second.harness.platform.notifier.shown).toHaveLength(0)
  })

  it('a delta of 10 new rows costs at most 2 requests', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    for (let i = 0; i < 10; i++) await control(api, 'play', { game: 'luck', seconds: 600, operation: 'ADD' })
    const before = api.requestLog.length
    await call(harness, 'sync:refresh')
    expect(api.requestLog.length - before).toBeLessThanOrEqual(2)
    // Ten changes at once are one summary, not a flood.
    expect(harness.platform.notifier.shown).toHaveLength(1)
    expect(harness.platform.notifier.shown[0]!.body).toMatch(/10/)
  })

  it('a rule change by the dom is reported with the human-readable diff', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    await control(api, 'rules', {
      game: 'LINK',
      action: 'UPDATE',
      config: { waitint: 7 },
      dom_nick: 'Mistress',
    })
    await call(harness, 'sync:refresh')
    const shown = harness.platform.notifier.shown
    expect(shown).toHaveLength(1)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/LINK/)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/7/)
  })

  it('a session stopped on the website is noticed', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    await control(api, 'stop', {})
    await call(harness, 'sync:refresh')
    expect(harness.platform.tray.tooltip).toMatch(/Not locked/)
    expect(harness.platform.notifier.shown.map((n) => n.body).join(' ')).toMatch(/stopped|ended/i)
  })

  it('the first full sync of 20,000 history rows takes at most 100 history requests, then 1 per poll', async () => {
    const api = await emulator({ seed: 'large', largeSessions: 50, largeHistoryRows: 20_000 })
    const { harness } = await app(api)
    await settle(harness)
    const histories = api.requestLog.filter((r) => r.path.endsWith('histories.php'))
    expect(histories.length).toBeGreaterThan(0)
    expect(histories.length).toBeLessThanOrEqual(101)
    const rows = (await call(harness, 'histories:all', {
      session: (harness.core.syncState(), Number(histories[0]!.query.session)),
    })) as { items: unknown[]; complete: boolean }
    expect(rows.items.length).toBeGreaterThanOrEqual(20_000)
    const before = api.requestLog.length
    await call(harness, 'sync:refresh')
    expect(api.requestLog.length - before).toBe(1)
  })

  it('a revoked token stops polling, asks for a new token and keeps the cache', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    const overview = (await call(harness, 'overview:get')) as { activeSession: { id: number } | null }
    expect(overview.activeSession).not.toBeNull()
    await control(api, 'revoke', { token: TOKEN })
    await harness.core.dispatch('sync:refresh', undefined, harness.url)
    const status = (await call(harness, 'auth:status')) as { state: string }
    expect(status.state).toBe('revoked')
    expect(harness.core.syncState().stoppedForToken).toBe(true)
    const before = api.requestLog.length
    await call(harness, 'sync:refresh')
    expect(api.requestLog.length).toBe(before)
    const cached = (await call(harness, 'overview:get')) as { activeSession: { id: number } | null }
    expect(cached.activeSession?.id).toBe(overview.activeSession!.id)
  })

  it('with the API down the tray keeps counting from the cache and the app says when it last synced', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    const lastSyncAt = harness.core.syncState().lastSyncAt
    expect(lastSyncAt).not.toBeNull()
    await api.close()
    open.splice(open.indexOf(api), 1)
    await call(harness, 'sync:refresh')
    const state = harness.core.syncState()
    expect(state.offline).toBe(true)
    expect(state.lastSyncAt).toBe(lastSyncAt)
    expect(state.lastError).toMatch(/could not be reached/)
    expect(harness.platform.tray.tooltip).toMatch(/left|Ends/)
    expect(harness.platform.tray.tooltip).toMatch(/offline/)
  })
})

describe('switching accounts', () => {
  it('a token of another account replaces the cached data, so nothing of the first account is shown', async () => {
    const api = await emulator()
    const { harness } = await app(api)
    await settle(harness)
    const first = (await call(harness, 'overview:get')) as {
      stats: { nick: string }
      activeSession: { id: number }
    }
    expect(first.stats.nick).toBe('Tester')
    await call(harness, 'auth:setToken', { token: 'other-token' })
    await settle(harness)
    const second = (await call(harness, 'overview:get')) as {
      stats: { nick: string }
      activeSession: { id: number } | null
      recentChanges: { session: number }[]
    }
    expect(second.stats.nick).not.toBe('Tester')
    expect(second.activeSession?.id).not.toBe(first.activeSession.id)
    expect(second.recentChanges.every((r) => r.session !== first.activeSession.id)).toBe(true)
    expect(harness.platform.notifier.shown).toEqual([])
  })
})

describe('write permission', () => {
  it('a read-only token, once refused a write, is known as read-only after a restart', async () => {
    const api = await emulator()
    const first = await app(api, undefined, 'ro-token')
    await settle(first.harness)
    const refused = await first.harness.core.dispatch(
      'orgasms:create',
      { date: '2026-11-01', mode: 'full' },
      first.harness.url,
    )
    expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(((await call(first.harness, 'auth:status')) as { canWrite: boolean | null }).canWrite).toBe(false)
    await first.harness.close()
    open.splice(open.indexOf(first.harness), 1)

    const second = await app(api, first.dataDir, 'ro-token')
    expect(((await call(second.harness, 'auth:status')) as { canWrite: boolean | null }).canWrite).toBe(false)
  })
})
