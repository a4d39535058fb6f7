/**
 * Rows the documentation does not show, sent by the emulator over real HTTP (POST
 * /__control/raw-row): a list reads every row that fits, leaves out and reports the ones that do
 * not, and pages on past them; a session's odd sub-parts read as absent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiClient } from '../../../src/main/api/client'
import { ApiError } from '../../../src/main/api/errors'
import { sessionPage } from '../../../src/shared/api/schemas'
import { startFakeApi, type FakeApi } from '../../../tools/fake-api/server'

const TOKEN = 'dev-token-0123456789'
/** Planted in odd rows: it must never reach the log. */
const PRIVATE = 'Private nickname'

let api: FakeApi
let logged: string[]
let client: ApiClient
let active: number

async function rawRow(body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${api.url}/__control/raw-row`, { method: 'POST', body: JSON.stringify(body) })
  expect(response.status).toBe(200)
}

beforeEach(async () => {
  api = await startFakeApi({ port: 0, seed: 'demo', token: TOKEN })
  logged = []
  client = new ApiClient({
    baseUrl: api.url,
    getToken: () => TOKEN,
    userAgent: 'test',
    log: (level, message) => logged.push(`${level}: ${message}`),
  })
  const session = await client.activeSession()
  if (!session) throw new Error('The demo seed has an active session')
  active = session.id
})
afterEach(async () => {
  await api.close()
})

describe('games_changes', () => {
  it('reads a diff whose `to` is a whole object, an array or anything JSON, and unknown fields', async () => {
    const penalties = { min: 2, addint: 1, addunit: 'DAY', always: 1 }
    await rawRow({
      table: 'games_changes',
      fields: {
        changes: [
          { label: 'Penalty', from: null, to: penalties },
          { label: 'Units', from: ['HOUR'], to: ['HOUR', 'DAY'] },
          { label: 'Enabled', from: false, to: true },
          { label: 7, from: 1.5, to: { nested: { deeper: [1, { x: null }] } } },
          'not a diff',
        ],
        mood: 'odd',
      },
    })
    const page = await client.listGamesChanges({ session: active, limit: 5 })
    expect(page.skipped).toEqual([])
    expect(page.items[0]?.changes).toEqual([
      { label: 'Penalty', from: null, to: penalties },
      { label: 'Units', from: ['HOUR'], to: ['HOUR', 'DAY'] },
      { label: 'Enabled', from: false, to: true },
      { label: '7', from: 1.5, to: { nested: { deeper: [1, { x: null }] } } },
    ])
    expect(page.items[0]).toMatchObject({ mood: 'odd' })
    expect(logged).toEqual([])
  })

  it('leaves out a row that cannot be read, logs where and why (not its values), and keeps the rest', async () => {
    const before = await client.allGamesChanges({ session: active })
    await rawRow({ table: 'games_changes', fields: { game: 'BONUS', dom_nick: PRIVATE } })
    const page = await client.listGamesChanges({ session: active, limit: 200 })
    expect(page.items).toHaveLength(before.items.length)
    expect(page.skipped).toEqual([{ index: 0, problem: expect.stringContaining('game') }])
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(
      /^warn: games_changes\.php: left out 1 of \d+ items that do not fit: #0 \(game: /,
    )
    expect(logged.join('\n')).not.toContain(PRIVATE)
    expect(logged.join('\n')).not.toContain('BONUS')
  })
})

describe('histories', () => {
  it('pages on past a page of nothing but unreadable rows, reading every other row once', async () => {
    const before = await client.allHistories({ session: active })
    // The newest row, so with one row a page the first page holds nothing readable.
    await rawRow({ table: 'histories', fields: { source: 'BONUS', unit: 60 } })
    const after = await client.allHistories({ session: active }, { pageSize: 1, maxItems: 40 })
    expect(after.items).toEqual(before.items.slice(0, 40))
    expect(after.complete).toBe(false)
    expect(logged[0]).toMatch(/^warn: histories\.php: left out 1 of 1 items that do not fit: #0 \(source: /)
    const everything = await client.allHistories({ session: active })
    expect(everything).toEqual(before)
  })
})

describe('sessions', () => {
  it('leaves out an unreadable session and moves the offset past it, so no row repeats or vanishes', async () => {
    const all = await client.listSessions({ limit: 200 })
    const odd = all.items[3]!.id
    await rawRow({ table: 'sessions', id: odd, fields: { start: null, notes: PRIVATE } })
    const ids: number[] = []
    for await (const page of client.iterateSessions({}, { pageSize: 2 })) ids.push(...page.map((s) => s.id))
    expect(ids).toEqual(all.items.map((s) => s.id).filter((id) => id !== odd))
    expect(logged).toEqual([expect.stringMatching(/sessions\.php: left out 1 of 2 items .*#1 \(start: /)])
    expect(logged.join('\n')).not.toContain(PRIVATE)
  })

  it('reads the active session with odd sub-parts: games of another shape, fields of the wrong type', async () => {
    await rawRow({
      table: 'sessions',
      id: active,
      fields: { games: { dice: 'three', luck: [], link: { addint: 'lots' } }, lockedby: 42, public: 'maybe' },
    })
    const session = await client.activeSession()
    expect(session).toMatchObject({ id: active, active: true, games: { dice: null, luck: null } })
    // A game whose settings do not read is still a game: only the odd field is left out.
    expect(session?.games?.link).toEqual({})
    expect(session?.lockedby).toBeUndefined()
    expect(session?.public).toBeUndefined()
    expect(session?.scheduledend).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    await rawRow({ table: 'sessions', id: active, fields: { games: [] } })
    expect((await client.getSession(active)).games).toEqual({ dice: null, link: null, luck: null })
  })

  it('an active session that cannot be read at all is an error, not "no session"', async () => {
    await rawRow({ table: 'sessions', id: active, fields: { start: 20260215 } })
    const err = await client.activeSession().then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).kind).toBe('badResponse')
  })
})

describe('orgasms', () => {
  it('leaves out an orgasm of an unknown mode and counts it beside the page', async () => {
    const first = await client.listOrgasms({ limit: 5 })
    await rawRow({ table: 'orgasms', id: first.items[1]!.id, fields: { mode: 'edged' } })
    const page = await client.listOrgasms({ limit: 5 })
    expect(page.items.map((o) => o.id)).toEqual(first.items.filter((_, i) => i !== 1).map((o) => o.id))
    expect(page.skipped).toHaveLength(1)
    expect(page.total).toBe(first.total)
  })
})

describe('an envelope that makes no sense still fails', () => {
  it('items that are not a list, or an offset page without total', () => {
    expect(sessionPage.safeParse({ total: 1, items: { 0: {} } }).success).toBe(false)
    expect(sessionPage.safeParse({ items: [] }).success).toBe(false)
    expect(sessionPage.safeParse({ total: 0, items: [], limit: 'fifty' }).success).toBe(true)
  })
})
