/**
 * The API client against the emulator, over real loopback HTTP.
 */
import { z } from 'zod'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../../../src/main/api/client'
import { ApiError } from '../../../src/main/api/errors'
import { MemoryTokenStore } from '../../../src/main/auth/memory-token-store'
import { TokenService } from '../../../src/main/auth/token-service'
import { startFakeApi, type FakeApi } from '../../../tools/fake-api/server'
import { scheduledEnd } from '../../../src/shared/api/time'

const TOKEN = 'dev-token-0123456789'
const RO_TOKEN = 'ro-token-0123456789'

let api: FakeApi
let writeClient: ApiClient

function client(
  token: string | null = TOKEN,
  extra: Partial<ConstructorParameters<typeof ApiClient>[0]> = {},
) {
  return new ApiClient({
    baseUrl: api.url,
    getToken: () => token,
    userAgent: 'ChastityTrackerCompanion/test',
    retryBaseMs: 5,
    timeoutMs: 2_000,
    ...extra,
  })
}

async function expectApiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const logSince = (n: number) => api.requestLog.slice(n)

beforeAll(async () => {
  api = await startFakeApi({ port: 0, seed: 'demo', token: TOKEN, readOnlyToken: RO_TOKEN })
  writeClient = client()
})
afterAll(async () => {
  await api.close()
})
afterEach(() => {
  api.faults.clear()
})

describe('reads', () => {
  it('reads stats', async () => {
    const stats = await writeClient.stats()
    expect(stats.nick).toBe('Tester')
    expect(typeof stats.locked).toBe('boolean')
  })

  it('lists sessions with filters and offset paging', async () => {
    const page = await writeClient.listSessions({ limit: 5 })
    expect(page.items).toHaveLength(5)
    expect(page.total).toBeGreaterThan(5)
    const next = await writeClient.listSessions({ limit: 5, offset: 5 })
    expect(next.items.map((s) => s.id)).not.toContain(page.items[0]?.id)
    const inactive = await writeClient.listSessions({ active: 0, limit: 200 })
    expect(inactive.items.every((s) => s.active === false)).toBe(true)
    const active = await writeClient.activeSession()
    expect(active?.active).toBe(true)
    expect(active?.games?.dice?.dices).toBeGreaterThan(0)
  })

  it('iterates every session across offset pages', async () => {
    const first = await writeClient.listSessions({ limit: 1 })
    const ids: number[] = []
    for await (const page of writeClient.iterateSessions({}, { pageSize: 7 }))
      ids.push(...page.map((s) => s.id))
    expect(ids).toHaveLength(first.total)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gets one session, and 404 for a missing one or another user’s', async () => {
    const active = await writeClient.activeSession()
    expect(active).not.toBeNull()
    const one = await writeClient.getSession(active!.id)
    expect(one.id).toBe(active!.id)
    const missing = await expectApiError(writeClient.getSession(999_999))
    expect(missing.kind).toBe('notFound')
    expect(missing.status).toBe(404)
    const other = [...api.state.sessions.values()].find((s) => s.userId === api.state.otherUserId)
    expect(other).toBeDefined()
    const foreign = await expectApiError(writeClient.getSession(other!.id))
    expect(foreign.kind).toBe('notFound')
  })

  it('pages histories with the opaque cursor, filters them, and sorts newest first', async () => {
    const active = (await writeClient.activeSession())!
    const { items, complete } = await writeClient.allHistories({ session: active.id }, { pageSize: 7 })
    expect(complete).toBe(true)
    expect(items.length).toBeGreaterThan(20)
    const happened = items.map((r) => r.happened)
    expect([...happened].sort().reverse()).toEqual(happened)
    const dice = await writeClient.listHistories({ session: active.id, source: 'DICE', limit: 200 })
    expect(dice.items.length).toBeGreaterThan(0)
    expect(dice.items.every((r) => r.source === 'DICE')).toBe(true)
    const doms = await writeClient.listHistories({ session: active.id, dom: 1, limit: 200 })
    expect(doms.items.every((r) => r.dom === true)).toBe(true)
  })

  it('lists games changes with and without raw configs and diffs', async () => {
    const active = (await writeClient.activeSession())!
    const plain = await writeClient.listGamesChanges({ session: active.id })
    expect(plain.items.length).toBeGreaterThan(0)
    expect(plain.items[0]?.before).toBeUndefined()
    expect(plain.items.some((i) => (i.changes ?? []).length > 0)).toBe(true)
    const raw = await writeClient.listGamesChanges({ session: active.id, include_raw: 1, include_diff: 0 })
    expect(raw.items.some((i) => i.after !== undefined)).toBe(true)
    expect(raw.items[0]?.changes).toBeUndefined()
    const dice = await writeClient.allGamesChanges({ session: active.id, game: 'DICE' })
    expect(dice.items.every((i) => i.game === 'DICE')).toBe(true)
  })

  it('lists orgasms with filters, and refuses mode=dom with public=1 before sending', async () => {
    const ruined = await writeClient.listOrgasms({ mode: 'ruined', limit: 200 })
    expect(ruined.items.every((o) => o.mode === 'ruined')).toBe(true)
    const before = api.requestLog.length
    const err = await expectApiError(writeClient.listOrgasms({ mode: 'dom', public: 1 }))
    expect(err.kind).toBe('validation')
    expect(api.requestLog.length).toBe(before)
    const one = await writeClient.getOrgasm(ruined.items[0]!.id)
    expect(one.mode).toBe('ruined')
  })
})

describe('writes', () => {
  it('creates, edits and deletes an orgasm (several at once with number)', async () => {
    const created = await writeClient.createOrgasms({
      date: '2026-11-01',
      mode: 'full',
      public: 1,
      number: 3,
    })
    expect(created.ids).toHaveLength(3)
    const id = created.ids![0]!
    await writeClient.updateOrgasm(id, { mode: 'dom', grantedby: 'x' })
    const edited = await writeClient.getOrgasm(id)
    expect(edited.mode).toBe('dom')
    expect(edited.public).toBe(false)
    expect(edited.grantedby ?? null).toBeNull()
    await writeClient.deleteOrgasm(id)
    expect((await expectApiError(writeClient.getOrgasm(id))).kind).toBe('notFound')
  })

  it('refuses a second active session with 409, and validates bodies before sending', async () => {
    const conflict = await expectApiError(
      writeClient.createSession({ type: 'live', scheduledend: '2026-12-01', scheduledendtime: '10:00' }),
    )
    expect(conflict.kind).toBe('conflict')
    expect(conflict.status).toBe(409)

    const before = api.requestLog.length
    const noEnd = await expectApiError(writeClient.createSession({ type: 'live', dices: 1, dicenumber: 1 }))
    expect(noEnd.kind).toBe('validation')
    expect(noEnd.fields?.scheduledend).toMatch(/required/)
    const badMulti = await expectApiError(
      writeClient.createSession({
        type: 'live',
        scheduledend: '2026-12-01',
        dices: 1,
        diceminmulti: 3,
        dicemaxmulti: 2,
      }),
    )
    expect(badMulti.fields?.diceminmulti).toBeDefined()
    const short = await expectApiError(
      writeClient.createSession({
        type: 'manual',
        startdate: '2026-01-01',
        starttime: '10:00',
        enddate: '2026-01-01',
        endtime: '10:30',
      }),
    )
    expect(short.fields?.enddate).toMatch(/one hour/)
    expect(api.requestLog.length).toBe(before)
  })

  it('creates a manual session, refuses an overlap, and deletes it', async () => {
    const created = await writeClient.createSession({
      type: 'manual',
      startdate: '2025-01-10',
      starttime: '09:00',
      enddate: '2025-01-11',
      endtime: '09:00',
    })
    expect(created.id).toBeGreaterThan(0)
    const overlap = await expectApiError(
      writeClient.createSession({
        type: 'manual',
        startdate: '2025-01-10',
        starttime: '20:00',
        enddate: '2025-01-12',
      }),
    )
    expect(overlap.kind).toBe('conflict')
    const s = await writeClient.getSession(created.id)
    expect(s.start).toBe('2025-01-10 09:00:00')
    await writeClient.deleteSession(created.id)
  })

  it('edits, stops and restarts the live session; the server answers 400 for a bad stop', async () => {
    const active = (await writeClient.activeSession())!
    await writeClient.updateSession(active.id, {
      notes: 'edited',
      scheduledend: '2026-12-24',
      scheduledendtime: '18:00',
    })
    const edited = await writeClient.getSession(active.id)
    expect(edited.notes).toBe('edited')
    // Written on the user's clock: 18:00 at the emulator user's +01:00.
    expect(scheduledEnd(edited)).toBe(Date.UTC(2026, 11, 24, 17))
    const delActive = await expectApiError(writeClient.deleteSession(active.id))
    expect([400, 409]).toContain(delActive.status)
  })

  it('marks a read-only token on writes with 403', async () => {
    const ro = client(RO_TOKEN)
    expect((await ro.stats()).nick).toBe('Tester')
    const err = await expectApiError(ro.createOrgasms({ date: '2026-11-01', mode: 'full' }))
    expect(err.kind).toBe('forbidden')
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/write permission/)
  })

  it('sends a public LINK vote without the bearer token', async () => {
    const linkToken = [...api.state.sessions.values()].find((s) => s.active && s.linkToken)?.linkToken
    expect(linkToken).toBeTruthy()
    const n = api.requestLog.length
    const result = await writeClient.playGame({ game: 'link', dom: 0, token: linkToken!, type: 'add' })
    expect(result.operation).toBe('ADD')
    const sent = logSince(n).filter((r) => r.path.endsWith('games.php'))
    expect(sent).toHaveLength(1)
    expect(sent[0]?.authorization).toBe(false)
    const rows = await writeClient.listHistories({ session: result.session, limit: 1 })
    expect(rows.items[0]?.source).toBe('LINK')
  })

  it('plays dice as the owner and moves the scheduled end', async () => {
    const before = (await writeClient.activeSession())!
    const result = await writeClient.playGame({ game: 'dice', dom: 0, session: before.id })
    const after = (await writeClient.activeSession())!
    expect(after.scheduledend).not.toBe(before.scheduledend)
    expect(result.scheduledend_utc.startsWith(after.scheduledend!.slice(0, 16))).toBe(true)
  })
})

describe('errors and faults', () => {
  it('401 for a missing or unknown token, never with the token in the text', async () => {
    const secret = 'wrong-token-abcdef123456'
    const err = await expectApiError(client(secret).stats())
    expect(err.kind).toBe('unauthorized')
    expect(err.status).toBe(401)
    expect(`${err.message} ${err.stack ?? ''} ${JSON.stringify(err)}`).not.toContain(secret)
    const none = await expectApiError(client(null).stats())
    expect(none.kind).toBe('noToken')
  })

  it('retries a read after 500s and succeeds', async () => {
    api.faults.set({ status500: { count: 2, paths: ['stats.php'] } })
    const n = api.requestLog.length
    expect((await writeClient.stats()).nick).toBe('Tester')
    expect(logSince(n).map((r) => r.status)).toEqual([500, 500, 200])
  })

  it('gives up after the retries with a server error that says so', async () => {
    api.faults.set({ status500: { paths: ['stats.php'] } })
    const n = api.requestLog.length
    const err = await expectApiError(writeClient.stats())
    expect(err.kind).toBe('server')
    expect(err.retryable).toBe(true)
    expect(logSince(n)).toHaveLength(4)
  })

  it('honours Retry-After on 429', async () => {
    api.faults.set({ status429: { count: 1, retryAfterSeconds: 1, paths: ['stats.php'] } })
    const waits: number[] = []
    const c = client(TOKEN, {
      sleep: async (ms) => {
        waits.push(ms)
      },
    })
    expect((await c.stats()).nick).toBe('Tester')
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThanOrEqual(1000)
  })

  it('reports malformed JSON and an HTML error page clearly, after retrying', async () => {
    api.faults.set({ malformedJson: { count: 10, paths: ['stats.php'] } })
    const bad = await expectApiError(writeClient.stats())
    expect(bad.kind).toBe('badResponse')
    expect(bad.message).toMatch(/not valid JSON/)
    api.faults.clear()
    api.faults.set({ htmlError: { count: 10, paths: ['stats.php'] } })
    const html = await expectApiError(writeClient.stats())
    expect(html.kind).toBe('server')
    expect(html.status).toBe(502)
  })

  it('recovers from a dropped connection on reads', async () => {
    api.faults.set({ dropConnection: { count: 1, paths: ['stats.php'] } })
    expect((await writeClient.stats()).nick).toBe('Tester')
  })

  it('times out a stalled read, and reports it as a timeout', async () => {
    api.faults.set({ stallMs: { ms: 5_000, paths: ['stats.php'] } })
    const c = client(TOKEN, { timeoutMs: 200, maxRetries: 1 })
    const err = await expectApiError(c.stats())
    expect(err.kind).toBe('timeout')
  })

  it('never retries a write: a 500 on POST is one request', async () => {
    api.faults.set({ status500: { count: 3, paths: ['orgasms.php'], methods: ['POST'] } })
    const n = api.requestLog.length
    const err = await expectApiError(writeClient.createOrgasms({ date: '2026-11-02', mode: 'ruined' }))
    expect(err.kind).toBe('server')
    expect(logSince(n).filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('a write whose connection dropped after the server acted is uncertain, and happened once', async () => {
    const total = (await writeClient.listOrgasms({ limit: 1 })).total
    api.faults.set({ dropAfterWrite: { count: 1, paths: ['orgasms.php'] } })
    const err = await expectApiError(writeClient.createOrgasms({ date: '2026-11-03', mode: 'ted' }))
    expect(err.kind).toBe('uncertain')
    expect(err.message).toMatch(/check before trying again/)
    expect((await writeClient.listOrgasms({ limit: 1 })).total).toBe(total + 1)
  })

  it('a response of the wrong shape is a typed error, not a crash', async () => {
    const err = await expectApiError(
      writeClient.transport.request({
        method: 'GET',
        path: 'stats.php',
        schema: z.object({ nope: z.string() }),
      }),
    )
    expect(err.kind).toBe('badResponse')
  })

  it('can be cancelled with an AbortSignal between pages', async () => {
    const active = (await writeClient.activeSession())!
    const controller = new AbortController()
    const pages: number[] = []
    const err = await (async () => {
      for await (const page of writeClient.iterateHistories(
        { session: active.id },
        { pageSize: 5, signal: controller.signal },
      )) {
        pages.push(page.length)
        controller.abort()
      }
    })().then(
      () => null,
      (e: unknown) => e,
    )
    expect(pages).toHaveLength(1)
    expect(err).toBeInstanceOf(ApiError)
  })

  it('applies the settings’ base-URL rule: https, plain http only for this machine, no credentials', () => {
    const make = (baseUrl: string) => () => new ApiClient({ baseUrl, getToken: () => TOKEN, userAgent: 'x' })
    expect(make('http://example.org')).toThrow(/https/)
    expect(make('http://127.0.0.2:8787')).toThrow(/https/)
    expect(make('https://user:secret-pass@example.org')).toThrow(/https/)
    expect(make('https://user:secret-pass@example.org')).not.toThrow(/secret-pass/)
    expect(make('not a url')).toThrow(/https/)
    for (const ok of ['https://example.org', 'http://127.0.0.1:8787', 'http://localhost:1', 'http://[::1]:2'])
      expect(make(ok)).not.toThrow()
  })

  it('a late 401 about the previous token carries its id, and leaves a newly saved token alone', async () => {
    const old = 'old-token-0123456789'
    const fresh = 'new-token-0123456789'
    for (const token of [old, fresh])
      api.state.tokens.set(token, { userId: api.state.mainUserId, write: true })
    const service = new TokenService({
      store: new MemoryTokenStore(),
      validate: async (token) => ({ ok: true, nick: (await client(token).stats()).nick }),
    })
    await service.save(old)
    const oldId = service.currentTokenId()
    const c = client(null, { getToken: () => service.lease() })

    // The old token's request is held up by the network ...
    api.faults.set({ stallMs: { ms: 400, count: 1, paths: ['sessions.php'] } })
    const late = c.listSessions({ limit: 1 }).then(
      () => null,
      (e: unknown) => e,
    )
    await expect.poll(() => api.requestLog.some((r) => r.fault === 'stallMs')).toBe(true)
    // ... while the user revokes it on the website and saves a new one.
    await fetch(`${api.url}/__control/revoke`, { method: 'POST', body: JSON.stringify({ token: old }) })
    await service.save(fresh)
    expect(service.currentTokenId()).not.toBe(oldId)

    const err = await late
    expect(err).toBeInstanceOf(ApiError)
    const lateError = err as ApiError
    expect(lateError.kind).toBe('unauthorized')
    expect(lateError.tokenId).toBe(oldId)
    expect(`${lateError.message} ${lateError.stack ?? ''} ${JSON.stringify(lateError)}`).not.toContain(old)
    service.markRevoked(lateError.tokenId)
    expect(service.status()).toMatchObject({ state: 'valid' })
    expect((await c.stats()).nick).toBe('Tester')

    // A 401 about the token held now does mark it.
    await fetch(`${api.url}/__control/revoke`, { method: 'POST', body: JSON.stringify({ token: fresh }) })
    const now = await expectApiError(c.stats())
    expect(now.tokenId).toBe(service.currentTokenId())
    service.markRevoked(now.tokenId)
    expect(service.status().state).toBe('revoked')
  })

  it('a request sent without the bearer token carries no token id', async () => {
    const c = client(null, { getToken: () => ({ token: TOKEN, id: 7 }) })
    const err = await expectApiError(
      c.playGame({ game: 'link', dom: 0, token: 'no-such-link-token', type: 'add' }),
    )
    expect(err.status).toBe(404)
    expect(err.tokenId).toBeUndefined()
    expect((await expectApiError(c.getSession(999_999))).tokenId).toBe(7)
  })

  it('a revoked token turns into 401 mid-run', async () => {
    const token = 'revocable-token-123456'
    api.state.tokens.set(token, { userId: api.state.mainUserId, write: true })
    const c = client(token)
    expect((await c.stats()).nick).toBe('Tester')
    await fetch(`${api.url}/__control/revoke`, { method: 'POST', body: JSON.stringify({ token }) })
    expect((await expectApiError(c.stats())).kind).toBe('unauthorized')
  })
})

describe('pagination across thousands of rows', () => {
  let large: FakeApi
  beforeAll(async () => {
    large = await startFakeApi({
      port: 0,
      seed: 'large',
      token: TOKEN,
      largeSessions: 900,
      largeHistoryRows: 3_000,
    })
  })
  afterAll(async () => {
    await large.close()
  })

  it('reads every history row once, in order, with at most ceil(N/200) requests', async () => {
    const c = new ApiClient({ baseUrl: large.url, getToken: () => TOKEN, userAgent: 'test' })
    const active = (await c.activeSession())!
    const n = large.requestLog.length
    const { items, complete } = await c.allHistories({ session: active.id })
    expect(complete).toBe(true)
    const rows = large.state.histories.get(active.id)!.length
    expect(rows).toBeGreaterThanOrEqual(3_000)
    expect(items).toHaveLength(rows)
    const keys = items.map((r) => `${r.happened}|${r.schedule}|${r.source}|${r.type}|${r.unit}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(large.requestLog.length - n).toBe(Math.ceil(rows / 200))
  })

  it('stops at the cap and says the list is incomplete', async () => {
    const c = new ApiClient({ baseUrl: large.url, getToken: () => TOKEN, userAgent: 'test' })
    const active = (await c.activeSession())!
    const { items, complete } = await c.allHistories({ session: active.id }, { maxItems: 450 })
    expect(items).toHaveLength(450)
    expect(complete).toBe(false)
    const sessions: number[] = []
    for await (const page of c.iterateSessions()) sessions.push(...page.map((s) => s.id))
    expect(sessions.length).toBe(901)
  })
})
