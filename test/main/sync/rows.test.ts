import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PagingOptions } from '../../../src/main/api/pagination'
import { DataCache } from '../../../src/main/store/cache'
import {
  GAMES_CHANGES,
  HISTORIES,
  newestUntilKnown,
  syncRows,
  type RowsClient,
} from '../../../src/main/sync/rows'
import {
  gamesChangeItem,
  historyItem,
  type GamesChangeItem,
  type HistoryItem,
} from '../../../src/shared/api/schemas'
import { formatUtc } from '../../../src/shared/api/time'

const T0 = Date.UTC(2026, 1, 3, 9, 0)

function row(i: number): HistoryItem {
  return historyItem.parse({
    session: 7,
    type: 'ADD',
    unit: 60,
    source: 'DICE',
    dom: 0,
    schedule: formatUtc(T0 + 86_400_000 + i * 1000),
    happened: formatUtc(T0 + i * 60_000),
  })
}

/** The account's rows, listed newest first in pages, counting the pages asked for. */
class Rows implements RowsClient {
  histories: HistoryItem[] = []
  changes: GamesChangeItem[] = []
  pages: string[] = []
  queries: unknown[] = []

  iterateHistories(query: object, paging: PagingOptions = {}) {
    this.queries.push(query)
    return this.page('histories', this.histories, paging)
  }

  iterateGamesChanges(query: object, paging: PagingOptions = {}) {
    this.queries.push(query)
    return this.page('changes', this.changes, paging)
  }

  private async *page<T>(
    name: string,
    rows: T[],
    paging: PagingOptions,
  ): AsyncGenerator<T[], void, undefined> {
    const size = paging.pageSize ?? 200
    const newest = [...rows].reverse()
    for (let i = 0; i < newest.length; i += size) {
      this.pages.push(`${name}@${i}`)
      // A page answered after a turn of the event loop, as over HTTP.
      await new Promise((r) => setImmediate(r))
      yield newest.slice(i, i + size)
    }
  }
}

let dir: string
let cache: DataCache
let account: Rows

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-rows-sync-'))
  cache = new DataCache({ dir, now: () => T0 })
  account = new Rows()
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('newest first until a known row', () => {
  it('stops at the first known row, asking for no further page', async () => {
    async function* pages() {
      yield [5, 4, 3]
      yield [2, 1]
      throw new Error('a page after the known row was asked for')
    }
    expect(await newestUntilKnown(pages(), (n) => n <= 4)).toEqual([5])
  })

  it('takes every row when none is known', async () => {
    async function* pages() {
      yield [3, 2]
      yield [1]
    }
    expect(await newestUntilKnown(pages(), () => false)).toEqual([3, 2, 1])
  })
})

describe('syncRows', () => {
  it('fetches every row the first time, then only the new ones, and saves them', async () => {
    account.histories = Array.from({ length: 450 }, (_, i) => row(i))
    const first = await syncRows(HISTORIES, account, cache, 7, 100_000)
    expect(first.firstTime).toBe(true)
    expect(first.fresh).toHaveLength(450)
    expect(account.pages).toEqual(['histories@0', 'histories@200', 'histories@400'])

    account.histories.push(row(450), row(451))
    account.pages = []
    const second = await syncRows(HISTORIES, account, cache, 7, 100_000)
    expect(second).toEqual({ fresh: [row(451), row(450)], firstTime: false })
    expect(account.pages).toEqual(['histories@0'])
    expect(cache.histories(7).all()).toEqual([...account.histories].reverse())
  })

  it('runs syncs of one log one after the other, so no row is saved twice', async () => {
    account.histories = [row(0), row(1)]
    await syncRows(HISTORIES, account, cache, 7, 100_000)
    // More than a page: each sync would still be paging when the other looks.
    for (let i = 2; i < 252; i++) account.histories.push(row(i))
    const [a, b] = await Promise.all([
      syncRows(HISTORIES, account, cache, 7, 100_000),
      syncRows(HISTORIES, account, cache, 7, 100_000),
    ])
    expect(a.fresh).toHaveLength(250)
    expect(b.fresh).toEqual([])
    expect(
      readFileSync(join(dir, 'cache', 'history-7.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(252)
  })

  it('fetches rule changes with their raw configs, for the audit log the cache answers', async () => {
    account.changes = [
      gamesChangeItem.parse({
        session: 7,
        game: 'LINK',
        action: 'UPDATE',
        happened: formatUtc(T0),
        before: { waitint: 5 },
        after: { waitint: 7 },
      }),
    ]
    const { fresh } = await syncRows(GAMES_CHANGES, account, cache, 7, 100_000)
    expect(fresh).toHaveLength(1)
    expect(account.queries).toEqual([{ session: 7, include_raw: 1 }])
    expect(cache.gamesChanges(7).all()[0]?.after).toEqual({ waitint: 7 })
  })
})
