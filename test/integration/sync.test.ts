/**
 * The real core (through the browser harness, without a browser) against the emulator: what a
 * poll costs, what it notices, what the tray shows and what the user is told.
 */
import { describe, expect, it } from 'vitest'
import { TOKEN, app, closeNow, control, emulator, settle } from '../faults/support'

describe('sync engine against the emulator', () => {
  it('an idle poll with nothing changed costs one request', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const before = api.requestLog.length
    for (let i = 0; i < 5; i++) await a.call('sync:refresh')
    const polls = api.requestLog.slice(before)
    expect(polls).toHaveLength(5)
    expect(polls.every((r) => r.path.endsWith('sessions.php') && r.query.active === '1')).toBe(true)
    // Every request names the app and its version.
    expect(polls.every((r) => r.userAgent?.startsWith('ChastityTrackerCompanion/0.0.0-test'))).toBe(true)
  })

  it('a DICE roll moves the tray and notifies exactly once, also across a restart', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const state0 = a.harness.platform
    expect(state0.notifier.shown).toHaveLength(0)
    const tooltipBefore = state0.tray.tooltip

    const before = api.requestLog.length
    await control(api, 'play', { game: 'dice', seconds: 86_400, operation: 'ADD' })
    await a.call('sync:refresh')
    // One request for the session, one page of history rows.
    expect(api.requestLog.length - before).toBeLessThanOrEqual(2)
    const shown = a.harness.platform.notifier.shown
    expect(shown).toHaveLength(1)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/from the dice/)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/1 day/)
    expect(a.harness.platform.tray.tooltip).not.toBe(tooltipBefore)

    await a.call('sync:refresh')
    expect(a.harness.platform.notifier.shown).toHaveLength(1)

    await a.restart()
    await settle(a)
    expect(a.harness.platform.notifier.shown).toHaveLength(0)
  })

  it('a session that ends between two polls keeps the rows written before its end', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const activeId = (await a.call('overview:get')).activeSession?.id
    if (activeId === undefined) throw new Error('The demo seed has an active session')
    await control(api, 'play', { game: 'dice', seconds: 3_600, operation: 'ADD' })
    await control(api, 'stop')
    await a.call('sync:refresh')

    const held = await a.call('histories:all', { session: activeId })
    const onService = api.state.histories.get(activeId) ?? []
    expect(held.items).toHaveLength(onService.length)
    expect(held.items[0]).toMatchObject({ source: 'DICE', unit: 3_600 })
  })

  it('a delta of 10 new rows costs at most 2 requests', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    for (let i = 0; i < 10; i++) await control(api, 'play', { game: 'luck', seconds: 600, operation: 'ADD' })
    const before = api.requestLog.length
    await a.call('sync:refresh')
    expect(api.requestLog.length - before).toBeLessThanOrEqual(2)
    // Ten changes at once are one summary, not a flood.
    expect(a.harness.platform.notifier.shown).toHaveLength(1)
    expect(a.harness.platform.notifier.shown[0]!.body).toMatch(/10/)
  })

  it('a rule change by the dom is reported with the human-readable diff', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    await control(api, 'rules', {
      game: 'LINK',
      action: 'UPDATE',
      config: { waitint: 7 },
      dom_nick: 'Mistress',
    })
    await a.call('sync:refresh')
    const shown = a.harness.platform.notifier.shown
    expect(shown).toHaveLength(1)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/LINK/)
    expect(`${shown[0]!.title} ${shown[0]!.body}`).toMatch(/7/)
  })

  it('a session stopped on the website is noticed', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    await control(api, 'stop', {})
    await a.call('sync:refresh')
    expect(a.harness.platform.tray.tooltip).toMatch(/Not locked/)
    expect(a.harness.platform.notifier.shown.map((n) => n.body).join(' ')).toMatch(/stopped|ended/i)
  })

  it('the first full sync of 20,000 history rows takes at most 100 history requests, then 1 per poll', async () => {
    const api = await emulator({ seed: 'large', largeSessions: 50, largeHistoryRows: 20_000 })
    const a = await app(api)
    await settle(a)
    const histories = api.requestLog.filter((r) => r.path.endsWith('histories.php'))
    expect(histories.length).toBeGreaterThan(0)
    expect(histories.length).toBeLessThanOrEqual(101)
    const rows = await a.call('histories:all', { session: Number(histories[0]!.query.session) })
    expect(rows.items.length).toBeGreaterThanOrEqual(20_000)
    const before = api.requestLog.length
    await a.call('sync:refresh')
    expect(api.requestLog.length - before).toBe(1)
  })

  it('a revoked token stops polling, asks for a new token and keeps the cache', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const overview = await a.call('overview:get')
    expect(overview.activeSession).not.toBeNull()
    await control(api, 'revoke', { token: TOKEN })
    await a.invoke('sync:refresh')
    const status = await a.call('auth:status')
    expect(status.state).toBe('revoked')
    expect(a.harness.core.syncState().stoppedForToken).toBe(true)
    const before = api.requestLog.length
    await a.call('sync:refresh')
    expect(api.requestLog.length).toBe(before)
    const cached = await a.call('overview:get')
    expect(cached.activeSession?.id).toBe(overview.activeSession!.id)
  })

  it('with the API down the tray keeps counting from the cache and the app says when it last synced', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const lastSyncAt = a.harness.core.syncState().lastSyncAt
    expect(lastSyncAt).not.toBeNull()
    await closeNow(api)
    await a.call('sync:refresh')
    const state = a.harness.core.syncState()
    expect(state.offline).toBe(true)
    expect(state.lastSyncAt).toBe(lastSyncAt)
    expect(state.lastError).toMatch(/could not be reached/)
    expect(a.harness.platform.tray.tooltip).toMatch(/left|Ends/)
    expect(a.harness.platform.tray.tooltip).toMatch(/offline/)
  })
})

describe('switching accounts', () => {
  it('a token of another account replaces the cached data, so nothing of the first account is shown', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const first = await a.call('overview:get')
    expect(first.stats?.nick).toBe('Tester')
    const firstId = first.activeSession!.id
    await a.call('auth:setToken', { token: 'other-token' })
    await settle(a)
    const second = await a.call('overview:get')
    expect(second.stats?.nick).not.toBe('Tester')
    expect(second.activeSession?.id).not.toBe(firstId)
    expect(second.recentChanges.every((r) => r.session !== firstId)).toBe(true)
    expect(a.harness.platform.notifier.shown).toEqual([])
  })
})

describe('write permission', () => {
  it('a read-only token, once refused a write, is known as read-only after a restart', async () => {
    const api = await emulator()
    const a = await app(api, { token: 'ro-token' })
    await settle(a)
    const refused = await a.invoke('orgasms:create', { date: '2026-11-01', mode: 'full' })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect((await a.call('auth:status')).canWrite).toBe(false)

    await a.restart()
    expect((await a.call('auth:status')).canWrite).toBe(false)
  })
})
