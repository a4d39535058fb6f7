import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseUtc } from '../../src/shared/api/time'
import type { FakeApi } from '../../tools/fake-api/server'
import { type Page, NOW, call, control, start, withClock } from './helpers'

interface Play {
  session: number
  dom: number
  operation: 'ADD' | 'SUB'
  seconds: number
  scheduledend_utc: string
  multiplier: number | null
}
interface State {
  activeSessionId: number
  linkToken: string
  scheduledEndUtc: string
  otherUser: { activeSessionId: number; linkToken: string }
}
type History = Record<string, unknown>

let api: FakeApi
let clock: ReturnType<typeof withClock>
let state: State

beforeEach(async () => {
  clock = withClock()
  api = await start({ seed: 'demo', now: clock.now })
  state = (await control<State>(api, 'GET', 'state')).data
})
afterEach(() => api.close())

const play = (body: Record<string, unknown>, token?: string | null) =>
  call<Play>(api, 'POST', 'games.php', { body, token })
const scheduledEnd = async () =>
  (await call<{ scheduledend: string }>(api, 'GET', 'sessions.php', { query: { id: state.activeSessionId } }))
    .data.scheduledend
const newestHistory = async () =>
  (
    await call<Page<History>>(api, 'GET', 'histories.php', {
      query: { session: state.activeSessionId, limit: 1 },
    })
  ).data.items[0]

describe('games.php', () => {
  it('a dice roll adds time, moves scheduledend and writes a DICE histories row', async () => {
    const before = parseUtc(await scheduledEnd()) ?? 0
    clock.advance(1234)
    const res = await play({ game: 'dice', dom: 0, session: state.activeSessionId })
    expect(res.status).toBe(200)
    const r = res.data
    expect(r.operation).toBe('ADD')
    // Demo dice: 3 dice in HOURS, multiplier 2..3.
    expect(r.multiplier).toBeGreaterThanOrEqual(2)
    expect(r.multiplier).toBeLessThanOrEqual(3)
    expect(r.seconds).toBeGreaterThanOrEqual(3 * 3600 * 2)
    expect(r.seconds).toBeLessThanOrEqual(18 * 3600 * 3)
    expect(await scheduledEnd()).toBe(r.scheduledend_utc)
    expect(parseUtc(r.scheduledend_utc)).toBe(before + r.seconds * 1000)
    expect(await newestHistory()).toEqual({
      session: state.activeSessionId,
      type: 'ADD',
      unit: r.seconds,
      source: 'DICE',
      dom: 0,
      schedule: r.scheduledend_utc,
      happened: new Date(NOW + 1234).toISOString().replace('T', ' ').replace('Z', ''),
    })
  })

  it('a dom luck draw records dom=1 and its operation', async () => {
    const res = await play({ game: 'luck', dom: 1, session: state.activeSessionId })
    expect(res.status).toBe(200)
    expect(res.data.dom).toBe(1)
    expect(await newestHistory()).toMatchObject({
      source: 'LUCK',
      dom: 1,
      type: res.data.operation,
      unit: res.data.seconds,
    })
  })

  it('a public link vote needs no bearer token', async () => {
    const res = await play({ game: 'link', dom: 0, token: state.linkToken, type: 'sub' }, null)
    expect(res.status).toBe(200)
    // Demo link: subtract 30 MINUTE(S) at a multiplier of 1..1.5.
    const seconds = Math.round(1800 * (res.data.multiplier ?? 0))
    expect(res.data).toMatchObject({ operation: 'SUB', seconds, session: state.activeSessionId })
    expect(await newestHistory()).toMatchObject({ type: 'SUB', source: 'LINK', dom: 0, unit: seconds })
  })

  it("a public link vote carrying the owner's token is a PENALTY: add at the max multiplier", async () => {
    const res = await play({ game: 'link', dom: 0, token: state.linkToken, type: 'sub' }, 'dev-token')
    expect(res.status).toBe(200)
    expect(res.data).toMatchObject({ operation: 'ADD', multiplier: 1.5, seconds: 5400 })
    expect(await newestHistory()).toMatchObject({ type: 'ADD', source: 'PENALTY', unit: 5400 })
    // Even the owner's read-only token counts as the owner.
    const ro = await play({ game: 'link', dom: 0, token: state.linkToken, type: 'add' }, 'ro-token')
    expect(await newestHistory()).toMatchObject({ source: 'PENALTY' })
    expect(ro.data.multiplier).toBe(1.5)
    // Someone else's token is an ordinary vote.
    await play({ game: 'link', dom: 0, token: state.linkToken, type: 'add' }, 'other-token')
    expect(await newestHistory()).toMatchObject({ source: 'LINK' })
  })

  it('link with dom=1 needs the owner token and the session', async () => {
    expect(
      (await play({ game: 'link', dom: 1, session: state.activeSessionId, type: 'add' }, null)).status,
    ).toBe(401)
    const res = await play({ game: 'link', dom: 1, session: state.activeSessionId, type: 'add' })
    expect(res.status).toBe(200)
    expect(await newestHistory()).toMatchObject({ source: 'LINK', dom: 1, type: 'ADD' })
  })

  it.each([
    [{ dom: 0, session: 1 }, 'game'],
    [{ game: 'poker', dom: 0, session: 1 }, 'game'],
    [{ game: 'dice', session: 1 }, 'dom'],
    [{ game: 'dice', dom: 0 }, 'session'],
    [{ game: 'link', dom: 0, token: 'abc' }, 'type'],
    [{ game: 'link', dom: 0, type: 'add' }, 'token'],
  ])('refuses %o with 400 naming %s', async (body, field) => {
    const res = await play(body)
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain(field)
  })

  it('auth: dice needs a token (401), write permission (403), and an owned session (404)', async () => {
    const body = { game: 'dice', dom: 0, session: state.activeSessionId }
    expect((await play(body, null)).status).toBe(401)
    expect((await play(body, 'ro-token')).status).toBe(403)
    expect((await play(body, 'other-token')).status).toBe(404)
    expect((await play({ game: 'link', dom: 0, token: 'unknown', type: 'add' }, null)).status).toBe(404)
  })

  it('is deterministic for a seed number', async () => {
    const a = await play({ game: 'dice', dom: 0, session: state.activeSessionId })
    await control(api, 'POST', 'reset', {})
    const b = await play({ game: 'dice', dom: 0, session: state.activeSessionId })
    expect(b.data).toEqual(a.data)
  })

  it('a game not enabled is 400; a stopped session is 409', async () => {
    await control(api, 'POST', 'rules', { game: 'LUCK', action: 'DELETE' })
    expect((await play({ game: 'luck', dom: 0, session: state.activeSessionId })).status).toBe(400)
    await control(api, 'POST', 'stop', {})
    const res = await play({ game: 'dice', dom: 0, session: state.activeSessionId })
    expect(res.status).toBe(409)
    // Once stopped, the link token no longer votes.
    expect((await play({ game: 'link', dom: 0, token: state.linkToken, type: 'add' }, null)).status).toBe(404)
  })
})

describe('control: play and rules', () => {
  it('plays a forced amount and operation as the website would', async () => {
    const before = parseUtc(await scheduledEnd()) ?? 0
    const res = await control<Play>(api, 'POST', 'play', {
      game: 'dice',
      dom: 1,
      seconds: 3600,
      operation: 'SUB',
    })
    expect(res.data).toMatchObject({ operation: 'SUB', seconds: 3600, dom: 1, multiplier: null })
    expect(parseUtc(await scheduledEnd())).toBe(before - 3600_000)
    expect(await newestHistory()).toMatchObject({ type: 'SUB', unit: 3600, source: 'DICE', dom: 1 })
  })

  it('never subtracts the scheduled end below now', async () => {
    const before = parseUtc(await scheduledEnd()) ?? 0
    const res = await control<Play>(api, 'POST', 'play', { game: 'dice', seconds: 10 ** 8, operation: 'SUB' })
    expect(res.data.seconds).toBe(Math.round((before - NOW) / 1000))
    expect(parseUtc(await scheduledEnd())).toBe(NOW)
  })

  it('a rules UPDATE writes games_changes with before/after and labelled changes', async () => {
    const res = await control(api, 'POST', 'rules', {
      game: 'DICE',
      action: 'UPDATE',
      config: { dices: 4, waitint: 30, maxmultiplier: 4 },
      dom_nick: 'GF',
    })
    expect(res.status).toBe(200)
    const page = await call<Page<Record<string, unknown>>>(api, 'GET', 'games_changes.php', {
      query: { session: state.activeSessionId, include_raw: 1, limit: 1 },
    })
    expect(page.data.items[0]).toMatchObject({
      session: state.activeSessionId,
      game: 'DICE',
      action: 'UPDATE',
      dom_nick: 'GF',
      happened: '2026-02-15 12:00:00.000',
      before: { dices: 3, waitint: 15, waitunit: 'MINUTE', maxmultiplier: 3 },
      after: { dices: 4, waitint: 30, waitunit: 'MINUTE', maxmultiplier: 4 },
      changes: [
        { label: '# of dice(s)', from: 3, to: 4 },
        { label: 'Wait time', from: '15 MINUTE(S)', to: '30 MINUTE(S)' },
        { label: 'Max multiplier', from: 3, to: 4 },
      ],
    })
    const session = await call<{ games: { dice: { dices: number } } }>(api, 'GET', 'sessions.php', {
      query: { id: state.activeSessionId },
    })
    expect(session.data.games.dice.dices).toBe(4)
  })

  it('DELETE and INSERT of the link game drop and create the public link token', async () => {
    const del = await control<{ changes: unknown[] }>(api, 'POST', 'rules', {
      game: 'LINK',
      action: 'DELETE',
    })
    expect(del.data.changes).toContainEqual({ label: 'Votes required', from: 3, to: null })
    expect((await control<State>(api, 'GET', 'state')).data.linkToken).toBeNull()
    const ins = await control<{ link_token: string; changes: unknown[] }>(api, 'POST', 'rules', {
      game: 'LINK',
      action: 'INSERT',
      config: { addint: 2, addunit: 'DAY' },
    })
    expect(ins.data.changes).toContainEqual({ label: 'Add', from: null, to: '2 DAY(S)' })
    expect(ins.data.link_token).toMatch(/^[0-9a-f]{32}$/)
    const stats = await call<{ link_game: string }>(api, 'GET', 'stats.php')
    expect(stats.data.link_game).toBe(`https://www.chastitytracker.org/link/${ins.data.link_token}`)
  })

  it('refuses invalid rule changes', async () => {
    expect((await control(api, 'POST', 'rules', { game: 'DICE', action: 'INSERT' })).status).toBe(409)
    expect(
      (await control(api, 'POST', 'rules', { game: 'DICE', action: 'UPDATE', config: { minmultiplier: 9 } }))
        .status,
    ).toBe(400)
    expect(
      (await control(api, 'POST', 'rules', { game: 'DICE', action: 'UPDATE', config: { bogus: 1 } })).status,
    ).toBe(400)
    expect(
      (await control(api, 'POST', 'rules', { game: 'DICE', action: 'UPDATE', config: { addunit: 'WEEK' } }))
        .status,
    ).toBe(400)
  })
})
