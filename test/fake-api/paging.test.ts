import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseUtc } from '../../src/shared/api/time'
import { historyJson } from '../../tools/fake-api/routes/histories'
import type { FakeApi } from '../../tools/fake-api/server'
import { type Page, allPages, call, control, start } from './helpers'

interface History {
  session: number
  type: string
  unit: number | null
  source: string | null
  dom: number
  schedule: string
  happened: string
}
interface Change {
  game: string
  action: string
  happened: string
  before?: unknown
  after?: unknown
  changes?: { label: string }[]
}

let api: FakeApi
let session: number

beforeAll(async () => {
  api = await start({ seed: 'large', largeSessions: 120, largeHistoryRows: 1500, largeGamesChanges: 90 })
  session = (await control<{ activeSessionId: number }>(api, 'GET', 'state')).data.activeSessionId
})
afterAll(() => api.close())

/** happened DESC, schedule DESC, source ASC: never out of order between two consecutive rows. */
function inHistoryOrder(a: History, b: History): boolean {
  if (a.happened !== b.happened) return a.happened > b.happened
  if (a.schedule !== b.schedule) return a.schedule > b.schedule
  return (a.source ?? '') <= (b.source ?? '')
}

describe('histories', () => {
  it('pages through every row with the cursor, in order, without duplicates or gaps', async () => {
    const { items, pages } = await allPages<History>(api, 'histories.php', { session, limit: 37 })
    const stored = api.state.histories.get(session) ?? []
    expect(items).toHaveLength(stored.length)
    expect(stored.length).toBe(1500)
    expect(pages).toBe(Math.ceil(1500 / 37))
    // The same multiset of rows as stored: nothing repeated, nothing skipped.
    const seen = items.map((h) => JSON.stringify(h)).sort()
    expect(seen).toEqual(stored.map((h) => JSON.stringify(historyJson(h))).sort())
    for (let i = 1; i < items.length; i++)
      expect(inHistoryOrder(items[i - 1] as History, items[i] as History)).toBe(true)
    expect(items.at(-1)?.type).toBe('START')
  })

  it('has rows sharing one happened time, ordered by schedule DESC then source', async () => {
    const { items } = await allPages<History>(api, 'histories.php', { session, limit: 200 })
    const twins = items.filter((h, i) => items[i + 1]?.happened === h.happened)
    expect(twins.length).toBeGreaterThan(0)
  })

  it('writes UTC times, happened with milliseconds, and has_games_changes', async () => {
    const page = await call<Page<History>>(api, 'GET', 'histories.php', { query: { session, limit: 5 } })
    expect(page.data).toMatchObject({ count: 5, limit: 5, has_games_changes: 1 })
    expect(page.data).not.toHaveProperty('total')
    expect(page.data.cursor_next).toEqual(expect.any(String))
    for (const h of page.data.items) {
      expect(h.happened).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/)
      expect(h.schedule).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    }
  })

  it('gives a null cursor_next on the last page', async () => {
    const page = await call<Page<History>>(api, 'GET', 'histories.php', {
      query: { session, limit: 200, type: 'START' },
    })
    expect(page.data.count).toBe(1)
    expect(page.data.cursor_next).toBeNull()
  })

  it('filters by type, source, dom and a happened range (inclusive), across pages', async () => {
    const all = (await allPages<History>(api, 'histories.php', { session, limit: 200 })).items
    const from = all[800]?.happened ?? ''
    const to = all[200]?.happened ?? ''
    const cases: [Record<string, string | number>, (h: History) => boolean][] = [
      [{ type: 'SUB' }, (h) => h.type === 'SUB'],
      [{ source: 'PENALTY' }, (h) => h.source === 'PENALTY'],
      [{ dom: 1 }, (h) => h.dom === 1],
      [{ from, to }, (h) => h.happened >= from && h.happened <= to],
      [{ source: 'DICE', dom: 0, from }, (h) => h.source === 'DICE' && h.dom === 0 && h.happened >= from],
    ]
    for (const [filter, pick] of cases) {
      const got = (await allPages<History>(api, 'histories.php', { session, limit: 41, ...filter })).items
      const want = all.filter(pick)
      expect(want.length).toBeGreaterThan(0)
      expect(got).toEqual(want)
    }
  })

  it('reads from/to as UTC', async () => {
    const all = (await allPages<History>(api, 'histories.php', { session, limit: 200 })).items
    const newest = all[0] as History
    const at = parseUtc(newest.happened) ?? 0
    const justAfter = new Date(at + 1).toISOString().replace('T', ' ').replace('Z', '')
    const got = await call<Page<History>>(api, 'GET', 'histories.php', {
      query: { session, from: justAfter },
    })
    expect(got.data.count).toBe(0)
  })

  it.each([
    [{ cursor: 'not-a-cursor!' }, 'cursor'],
    [{ cursor: Buffer.from('{"x":1}').toString('base64') }, 'cursor'],
    [{ cursor: Buffer.from('nope').toString('base64') }, 'cursor'],
    [{ limit: 201 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ type: 'STOP' }, 'type'],
    [{ source: 'dice' }, 'source'],
    [{ dom: 3 }, 'dom'],
    [{ from: '2026-02-30 10:00:00' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
  ])('refuses %o with 400', async (q, field) => {
    const res = await call(api, 'GET', 'histories.php', { query: { session, ...q } })
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain(field)
  })

  it('needs the session parameter', async () => {
    const res = await call(api, 'GET', 'histories.php')
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain('session')
  })
})

describe('games_changes', () => {
  it('pages through every row, happened DESC, with the total', async () => {
    const first = await call<Page<Change>>(api, 'GET', 'games_changes.php', { query: { session, limit: 7 } })
    expect(first.data).toMatchObject({ count: 7, total: 90, limit: 7 })
    const { items } = await allPages<Change>(api, 'games_changes.php', { session, limit: 7 })
    expect(items).toHaveLength(90)
    for (let i = 1; i < items.length; i++) {
      expect((items[i - 1] as Change).happened >= (items[i] as Change).happened).toBe(true)
    }
    expect(items.at(-1)?.action).toBe('INSERT')
  })

  it('omits before/after unless include_raw=1 and changes when include_diff=0', async () => {
    const q = { session, limit: 3 }
    const plain = (await call<Page<Change>>(api, 'GET', 'games_changes.php', { query: q })).data
      .items[0] as Change
    expect(plain).not.toHaveProperty('before')
    expect(plain).not.toHaveProperty('after')
    expect(plain.changes?.length).toBeGreaterThan(0)
    const raw = (
      await call<Page<Change>>(api, 'GET', 'games_changes.php', {
        query: { ...q, include_raw: 1, include_diff: 0 },
      })
    ).data.items[0] as Change
    expect(raw.before).toEqual(expect.objectContaining({ dices: expect.any(Number) }))
    expect(raw.after).toEqual(expect.objectContaining({ dices: expect.any(Number) }))
    expect(raw).not.toHaveProperty('changes')
  })

  it('filters by game, action and happened range; total follows the filter', async () => {
    const inserts = await call<Page<Change>>(api, 'GET', 'games_changes.php', {
      query: { session, action: 'INSERT' },
    })
    expect(inserts.data.total).toBe(1)
    expect(inserts.data.items[0]).toMatchObject({ game: 'DICE', action: 'INSERT' })
    const none = await call<Page<Change>>(api, 'GET', 'games_changes.php', {
      query: { session, game: 'LUCK' },
    })
    expect(none.data).toMatchObject({ count: 0, total: 0, cursor_next: null })
    const all = (await allPages<Change>(api, 'games_changes.php', { session, limit: 200 })).items
    const to = all[10]?.happened ?? ''
    const older = await allPages<Change>(api, 'games_changes.php', { session, limit: 9, to })
    expect(older.items).toEqual(all.slice(10))
  })

  it.each([
    [{ game: 'dice' }, 'game'],
    [{ action: 'CREATE' }, 'action'],
    [{ include_raw: 2 }, 'include_raw'],
    [{ include_diff: 'yes' }, 'include_diff'],
    [{ cursor: 'e30=' }, 'cursor'],
  ])('refuses %o with 400', async (q, field) => {
    const res = await call(api, 'GET', 'games_changes.php', { query: { session, ...q } })
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain(field)
  })
})
