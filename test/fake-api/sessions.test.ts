import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FakeApi } from '../../tools/fake-api/server'
import { type Page, NOW, call, control, start, withClock } from './helpers'

type Item = Record<string, unknown>
let api: FakeApi
let clock: ReturnType<typeof withClock>

beforeEach(async () => {
  clock = withClock()
  api = await start({ seed: 'empty', now: clock.now })
})
afterEach(() => api.close())

const post = (body: unknown, token?: string) => call<Item>(api, 'POST', 'sessions.php', { body, token })
const manual = (over: Item = {}) =>
  post({
    type: 'manual',
    startdate: '2026-02-01',
    starttime: '09:00',
    enddate: '2026-02-03',
    endtime: '09:00',
    ...over,
  })
const live = (over: Item = {}) => post({ type: 'live', ...over })
const get = (id: unknown) => call<Item>(api, 'GET', 'sessions.php', { query: { id: Number(id) } })

describe('creating sessions', () => {
  it('inserts a manual session (201) read back as wall clock at its offset', async () => {
    const res = await manual({ public: 1, lockedby: 'GF', notes: 'n' })
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({ status: 'Session inserted successfully', games: false })
    const s = await get(res.data.id)
    expect(s.data).toMatchObject({
      start: '2026-02-01 09:00:00',
      end: '2026-02-03 09:00:00',
      active: 0,
      public: 1,
      lockedby: 'GF',
      notes: 'n',
      timezonestart: '+01:00',
      timezoneend: '+01:00',
      scheduledend: null,
      has_history: 0,
      has_games_changes: 0,
    })
    expect(s.data).not.toHaveProperty('games')
    // Stored as the instant 08:00 UTC (wall clock 09:00 at +01:00).
    expect(api.state.sessions.get(Number(res.data.id))?.start).toBe(Date.UTC(2026, 1, 1, 8, 0))
  })

  it('defaults a missing time to 00:00 and type to manual', async () => {
    const res = await post({ startdate: '2026-02-01', enddate: '2026-02-02' })
    expect(res.status).toBe(201)
    expect((await get(res.data.id)).data).toMatchObject({
      start: '2026-02-01 00:00:00',
      end: '2026-02-02 00:00:00',
    })
  })

  it('refuses a manual session under one hour', async () => {
    const res = await manual({
      startdate: '2026-02-01',
      starttime: '09:00',
      enddate: '2026-02-01',
      endtime: '09:59',
    })
    expect(res.status).toBe(400)
    expect(res.body.error?.code).toBe('validation_error')
    expect(res.body.error?.message).toContain('enddate')
    expect(
      (await manual({ startdate: '2026-02-01', starttime: '09:00', enddate: '2026-02-01', endtime: '10:00' }))
        .status,
    ).toBe(201)
  })

  it('refuses dates in the future (in the user timezone) and too far in the past', async () => {
    // Now is 13:00 at +01:00: 13:00 is fine, 13:01 is the future.
    expect(
      (await manual({ startdate: '2026-02-15', starttime: '11:00', enddate: '2026-02-15', endtime: '13:00' }))
        .status,
    ).toBe(201)
    const future = await manual({
      startdate: '2026-02-15',
      starttime: '14:00',
      enddate: '2026-02-15',
      endtime: '15:01',
    })
    expect(future.status).toBe(400)
    expect(future.body.error?.message).toContain('startdate')
    const old = await manual({ startdate: '2001-01-01', enddate: '2001-01-05' })
    expect(old.status).toBe(400)
    expect(old.body.error?.message).toMatch(/past/)
    expect((await live({ startdate: '2026-03-01' })).status).toBe(400)
  })

  it.each([
    [{ startdate: '2026-02-31' }, 'startdate'],
    [{ starttime: '25:00' }, 'starttime'],
    [{ enddate: undefined }, 'enddate'],
    [{ public: 2 }, 'public'],
    [{ type: 'other' }, 'type'],
    [{ notes: 5 }, 'notes'],
    [{ unknownfield: 1 }, 'unknownfield'],
  ])('refuses %o with a message naming %s', async (over, field) => {
    const res = await manual(over)
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain(field)
  })

  it('refuses overlapping sessions with 409 (checked in UTC) but accepts touching ones', async () => {
    expect((await manual()).status).toBe(201)
    const overlap = await manual({ startdate: '2026-02-02', starttime: '09:00', enddate: '2026-02-04' })
    expect(overlap.status).toBe(409)
    expect(overlap.body.error?.code).toBe('overlap')
    expect(
      (await manual({ startdate: '2026-02-03', starttime: '09:00', enddate: '2026-02-04' })).status,
    ).toBe(201)
    // A live session starting inside a finished one overlaps too.
    expect((await live({ startdate: '2026-02-03', starttime: '12:00' })).status).toBe(409)
  })

  it('allows one active session only (409)', async () => {
    expect((await live({ startdate: '2026-02-15', starttime: '10:00' })).status).toBe(201)
    const second = await live()
    expect(second.status).toBe(409)
    expect(second.body.error?.code).toBe('active_session_exists')
    // A manual session after the active one's start would overlap the running session.
    expect(
      (await manual({ startdate: '2026-02-15', starttime: '09:00', enddate: '2026-02-15', endtime: '12:00' }))
        .status,
    ).toBe(409)
  })

  it('starts a live session now, the scheduled end written on the user clock and read back in UTC', async () => {
    const res = await live({ scheduledend: '2026-02-20', scheduledendtime: '09:00', lockedby: 'GF' })
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({ status: 'Session started successfully', games: false })
    const s = await get(res.data.id)
    expect(s.data).toMatchObject({
      start: '2026-02-15 13:00:00',
      end: null,
      active: 1,
      // 09:00 at the user's +01:00.
      scheduledend: '2026-02-20 08:00:00',
      timezonestart: '+01:00',
      timezoneend: null,
      has_history: 0,
      games: { dice: null, link: null, luck: null },
    })
  })

  it('requires scheduledend when any game is enabled', async () => {
    for (const flag of ['dices', 'links', 'luck']) {
      const res = await live({ [flag]: 1 })
      expect(res.status).toBe(400)
      expect(res.body.error?.message).toContain('scheduledend')
    }
  })

  it('refuses min multiplier above max, per game', async () => {
    const base = { scheduledend: '2026-02-20' }
    for (const [flag, min, max] of [
      ['dices', 'diceminmulti', 'dicemaxmulti'],
      ['links', 'linkminmulti', 'linkmaxmulti'],
      ['luck', 'randminmulti', 'randmaxmulti'],
    ]) {
      const res = await live({ ...base, [flag as string]: 1, [min as string]: 3, [max as string]: 2 })
      expect(res.status).toBe(400)
      expect(res.body.error?.message).toContain(min)
    }
  })

  it('creates games with defaults for invalid units, penalties and a START histories row', async () => {
    const res = await live({
      scheduledend: '2026-02-20',
      scheduledendtime: '09:00',
      dices: 1,
      dicenumber: 2,
      diceunit: 'WEEK',
      dicetimewait: 6,
      dicetimeunitwait: 'MONTH',
      diceminmulti: 1.0,
      dicemaxmulti: 2.5,
      dicespen: 1,
      mindiceplay: 3,
      pendicetime: 2,
      pendiceunit: 'HOUR',
      links: 1,
      linkadd: 1,
      linkaddunit: 'HOUR',
      linksub: 30,
      linksubunit: 'bogus',
      resetvotes: 1,
      luck: 1,
      randadd: 2,
      randaddunit: 'HOUR',
      randsub: 1,
      randsubunit: 'HOUR',
      randtimewait: 6,
      randtimeunitwait: 'x',
      luckpen: 1,
      minluckplay: 2,
      penlucktime: 1,
      penlcukunit: 'x',
      luckplaylimit: 1,
    })
    expect(res.status).toBe(201)
    expect(res.data.games).toBe(true)
    const s = (await get(res.data.id)).data
    expect(s.games).toEqual({
      dice: {
        dices: 2,
        addunit: 'DAY',
        waitint: 6,
        waitunit: 'HOUR',
        minmultiplier: 1,
        maxmultiplier: 2.5,
        penalties: { min: 3, addint: 2, addunit: 'HOUR', always: 1 },
      },
      link: {
        addint: 1,
        addunit: 'HOUR',
        subint: 30,
        subunit: 'DAY',
        waitint: 1,
        minmultiplier: 1,
        maxmultiplier: 1,
      },
      luck: {
        addint: 2,
        addunit: 'HOUR',
        subint: 1,
        subunit: 'HOUR',
        waitint: 6,
        waitunit: 'HOUR',
        minmultiplier: 1,
        maxmultiplier: 1,
        penalties: { min: 2, addint: 1, addunit: 'DAY', always: 0 },
      },
    })
    expect(s.has_history).toBe(1)
    const h = await call<Page<Item>>(api, 'GET', 'histories.php', { query: { session: Number(res.data.id) } })
    expect(h.data.items).toEqual([
      {
        session: res.data.id,
        type: 'START',
        unit: null,
        source: null,
        dom: 0,
        schedule: '2026-02-20 08:00:00',
        happened: '2026-02-15 12:00:00.000',
      },
    ])
    const state = await control<{ linkToken: string }>(api, 'GET', 'state')
    expect(state.data.linkToken).toMatch(/^[0-9a-f]{32}$/)
  })

  it('maxend randomizes the scheduled end between now and the given end', async () => {
    const res = await live({ scheduledend: '2026-02-25', maxend: 1 })
    const end = api.state.sessions.get(Number(res.data.id))?.scheduledEnd ?? 0
    expect(end).toBeGreaterThanOrEqual(NOW)
    // Midnight on the user's clock (+01:00).
    expect(end).toBeLessThanOrEqual(Date.UTC(2026, 1, 24, 23))
  })
})

describe("every written date and time is read on the user's clock", () => {
  it('at -05:00: start, scheduled end, a moved end and a stop all land five hours later in UTC', async () => {
    const west = await start({ seed: 'empty', now: clock.now, userOffset: '-05:00' })
    try {
      const created = await call<Item>(west, 'POST', 'sessions.php', {
        body: {
          type: 'live',
          startdate: '2026-02-14',
          starttime: '09:00',
          scheduledend: '2026-02-20',
          scheduledendtime: '12:00',
        },
      })
      expect(created.status).toBe(201)
      const id = Number(created.data.id)
      const row = () => west.state.sessions.get(id)
      expect(row()?.start).toBe(Date.UTC(2026, 1, 14, 14))
      expect(row()?.scheduledEnd).toBe(Date.UTC(2026, 1, 20, 17))
      const read = await call<Item>(west, 'GET', 'sessions.php', { query: { id } })
      expect(read.data).toMatchObject({
        start: '2026-02-14 09:00:00',
        timezonestart: '-05:00',
        scheduledend: '2026-02-20 17:00:00',
      })

      const patch = (body: unknown) => call<Item>(west, 'PATCH', `sessions.php?id=${id}`, { body })
      expect((await patch({ scheduledend: '2026-02-21', scheduledendtime: '00:30' })).status).toBe(200)
      expect(row()?.scheduledEnd).toBe(Date.UTC(2026, 1, 21, 5, 30))
      expect((await patch({ enddate: '2026-02-15', endtime: '06:00' })).status).toBe(200)
      expect(row()?.end).toBe(Date.UTC(2026, 1, 15, 11))
    } finally {
      await west.close()
    }
  })
})

describe('updating, stopping, deleting', () => {
  it('updates only the given fields, and null removes the scheduled end', async () => {
    const id = (await live({ scheduledend: '2026-02-20', lockedby: 'GF', notes: 'keep' })).data.id
    const patch = (body: unknown) => call<Item>(api, 'PATCH', `sessions.php?id=${String(id)}`, { body })
    const res = await patch({ public: 1 })
    expect(res.status).toBe(200)
    expect(res.data).toEqual({ status: 'Session updated successfully', id })
    expect((await get(id)).data).toMatchObject({
      public: 1,
      lockedby: 'GF',
      notes: 'keep',
      scheduledend: '2026-02-19 23:00:00',
    })
    await patch({ scheduledend: '2026-02-21', scheduledendtime: '18:30' })
    expect((await get(id)).data.scheduledend).toBe('2026-02-21 17:30:00')
    await patch({ scheduledend: null, lockedby: null })
    expect((await get(id)).data).toMatchObject({ scheduledend: null, lockedby: null, notes: 'keep' })
    expect((await patch({})).status).toBe(400)
    expect((await patch({ scheduledendtime: '10:00' })).status).toBe(400)
    expect((await patch({ start: '2026-01-01' })).status).toBe(400)
  })

  it('logs a manual move of an active scheduled end as a MANUAL histories row', async () => {
    const id = (await live({ scheduledend: '2026-02-20' })).data.id
    await call(api, 'PATCH', `sessions.php?id=${String(id)}`, { body: { scheduledend: '2026-02-21' } })
    const h = await call<Page<Item>>(api, 'GET', 'histories.php', { query: { session: Number(id) } })
    expect(h.data.items[0]).toMatchObject({
      type: 'ADD',
      unit: 86400,
      source: 'MANUAL',
      schedule: '2026-02-20 23:00:00',
    })
  })

  it('stops an active session now, only at least one hour after its start', async () => {
    const id = (await live()).data.id
    const stop = () => call<Item>(api, 'PATCH', `sessions.php?id=${String(id)}`, { body: { endNow: true } })
    const early = await stop()
    expect(early.status).toBe(400)
    expect(early.body.error?.message).toMatch(/1 hour/)
    clock.advance(60 * 60_000)
    const res = await stop()
    expect(res.status).toBe(200)
    expect(res.data).toEqual({ status: 'Session stopped successfully', id })
    expect((await get(id)).data).toMatchObject({
      active: 0,
      end: '2026-02-15 14:00:00',
      timezoneend: '+01:00',
    })
    expect((await get(id)).data).not.toHaveProperty('games')
    const again = await stop()
    expect(again.status).toBe(409)
    expect(again.body.error?.code).toBe('session_not_active')
  })

  it('stops at a given end date/time (user wall clock), never in the future', async () => {
    const id = (await live({ startdate: '2026-02-10', starttime: '08:00' })).data.id
    const patch = (body: unknown) => call<Item>(api, 'PATCH', `sessions.php?id=${String(id)}`, { body })
    expect((await patch({ enddate: '2026-02-15', endtime: '13:01' })).status).toBe(400)
    expect((await patch({ enddate: '2026-02-10', endtime: '08:30' })).status).toBe(400)
    expect((await patch({ enddate: '2026-02-14', endtime: '20:00' })).status).toBe(200)
    expect((await get(id)).data.end).toBe('2026-02-14 20:00:00')
  })

  it('cannot delete an active session; deletes a finished one with its rows', async () => {
    const id = Number((await live({ startdate: '2026-02-10', scheduledend: '2026-02-20', dices: 1 })).data.id)
    const del = () => call<Item>(api, 'DELETE', `sessions.php?id=${id}`)
    const refused = await del()
    expect(refused.status).toBe(409)
    expect(refused.body.error?.code).toBe('session_active')
    await call(api, 'PATCH', `sessions.php?id=${id}`, { body: { endNow: true } })
    const res = await del()
    expect(res.status).toBe(200)
    expect(res.data).toEqual({ status: 'Session deleted successfully', id })
    expect((await get(id)).status).toBe(404)
    expect(api.state.histories.has(id)).toBe(false)
  })

  it('PATCH and DELETE without an id are 400', async () => {
    expect((await call(api, 'PATCH', 'sessions.php', { body: { notes: 'x' } })).status).toBe(400)
    expect((await call(api, 'DELETE', 'sessions.php')).status).toBe(400)
    expect((await call(api, 'GET', 'sessions.php', { query: { id: 'abc' } })).status).toBe(400)
  })
})

describe('listing sessions', () => {
  beforeEach(async () => {
    await manual({ startdate: '2026-01-01', starttime: '00:30', enddate: '2026-01-02', public: 1 })
    await manual({ startdate: '2026-01-10', starttime: '00:00', enddate: '2026-01-12' })
    await manual({ startdate: '2026-01-31', starttime: '23:30', enddate: '2026-02-02' })
    await live({ startdate: '2026-02-10' })
  })
  const list = (query: Record<string, string | number | undefined>) =>
    call<Page<Item>>(api, 'GET', 'sessions.php', { query })

  it('sorts by start DESC and pages by offset with totals', async () => {
    const all = await list({})
    expect(all.data).toMatchObject({ count: 4, total: 4, limit: 50, offset: 0 })
    expect(all.data.items.map((s) => s.start)).toEqual([
      '2026-02-10 00:00:00',
      '2026-01-31 23:30:00',
      '2026-01-10 00:00:00',
      '2026-01-01 00:30:00',
    ])
    expect(all.data.items[0]).toHaveProperty('games')
    expect(all.data.items[1]).not.toHaveProperty('games')
    const page = await list({ limit: 2, offset: 1 })
    expect(page.data).toMatchObject({ count: 2, total: 4, limit: 2, offset: 1 })
    expect(page.data.items.map((s) => s.start)).toEqual(['2026-01-31 23:30:00', '2026-01-10 00:00:00'])
  })

  it('filters from/to as dates in the user timezone, and active/public', async () => {
    // 2026-01-01 00:30 at +01:00 is 2025-12-31 23:30 UTC: still inside from=2026-01-01 for the user.
    const jan = await list({ from: '2026-01-01', to: '2026-01-31' })
    expect(jan.data.items.map((s) => s.start)).toEqual([
      '2026-01-31 23:30:00',
      '2026-01-10 00:00:00',
      '2026-01-01 00:30:00',
    ])
    expect((await list({ to: '2026-01-30' })).data.total).toBe(2)
    expect((await list({ active: 1 })).data.total).toBe(1)
    expect((await list({ active: 0 })).data.total).toBe(3)
    expect((await list({ public: 1 })).data.total).toBe(1)
  })

  it.each([
    { limit: 201 },
    { limit: 0 },
    { limit: 'x' },
    { offset: -1 },
    { from: '2026-1-1' },
    { active: 2 },
  ])('refuses %o with 400', async (q) => {
    const res = await list(q)
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain(Object.keys(q)[0])
  })
})
