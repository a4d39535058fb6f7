import { describe, expect, it } from 'vitest'
import { fetchAllPages, type Page } from '../../src/renderer/src/allPages'

/** A list of `n` numbered rows that serves at most `maxLimit` a page, and records each request. */
function list(n: number, maxLimit = Infinity) {
  const rows = Array.from({ length: n }, (_, i) => i)
  const requests: { limit: number; offset: number }[] = []
  let inFlight = 0
  let maxInFlight = 0
  const fetchPage = async (limit: number, offset: number): Promise<Page<number>> => {
    requests.push({ limit, offset })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    await new Promise((r) => setTimeout(r, 1))
    inFlight--
    return { items: rows.slice(offset, offset + Math.min(limit, maxLimit)), total: rows.length }
  }
  return { rows, requests, fetchPage, maxInFlight: () => maxInFlight }
}

describe('fetchAllPages', () => {
  it('reads every page in order, the pages after the first at once', async () => {
    const l = list(1050)
    const all = await fetchAllPages(l.fetchPage, 200, 2000)
    expect(all.items).toEqual(l.rows)
    expect(all).toMatchObject({ total: 1050, complete: true })
    expect(l.requests).toEqual(
      [0, 200, 400, 600, 800, 1000].map((offset) => ({ limit: offset === 1000 ? 50 : 200, offset })),
    )
    expect(l.maxInFlight()).toBe(5)
  })

  it('stops at the cap and says the list is incomplete', async () => {
    const l = list(2001)
    const all = await fetchAllPages(l.fetchPage, 200, 2000)
    expect(all.items).toEqual(l.rows.slice(0, 2000))
    expect(all).toMatchObject({ total: 2001, complete: false })
    expect(l.requests).toHaveLength(10)
  })

  it('makes one request for a short or empty list', async () => {
    const short = list(7)
    expect(await fetchAllPages(short.fetchPage, 200, 2000)).toEqual({
      items: short.rows,
      total: 7,
      complete: true,
    })
    const empty = list(0)
    expect(await fetchAllPages(empty.fetchPage, 200, 2000)).toEqual({ items: [], total: 0, complete: true })
    expect(short.requests).toHaveLength(1)
    expect(empty.requests).toHaveLength(1)
  })

  it('steps by the page size the server actually gives', async () => {
    const l = list(450, 100)
    const all = await fetchAllPages(l.fetchPage, 200, 2000)
    expect(all.items).toEqual(l.rows)
    expect(l.requests.map((r) => r.offset)).toEqual([0, 100, 200, 300, 400])
  })

  it('ends at a page that came back empty', async () => {
    const pages: Record<number, Page<string>> = {
      0: { items: ['a', 'b'], total: 6 },
      2: { items: [], total: 2 },
      4: { items: ['e', 'f'], total: 6 },
    }
    const all = await fetchAllPages(
      async (_limit, offset) => pages[offset] ?? { items: [], total: 0 },
      2,
      100,
    )
    expect(all).toEqual({ items: ['a', 'b'], total: 2, complete: true })
  })
})
