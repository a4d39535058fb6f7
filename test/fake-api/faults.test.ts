import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FakeApi } from '../../tools/fake-api/server'
import { call, control, start } from './helpers'

let api: FakeApi

beforeEach(async () => {
  api = await start({ seed: 'empty' })
})
afterEach(() => api.close())

const stats = (init: RequestInit = {}) =>
  fetch(`${api.url}/api/v2/stats.php`, { headers: { Authorization: 'Bearer dev-token' }, ...init })

describe('faults', () => {
  it('status500 applies to the next count requests, then stops', async () => {
    await control(api, 'POST', 'faults', { status500: { count: 2 } })
    expect((await stats()).status).toBe(500)
    const second = await stats()
    expect(second.status).toBe(500)
    expect(await second.json()).toMatchObject({ ok: false, error: { code: 'server_error' } })
    expect((await stats()).status).toBe(200)
  })

  it('honours the paths and methods filters', async () => {
    await control(api, 'POST', 'faults', { status500: { paths: ['sessions.php'], methods: ['POST'] } })
    expect((await stats()).status).toBe(200)
    expect((await call(api, 'GET', 'sessions.php')).status).toBe(200)
    expect((await call(api, 'POST', 'sessions.php', { body: { type: 'live' } })).status).toBe(500)
    expect(api.state.sessions.size).toBe(0)
  })

  it('a rate of 0 never applies and 1 always does', async () => {
    await control(api, 'POST', 'faults', { status500: { rate: 0 } })
    expect((await stats()).status).toBe(200)
    await control(api, 'POST', 'faults', { status500: { rate: 1 } })
    expect((await stats()).status).toBe(500)
  })

  it('status429 carries Retry-After', async () => {
    await control(api, 'POST', 'faults', { status429: { count: 1, retryAfterSeconds: 7 } })
    const res = await stats()
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
  })

  it('malformedJson answers 200 with a body that does not parse', async () => {
    await control(api, 'POST', 'faults', { malformedJson: { count: 1 } })
    const res = await stats()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    await expect(res.json()).rejects.toThrow()
  })

  it('htmlError answers an HTML page (502 by default, or the given status)', async () => {
    await control(api, 'POST', 'faults', { htmlError: { count: 1 } })
    const res = await stats()
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(await res.text()).toContain('<html>')
    await control(api, 'POST', 'faults', { htmlError: { count: 1, status: 500 } })
    expect((await stats()).status).toBe(500)
  })

  it('dropConnection closes the socket without an answer', async () => {
    await control(api, 'POST', 'faults', { dropConnection: { count: 1 } })
    await expect(stats()).rejects.toThrow()
    expect((await stats()).status).toBe(200)
    expect(api.requestLog.map((e) => [e.status, e.fault])).toEqual([
      [0, 'dropConnection'],
      [200, undefined],
    ])
  })

  it('stallMs answers only after the delay, so a client timeout fires first', async () => {
    await control(api, 'POST', 'faults', { stallMs: { count: 1, ms: 5000 } })
    const t0 = Date.now()
    await expect(stats({ signal: AbortSignal.timeout(200) })).rejects.toThrow()
    expect(Date.now() - t0).toBeLessThan(2000)
    await control(api, 'POST', 'faults', { stallMs: { count: 1, ms: 150 } })
    const t1 = Date.now()
    expect((await stats()).status).toBe(200)
    expect(Date.now() - t1).toBeGreaterThanOrEqual(140)
  })

  it('dropAfterWrite performs the write, then drops the connection (reads are untouched)', async () => {
    await control(api, 'POST', 'faults', { dropAfterWrite: { count: 1 } })
    expect((await stats()).status).toBe(200)
    await expect(
      call(api, 'POST', 'orgasms.php', { body: { date: '2026-02-01', mode: 'full' } }),
    ).rejects.toThrow()
    expect(api.state.orgasms.size).toBe(1)
    expect(
      (await call(api, 'POST', 'orgasms.php', { body: { date: '2026-02-01', mode: 'full' } })).status,
    ).toBe(201)
  })

  it('latencyMs delays every API answer', async () => {
    await control(api, 'POST', 'faults', { latencyMs: 120 })
    const t0 = Date.now()
    await stats()
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110)
  })

  it('never faults the control endpoints; DELETE clears all faults; bad specs are 400', async () => {
    await control(api, 'POST', 'faults', { status500: {}, dropConnection: { paths: ['orgasms.php'] } })
    expect((await control(api, 'GET', 'state')).status).toBe(200)
    expect((await control(api, 'GET', 'faults')).data).toMatchObject({
      status500: {},
      dropConnection: { paths: ['orgasms.php'] },
    })
    await control(api, 'DELETE', 'faults')
    expect((await stats()).status).toBe(200)
    expect((await control(api, 'POST', 'faults', { explode: {} })).status).toBe(400)
    expect((await control(api, 'POST', 'faults', { status500: { count: -1 } })).status).toBe(400)
  })

  it('can be set from the start through the options', async () => {
    const other = await start({ faults: { status500: { count: 1 } } })
    try {
      expect((await fetch(`${other.url}/api/v2/stats.php`)).status).toBe(500)
      expect((await fetch(`${other.url}/api/v2/stats.php`)).status).toBe(401)
    } finally {
      await other.close()
    }
  })
})
