import { afterEach, describe, expect, it } from 'vitest'
import { parseSessionTime, parseUtc } from '../../src/shared/api/time'
import type { FakeApi } from '../../tools/fake-api/server'
import { type Page, NOW, allPages, call, control, start } from './helpers'

type Item = Record<string, unknown>
interface State {
  activeSessionId: number
  linkToken: string
  scheduledEndUtc: string
  counts: { sessions: number; histories: number; gamesChanges: number; orgasms: number }
}

const opened: FakeApi[] = []
async function open(opts: Parameters<typeof start>[0] = {}): Promise<FakeApi> {
  const api = await start(opts)
  opened.push(api)
  return api
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()))
})

/** Everything a client can read of the main user's account. */
async function snapshot(api: FakeApi): Promise<unknown> {
  const state = (await control<State>(api, 'GET', 'state')).data
  const session = state.activeSessionId
  return {
    sessions: (await call<Page<Item>>(api, 'GET', 'sessions.php', { query: { limit: 200 } })).data,
    orgasms: (await call<Page<Item>>(api, 'GET', 'orgasms.php', { query: { limit: 200 } })).data,
    histories: (await allPages<Item>(api, 'histories.php', { session, limit: 200 })).items,
    changes: (await allPages<Item>(api, 'games_changes.php', { session, limit: 200, include_raw: 1 })).items,
    stats: (await call(api, 'GET', 'stats.php')).data,
    linkToken: state.linkToken,
  }
}

describe('seeds', () => {
  it('the same seed number gives the same data; another gives different data', async () => {
    const [a, b, c] = await Promise.all([
      open({ seed: 'demo', seedNumber: 42 }),
      open({ seed: 'demo', seedNumber: 42 }),
      open({ seed: 'demo', seedNumber: 7 }),
    ])
    const snapA = await snapshot(a)
    expect(await snapshot(b)).toEqual(snapA)
    expect(await snapshot(c)).not.toEqual(snapA)
  })

  it('demo: a realistic account relative to now', async () => {
    const api = await open({ seed: 'demo' })
    const state = (await control<State>(api, 'GET', 'state')).data
    expect(state.counts.histories).toBeGreaterThanOrEqual(61)
    expect(state.counts.histories).toBeLessThanOrEqual(151)
    expect(state.counts.gamesChanges).toBeGreaterThanOrEqual(5)
    expect(state.counts.orgasms).toBeGreaterThanOrEqual(36)
    expect(state.counts.orgasms).toBeLessThanOrEqual(44)

    const sessions = (await call<Page<Item>>(api, 'GET', 'sessions.php', { query: { limit: 200 } })).data
      .items
    const active = sessions.filter((s) => s.active === 1)
    expect(active).toHaveLength(1)
    const live = active[0] as Item
    expect(live.lockedby).toBe('Mistress')
    expect(live.games).toMatchObject({
      dice: { penalties: expect.any(Object) },
      link: expect.any(Object),
      luck: expect.any(Object),
    })
    const end = parseUtc(live.scheduledend as string) ?? 0
    expect(end - NOW).toBeGreaterThan(24 * 3600_000)
    expect(end - NOW).toBeLessThan(7 * 24 * 3600_000)

    // About six months of finished sessions, none overlapping, none in the future.
    const spans = sessions
      .map((s) => ({
        start: parseSessionTime(s.start as string, s.timezonestart as string) ?? 0,
        end: s.end === null ? NOW : (parseSessionTime(s.end as string, s.timezoneend as string) ?? 0),
      }))
      .sort((x, y) => x.start - y.start)
    expect(sessions.length).toBeGreaterThan(10)
    expect(NOW - (spans[0]?.start ?? NOW)).toBeGreaterThan(150 * 24 * 3600_000)
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0)
    expect(sessions.some((s) => s.timezonestart === '+02:00')).toBe(true)
    expect(sessions.some((s) => s.active === 0 && s.has_history === 1 && s.has_games_changes === 1)).toBe(
      true,
    )

    const histories = (await allPages<Item>(api, 'histories.php', { session: live.id as number, limit: 200 }))
      .items
    const sources = new Set(histories.map((h) => h.source))
    for (const s of ['DICE', 'LINK', 'LUCK', 'MANUAL', 'PENALTY', 'DOM', null]) expect(sources).toContain(s)
    expect(histories.some((h) => h.dom === 1)).toBe(true)
    expect(histories.some((h) => h.type === 'SUB')).toBe(true)
    expect(histories[0]?.schedule).toBe(live.scheduledend)

    const changes = (
      await allPages<Item>(api, 'games_changes.php', { session: live.id as number, limit: 200 })
    ).items
    expect(changes.filter((c) => c.action === 'INSERT')).toHaveLength(3)
    expect(changes.filter((c) => c.action === 'UPDATE').length).toBeGreaterThanOrEqual(2)

    const orgasms = (await call<Page<Item>>(api, 'GET', 'orgasms.php', { query: { limit: 200 } })).data.items
    for (const mode of ['full', 'ruined', 'milking', 'dom', 'ted'])
      expect(orgasms.map((o) => o.mode)).toContain(mode)
    expect(orgasms.filter((o) => o.mode === 'dom').every((o) => o.public === 0 && o.grantedby === null)).toBe(
      true,
    )
  })

  it('large: generates the default sizes', async () => {
    const api = await open({ seed: 'large' })
    const state = (await control<State>(api, 'GET', 'state')).data
    expect(state.counts.sessions).toBe(2001)
    expect(state.counts.histories).toBe(20_000)
    expect(state.counts.gamesChanges).toBe(300)
    const list = await call<Page<Item>>(api, 'GET', 'sessions.php', { query: { limit: 200, offset: 1900 } })
    expect(list.data).toMatchObject({ total: 2001, count: 101 })
  })

  it('empty: a user with no data', async () => {
    const api = await open({ seed: 'empty' })
    expect((await call<Page<Item>>(api, 'GET', 'sessions.php')).data).toMatchObject({ total: 0, items: [] })
    expect((await call(api, 'GET', 'stats.php')).data).toMatchObject({
      nick: 'Tester',
      locked: false,
      current_lock_start: null,
      scheduled_end: null,
      link_game: null,
      total_locked_since: '0 days 0 hours 0 minutes',
      last_full: null,
    })
  })
})

describe('stats', () => {
  it('is computed from the data', async () => {
    const api = await open({ seed: 'empty' })
    await call(api, 'POST', 'sessions.php', {
      body: { startdate: '2026-01-01', starttime: '10:00', enddate: '2026-01-02', endtime: '11:30' },
    })
    await call(api, 'POST', 'sessions.php', {
      body: {
        type: 'live',
        startdate: '2026-02-12',
        starttime: '09:48',
        scheduledend: '2026-02-20',
        links: 1,
      },
    })
    await call(api, 'POST', 'orgasms.php', { body: { date: '2025-12-24', mode: 'full' } })
    await call(api, 'POST', 'orgasms.php', { body: { date: '2025-12-30', mode: 'full' } })
    await call(api, 'POST', 'orgasms.php', { body: { date: '2025-12-31', mode: 'ted' } })
    const token = (await control<State>(api, 'GET', 'state')).data.linkToken
    const stats = await call(api, 'GET', 'stats.php')
    expect(stats.data).toEqual({
      nick: 'Tester',
      profile_url: 'https://www.chastitytracker.org/profile/Tester',
      locked: true,
      // 09:48 at +01:00 is 08:48 UTC; now is 12:00 UTC three days later.
      current_lock_start: '2026-02-12 08:48:00 UTC',
      // Written as midnight on the user's clock (+01:00).
      scheduled_end: '2026-02-19 23:00:00 UTC',
      current_lock_time: '3 days 3 hours 12 minutes',
      total_locked_since: '4 days 4 hours 42 minutes',
      since_date: '2026-01-01',
      link_game: `https://www.chastitytracker.org/link/${token}`,
      last_full: '2025-12-30',
      last_ruined: null,
      last_ted: '2025-12-31',
      last_milking: null,
    })
  })
})

describe('control endpoints', () => {
  it('stop ends the active session now', async () => {
    const api = await open({ seed: 'demo' })
    const id = (await control<State>(api, 'GET', 'state')).data.activeSessionId
    const res = await control(api, 'POST', 'stop', {})
    expect(res.data).toMatchObject({ id, end_utc: '2026-02-15 12:00:00' })
    expect((await call(api, 'GET', 'sessions.php', { query: { id } })).data).toMatchObject({ active: 0 })
    expect((await control(api, 'POST', 'stop', {})).status).toBe(404)
  })

  it('revoke makes a token answer 401', async () => {
    const api = await open()
    expect((await call(api, 'GET', 'stats.php')).status).toBe(200)
    await control(api, 'POST', 'revoke', { token: 'dev-token' })
    expect((await call(api, 'GET', 'stats.php')).status).toBe(401)
    expect((await call(api, 'GET', 'stats.php', { token: 'ro-token' })).status).toBe(200)
    expect((await control(api, 'POST', 'revoke', { token: 'dev-token' })).status).toBe(404)
  })

  it('records API requests (not control ones) and clears the log', async () => {
    const api = await open()
    await call(api, 'GET', 'sessions.php', { query: { limit: 5 } })
    await call(api, 'GET', 'stats.php', { token: null })
    const log = (await control<Item[]>(api, 'GET', 'requests')).data
    expect(log).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/api/v2/sessions.php',
        query: { limit: '5' },
        status: 200,
        authorization: true,
        time: NOW,
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/api/v2/stats.php',
        query: {},
        status: 401,
        authorization: false,
      }),
    ])
    expect(api.requestLog).toHaveLength(2)
    await control(api, 'DELETE', 'requests')
    expect(api.requestLog).toHaveLength(0)
  })

  it('reset rebuilds the data in place for another seed', async () => {
    const api = await open({ seed: 'empty' })
    const state = api.state
    await control(api, 'POST', 'reset', { seed: 'demo', seedNumber: 3 })
    expect(api.state).toBe(state)
    expect(state.seed).toBe('demo')
    expect((await call<Page<Item>>(api, 'GET', 'sessions.php')).data.total).toBeGreaterThan(10)
    await control(api, 'POST', 'reset', { seed: 'empty' })
    expect((await call<Page<Item>>(api, 'GET', 'sessions.php')).data.total).toBe(0)
  })

  it('clock shifts the server clock (Date header and the rules that read now)', async () => {
    const api = await open()
    const res = await control<{ offsetMs: number }>(api, 'POST', 'clock', { offsetMs: 86_400_000 })
    expect(res.data.offsetMs).toBe(86_400_000)
    const stats = await call(api, 'GET', 'stats.php')
    expect(stats.headers.get('date')).toBe(new Date(NOW + 86_400_000).toUTCString())
    // 2026-02-16 is no longer in the future.
    expect(
      (await call(api, 'POST', 'orgasms.php', { body: { date: '2026-02-16', mode: 'full' } })).status,
    ).toBe(201)
    await control(api, 'POST', 'clock', { advanceMs: 1000 })
    expect((await control<{ offsetMs: number }>(api, 'GET', 'state')).data).toMatchObject({
      clockOffsetMs: 86_401_000,
    })
  })

  it('unknown control routes are 404, bad bodies 400', async () => {
    const api = await open()
    expect((await control(api, 'GET', 'nope')).status).toBe(404)
    expect((await control(api, 'POST', 'play', { game: 'dice' })).status).toBe(404)
    expect((await control(api, 'POST', 'play', {})).status).toBe(400)
    expect((await control(api, 'POST', 'clock', { offsetMs: 'x' })).status).toBe(400)
  })
})

describe('raw-row: odd but plausible rows', () => {
  const penalties = { min: 2, addint: 1, addunit: 'DAY', always: 1 }

  it('adds a games_changes row whose diff carries an object and an array, plus an unknown field', async () => {
    const api = await open({ seed: 'demo' })
    const session = (await control<State>(api, 'GET', 'state')).data.activeSessionId
    const changes = [
      { label: 'Penalty', from: null, to: penalties },
      { label: 'Units', from: ['HOUR'], to: ['HOUR', 'DAY'] },
    ]
    const res = await control<{ session: number; item: Item }>(api, 'POST', 'raw-row', {
      table: 'games_changes',
      fields: { changes, mood: 'odd' },
    })
    expect(res.status).toBe(200)
    expect(res.data.session).toBe(session)
    expect(res.data.item).toMatchObject({ game: 'DICE', action: 'UPDATE', changes, mood: 'odd' })

    const list = (q: Record<string, string | number>) =>
      call<Page<Item>>(api, 'GET', 'games_changes.php', { query: { session, ...q } })
    // Newest first: the row just added leads the list, as sent.
    const first = (await list({})).data.items[0]
    expect(first).toEqual({ ...res.data.item, before: undefined, after: undefined })
    expect(first).not.toHaveProperty('before')
    const raw = (await list({ include_raw: 1, include_diff: 0 })).data.items[0]
    expect(raw).toMatchObject({ mood: 'odd', before: expect.any(Object) })
    expect(raw).not.toHaveProperty('changes')
    expect((await list({ game: 'LUCK' })).data.items.some((i) => i.mood === 'odd')).toBe(false)
  })

  it('adds a histories row with a source the docs never list, which no source filter matches', async () => {
    const api = await open({ seed: 'demo' })
    const session = (await control<State>(api, 'GET', 'state')).data.activeSessionId
    const res = await control<{ item: Item }>(api, 'POST', 'raw-row', {
      table: 'histories',
      session,
      fields: { source: 'BONUS', unit: 3600, extra: [1, 2] },
    })
    expect(res.data.item).toMatchObject({ session, type: 'ADD', source: 'BONUS', unit: 3600, extra: [1, 2] })
    const list = (q: Record<string, string | number>) =>
      call<Page<Item>>(api, 'GET', 'histories.php', { query: { session, ...q } })
    expect((await list({})).data.items[0]).toEqual(res.data.item)
    const manual = (await list({ source: 'MANUAL', limit: 200 })).data.items
    expect(manual.some((i) => i.source === 'BONUS')).toBe(false)
  })

  it('lays fields over an existing session or orgasm, in lists and details', async () => {
    const api = await open({ seed: 'demo' })
    const session = (await control<State>(api, 'GET', 'state')).data.activeSessionId
    await control(api, 'POST', 'raw-row', { table: 'sessions', id: session, fields: { games: [] } })
    const one = await call<Item>(api, 'GET', 'sessions.php', { query: { id: session } })
    expect(one.data).toMatchObject({ id: session, active: 1, games: [] })
    const orgasm = (await call<Page<Item>>(api, 'GET', 'orgasms.php', { query: { limit: 1 } })).data.items[0]
    await control(api, 'POST', 'raw-row', { table: 'orgasms', id: orgasm?.id, fields: { mode: 'edged' } })
    const listed = (await call<Page<Item>>(api, 'GET', 'orgasms.php', { query: { limit: 1 } })).data.items[0]
    expect(listed).toEqual({ ...orgasm, mode: 'edged' })
  })

  it('refuses an unknown table, fields that are not an object and a missing row', async () => {
    const api = await open({ seed: 'demo' })
    expect((await control(api, 'POST', 'raw-row', { table: 'users', fields: {} })).status).toBe(400)
    expect((await control(api, 'POST', 'raw-row', { table: 'histories', fields: [1] })).status).toBe(400)
    const missing = await control(api, 'POST', 'raw-row', { table: 'sessions', id: 999_999, fields: {} })
    expect(missing.status).toBe(404)
  })
})
