import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeApi } from '../../tools/fake-api/server'
import { NOW, call, control, start } from './helpers'

let api: FakeApi
let otherSession: number
let otherOrgasm: number

beforeAll(async () => {
  api = await start({ seed: 'demo' })
  otherSession = [...api.state.sessions.values()].find((s) => s.userId === api.state.otherUserId)?.id ?? 0
  otherOrgasm = [...api.state.orgasms.values()].find((o) => o.userId === api.state.otherUserId)?.id ?? 0
})
afterAll(() => api.close())

describe('envelope and headers', () => {
  it('wraps success with meta.version 2, JSON content type and a Date header from the server clock', async () => {
    const res = await call(api, 'GET', 'stats.php')
    expect(res.status).toBe(200)
    expect(res.body.ok).toBe(true)
    expect(res.body.meta).toEqual({ version: 2 })
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('date')).toBe(new Date(NOW).toUTCString())
  })

  it('wraps errors with a code and message', async () => {
    const res = await call(api, 'GET', 'sessions.php', { token: null })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'unauthorized' }, meta: { version: 2 } })
    expect(res.body.error?.message).toBeTruthy()
    expect(res.headers.get('date')).toBe(new Date(NOW).toUTCString())
  })

  it('answers 404 in the envelope for an unknown endpoint', async () => {
    const res = await call(api, 'GET', 'nope.php')
    expect(res.status).toBe(404)
    expect(res.body.ok).toBe(false)
  })

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(`${api.url}/api/v2/orgasms.php`, {
      method: 'POST',
      headers: { Authorization: 'Bearer dev-token', 'Content-Type': 'application/json' },
      body: '{"date":',
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_json')
  })
})

describe('auth', () => {
  const reads = ['sessions.php', 'orgasms.php', 'stats.php']
  it.each(reads)('GET %s without a token is 401', async (path) => {
    expect((await call(api, 'GET', path, { token: null })).status).toBe(401)
  })

  it.each(reads)('GET %s with an unknown token is 401', async (path) => {
    expect((await call(api, 'GET', path, { token: 'wrong' })).status).toBe(401)
  })

  it('a non-Bearer Authorization header is 401', async () => {
    const res = await fetch(`${api.url}/api/v2/stats.php`, { headers: { Authorization: 'Basic abc' } })
    expect(res.status).toBe(401)
  })

  it('histories and games_changes need a token too', async () => {
    const active = (await control<{ activeSessionId: number }>(api, 'GET', 'state')).data.activeSessionId
    expect(
      (await call(api, 'GET', 'histories.php', { token: null, query: { session: active } })).status,
    ).toBe(401)
    expect(
      (await call(api, 'GET', 'games_changes.php', { token: null, query: { session: active } })).status,
    ).toBe(401)
  })

  it('the read-only token reads but every write is 403', async () => {
    expect((await call(api, 'GET', 'sessions.php', { token: 'ro-token' })).status).toBe(200)
    const writes: [string, string, unknown][] = [
      ['POST', 'sessions.php', { type: 'live' }],
      ['PATCH', 'sessions.php?id=1000', { notes: 'x' }],
      ['DELETE', 'sessions.php?id=1001', undefined],
      ['POST', 'orgasms.php', { date: '2026-02-01', mode: 'full' }],
      ['PATCH', `orgasms.php?id=${otherOrgasm}`, { type: 'x' }],
      ['DELETE', `orgasms.php?id=${otherOrgasm}`, undefined],
      ['POST', 'games.php', { game: 'dice', dom: 0, session: 1000 }],
    ]
    for (const [method, path, body] of writes) {
      const res = await call(api, method, path, { token: 'ro-token', body })
      expect({ method, path, status: res.status, code: res.body.error?.code }).toEqual({
        method,
        path,
        status: 403,
        code: 'forbidden',
      })
    }
  })

  it("another user's session and orgasm are 404, for reads and writes", async () => {
    expect(otherSession).toBeGreaterThan(0)
    for (const [method, path] of [
      ['GET', `sessions.php?id=${otherSession}`],
      ['PATCH', `sessions.php?id=${otherSession}`],
      ['DELETE', `sessions.php?id=${otherSession}`],
      ['GET', `histories.php?session=${otherSession}`],
      ['GET', `games_changes.php?session=${otherSession}`],
      ['GET', `orgasms.php?id=${otherOrgasm}`],
      ['PATCH', `orgasms.php?id=${otherOrgasm}`],
      ['DELETE', `orgasms.php?id=${otherOrgasm}`],
    ] as const) {
      const res = await call(api, method, path, { body: method === 'PATCH' ? { notes: 'x' } : undefined })
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 })
    }
    // The other user's own token does see them.
    expect((await call(api, 'GET', `sessions.php?id=${otherSession}`, { token: 'other-token' })).status).toBe(
      200,
    )
  })

  it('an unknown id is 404', async () => {
    expect((await call(api, 'GET', 'sessions.php?id=999999')).status).toBe(404)
    expect((await call(api, 'GET', 'orgasms.php?id=999999')).status).toBe(404)
  })
})

describe('methods', () => {
  it.each([
    ['PUT', 'sessions.php'],
    ['PUT', 'orgasms.php'],
    ['POST', 'histories.php'],
    ['DELETE', 'histories.php'],
    ['POST', 'games_changes.php'],
    ['POST', 'stats.php'],
    ['GET', 'games.php'],
  ])('%s %s is 405 with an Allow header', async (method, path) => {
    const res = await call(api, method, path, { body: method === 'GET' ? undefined : {} })
    expect(res.status).toBe(405)
    expect(res.body.error?.code).toBe('method_not_allowed')
    expect(res.headers.get('allow')).toBeTruthy()
  })
})
