/**
 * The real core against the emulator: what the app changed itself (a roll, an edit of the end, a
 * stop, a start) is confirmed in the window and not notified again by the system, while what the
 * website or a dom changes at the same time still is.
 */
import { describe, expect, it } from 'vitest'
import { parseUtc } from '../../src/shared/api/time'
import { app, control, emulator, settle } from '../faults/support'

const DAY_MS = 86_400_000

/** The user's wall clock (+01:00 in the emulator) of an instant, as the edit form writes it. */
function userWallClock(instant: number): { scheduledend: string; scheduledendtime: string } {
  const iso = new Date(instant + 3_600_000).toISOString()
  return { scheduledend: iso.slice(0, 10), scheduledendtime: iso.slice(11, 16) }
}

async function activeSession(a: Awaited<ReturnType<typeof app>>) {
  const overview = await a.call('overview:get')
  if (!overview.activeSession) throw new Error('The demo seed has an active session')
  return overview.activeSession
}

describe("the app's own writes are not notified", () => {
  it('a roll in the app is not notified; a website roll seen in the same poll is', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const session = await activeSession(a)

    // The website's roll first: the poll the app's write starts then sees both rows.
    await control(api, 'play', { game: 'dice', seconds: 7200, operation: 'ADD' })
    const result = await a.call('games:play', { game: 'dice', session: session.id })
    await settle(a)
    const shown = a.harness.platform.notifier.shown
    expect(shown).toHaveLength(1)
    expect(shown[0]!.body).toMatch(/\+2 hours from the dice/)
    // The app's own row was synced too: it was recognised, not missed.
    const rows = await a.call('histories:all', { session: session.id })
    const mine = parseUtc(result.scheduledend_utc)
    expect(rows.items.some((r) => r.source === 'DICE' && parseUtc(r.schedule) === mine)).toBe(true)
  })

  it("a dom's roll of the same game seen in the same poll as the app's own is notified", async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const session = await activeSession(a)
    await control(api, 'play', { game: 'dice', dom: 1, seconds: 600, operation: 'ADD' })
    await a.call('games:play', { game: 'dice', session: session.id })
    await settle(a)
    const shown = a.harness.platform.notifier.shown
    expect(shown).toHaveLength(1)
    expect(shown[0]!.body).toMatch(/Your dom added/)
  })

  it('moving and removing the scheduled end and stopping in the app notify nothing', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const session = await activeSession(a)
    const end = parseUtc(session.scheduledend)
    if (end === null) throw new Error('The demo session has a scheduled end')

    await a.call('sessions:update', { id: session.id, patch: userWallClock(end + DAY_MS) })
    await settle(a)
    expect((await activeSession(a)).scheduledend).not.toBe(session.scheduledend)
    await a.call('sessions:update', { id: session.id, patch: { scheduledend: null } })
    await settle(a)
    expect((await activeSession(a)).scheduledend).toBeNull()
    await a.call('sessions:stop', { id: session.id, stop: { endNow: true } })
    await settle(a)
    expect((await a.call('overview:get')).activeSession).toBeNull()
    expect(a.harness.platform.notifier.shown).toEqual([])

    // A stop on the website is still notified (the control of the check above).
    await control(api, 'clock', { advanceMs: 60_000 })
    const started = await a.call('sessions:create', { type: 'live' })
    await settle(a)
    expect((await activeSession(a)).id).toBe(started.id)
    expect(a.harness.platform.notifier.shown).toEqual([])
    await control(api, 'stop', {})
    await settle(a)
    expect(a.harness.platform.notifier.shown.map((n) => n.title)).toEqual(['Session stopped'])
  })
})
