import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FakeApi } from '../../tools/fake-api/server'
import { type Page, call, start } from './helpers'

type Orgasm = {
  id: number
  date: string
  mode: string
  public: number
  type: string | null
  grantedby: string | null
}
let api: FakeApi

beforeEach(async () => {
  api = await start({ seed: 'empty' })
})
afterEach(() => api.close())

const post = (body: Record<string, unknown>) =>
  call<{ status: string; ids: number[]; count: number }>(api, 'POST', 'orgasms.php', { body })
const get = (id: number) => call<Orgasm>(api, 'GET', 'orgasms.php', { query: { id } })
const list = (query: Record<string, string | number> = {}) =>
  call<Page<Orgasm>>(api, 'GET', 'orgasms.php', { query })

describe('orgasms', () => {
  it('inserts one (201) and reads it back', async () => {
    const res = await post({ date: '2026-02-01', mode: 'full', public: 1, type: 'Stroke', grantedby: 'GF' })
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({ count: 1, ids: [expect.any(Number)] })
    const o = await get(res.data.ids[0] ?? 0)
    expect(o.data).toMatchObject({
      date: '2026-02-01',
      mode: 'full',
      public: 1,
      type: 'Stroke',
      grantedby: 'GF',
    })
    expect(o.data).toHaveProperty('inserted', '2026-02-15 12:00:00.000')
  })

  it('inserts several with number, up to 50', async () => {
    const res = await post({ date: '2026-02-01', mode: 'ruined', number: 3 })
    expect(res.data.count).toBe(3)
    expect(new Set(res.data.ids).size).toBe(3)
    expect((await list()).data.total).toBe(3)
    expect((await post({ date: '2026-02-01', mode: 'ruined', number: 51 })).status).toBe(400)
    expect((await post({ date: '2026-02-01', mode: 'ruined', number: 0 })).status).toBe(400)
  })

  it('mode=dom forces public=0 and clears grantedby, on insert and update', async () => {
    const id = (await post({ date: '2026-02-01', mode: 'dom', public: 1, grantedby: 'GF' })).data.ids[0] ?? 0
    expect((await get(id)).data).toMatchObject({ public: 0, grantedby: null })
    const other =
      (await post({ date: '2026-02-01', mode: 'full', public: 1, grantedby: 'GF' })).data.ids[0] ?? 0
    const res = await call(api, 'PATCH', `orgasms.php?id=${other}`, { body: { mode: 'dom' } })
    expect(res.status).toBe(200)
    expect(res.data).toEqual({ status: 'Orgasm updated successfully', id: other })
    expect((await get(other)).data).toMatchObject({ mode: 'dom', public: 0, grantedby: null })
  })

  it('updates only the given fields and deletes', async () => {
    const id =
      (await post({ date: '2026-02-01', mode: 'full', type: 'Toy', grantedby: 'GF' })).data.ids[0] ?? 0
    await call(api, 'PATCH', `orgasms.php?id=${id}`, { body: { type: 'Sex', date: '2026-02-02' } })
    expect((await get(id)).data).toMatchObject({
      type: 'Sex',
      date: '2026-02-02',
      grantedby: 'GF',
      mode: 'full',
    })
    expect((await call(api, 'PATCH', `orgasms.php?id=${id}`, { body: {} })).status).toBe(400)
    const del = await call(api, 'DELETE', `orgasms.php?id=${id}`)
    expect(del.data).toEqual({ status: 'Orgasm deleted successfully', id })
    expect((await get(id)).status).toBe(404)
  })

  it.each([
    [{ mode: 'full' }, 'date'],
    [{ date: '2026-02-01' }, 'mode'],
    [{ date: '2026-02-01', mode: 'other' }, 'mode'],
    [{ date: '2026-02-16', mode: 'full' }, 'date'],
    [{ date: '2000-01-01', mode: 'full' }, 'date'],
    [{ date: '2026-02-01', mode: 'full', type: 'x'.repeat(101) }, 'type'],
    [{ date: '2026-02-01', mode: 'full', grantedby: 'x'.repeat(51) }, 'grantedby'],
    [{ date: '2026-02-01', mode: 'full', public: 'yes' }, 'public'],
  ])('refuses %o with 400 naming %s', async (body, field) => {
    const res = await post(body)
    expect(res.status).toBe(400)
    expect(res.body.error?.code).toBe('validation_error')
    expect(res.body.error?.message).toContain(field)
  })

  it('accepts the longest allowed texts and today in the user timezone', async () => {
    expect(
      (await post({ date: '2026-02-15', mode: 'full', type: 'x'.repeat(100), grantedby: 'y'.repeat(50) }))
        .status,
    ).toBe(201)
  })

  it('lists by date DESC then id DESC with filters and offset paging', async () => {
    const a = (await post({ date: '2026-01-05', mode: 'full', public: 1 })).data.ids[0]
    const b = (await post({ date: '2026-01-20', mode: 'ted' })).data.ids[0]
    const c = (await post({ date: '2026-01-20', mode: 'milking', public: 1 })).data.ids[0]
    const d = (await post({ date: '2026-02-10', mode: 'dom' })).data.ids[0]
    expect((await list()).data.items.map((o) => o.id)).toEqual([d, c, b, a])
    expect((await list({ from: '2026-01-20', to: '2026-01-31' })).data.items.map((o) => o.id)).toEqual([c, b])
    expect((await list({ public: 1 })).data.items.map((o) => o.id)).toEqual([c, a])
    expect((await list({ mode: 'dom' })).data.items.map((o) => o.id)).toEqual([d])
    expect((await list({ mode: 'dom', public: 0 })).data.total).toBe(1)
    const page = await list({ limit: 2, offset: 2 })
    expect(page.data).toMatchObject({ count: 2, total: 4, limit: 2, offset: 2 })
    expect(page.data.items.map((o) => o.id)).toEqual([b, a])
  })

  it('refuses mode=dom with public=1 and bad list parameters', async () => {
    const res = await list({ mode: 'dom', public: 1 })
    expect(res.status).toBe(400)
    expect(res.body.error?.message).toContain('public')
    expect((await list({ mode: 'x' })).status).toBe(400)
    expect((await list({ limit: 500 })).status).toBe(400)
  })
})
