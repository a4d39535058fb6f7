/**
 * The one way a session's rows (its history, its rule changes) are brought up to date: newest
 * first, page by page, until a row already held; all of them the first time. The sync engine
 * uses it for the active session, the data service for another session a view shows.
 */
import type { ApiClient } from '../api/client'
import type { RowLog } from '../store/row-log'
import type { GamesChangeItem, HistoryItem } from '../../shared/api/schemas'

export type RowsClient = Pick<ApiClient, 'iterateHistories' | 'iterateGamesChanges'>

/** Where a session's rows are kept. */
export interface RowsCache {
  histories(sessionId: number): RowLog<HistoryItem>
  gamesChanges(sessionId: number): RowLog<GamesChangeItem>
}

/** One kind of row: where it is kept and how it is fetched. */
export interface RowSource<T> {
  rows(cache: RowsCache, sessionId: number): RowLog<T>
  pages(client: RowsClient, sessionId: number, maxRows: number): AsyncIterable<T[]>
}

/** The most rows the API gives a page. */
const PAGE = 200

export const HISTORIES: RowSource<HistoryItem> = {
  rows: (cache, sessionId) => cache.histories(sessionId),
  pages: (client, session, maxItems) => client.iterateHistories({ session }, { pageSize: PAGE, maxItems }),
}

export const GAMES_CHANGES: RowSource<GamesChangeItem> = {
  rows: (cache, sessionId) => cache.gamesChanges(sessionId),
  // With the raw configs: the audit log shows them, and is answered from the cache.
  pages: (client, session, maxItems) =>
    client.iterateGamesChanges({ session, include_raw: 1 }, { pageSize: PAGE, maxItems }),
}

/** Rows of pages listed newest first, up to the first one already held (not included). */
export async function newestUntilKnown<T>(
  pages: AsyncIterable<readonly T[]>,
  isKnown: (row: T) => boolean,
): Promise<T[]> {
  const fresh: T[] = []
  for await (const page of pages) {
    for (const row of page) {
      // Leaving the loop stops the paging: no further page is asked for.
      if (isKnown(row)) return fresh
      fresh.push(row)
    }
  }
  return fresh
}

export interface SyncedRows<T> {
  /** The rows fetched, newest first: the new ones, or every row the first time. */
  fresh: T[]
  /** Nothing was held for the session before. */
  firstTime: boolean
}

/** Syncs of one log run one after the other, so a row is never appended twice. */
const running = new WeakMap<object, Promise<unknown>>()

/** Fetches a session's new rows and saves them (all of them the first time). */
export function syncRows<T>(
  source: RowSource<T>,
  client: RowsClient,
  cache: RowsCache,
  sessionId: number,
  maxRows: number,
): Promise<SyncedRows<T>> {
  const rows = source.rows(cache, sessionId)
  const run = (running.get(rows) ?? Promise.resolve())
    .catch(() => undefined)
    .then(async () => {
      const firstTime = !rows.exists()
      const fresh = await newestUntilKnown(source.pages(client, sessionId, maxRows), rows.known())
      if (firstTime) rows.replace(fresh)
      else rows.add(fresh)
      return { fresh, firstTime }
    })
  running.set(rows, run)
  return run
}
