/** Offset pages (sessions, orgasms) and opaque cursor pages (histories, games_changes). */
import { ownedSession } from '../db'
import { ApiError, validation } from '../errors'
import type { SessionRow } from '../types'
import { queryId, queryInt, queryLimit, queryUtc } from '../validation'
import { requireAuth, type ApiRequest, type RouteContext } from './context'

export interface OffsetPage<T> {
  count: number
  total: number
  limit: number
  offset: number
  items: T[]
}

export function offsetPage<R, T>(rows: R[], query: URLSearchParams, render: (row: R) => T): OffsetPage<T> {
  const limit = queryLimit(query)
  const offset = queryInt(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
  const items = rows.slice(offset, offset + limit).map(render)
  return { count: items.length, total: rows.length, limit, offset, items }
}

/** The cursor is base64 of JSON, as the service's own cursors are; clients must treat it as opaque. */
export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64')
}

const invalidCursor = () => new ApiError(400, 'invalid_cursor', "Parameter 'cursor' is not a valid cursor")

export function decodeCursor<K>(raw: string, isKey: (value: unknown) => value is K): K {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) throw invalidCursor()
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  if (!isKey(value)) throw invalidCursor()
  return value
}

export interface CursorSlice<R> {
  rows: R[]
  /** The last row of the page when more rows follow it. */
  next: R | null
}

/**
 * Rows strictly after the cursor key in `sorted` order (compare(row, key) > 0), then one page of them.
 * The order must be total (it ends in a unique id), so no row is repeated or skipped between pages.
 */
export function cursorSlice<R, K>(
  sorted: R[],
  key: K | null,
  compareToKey: (row: R, key: K) => number,
  limit: number,
): CursorSlice<R> {
  let from = 0
  if (key !== null) {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const row = sorted[mid] as R
      if (compareToKey(row, key) > 0) hi = mid
      else lo = mid + 1
    }
    from = lo
  }
  const rows = sorted.slice(from, from + limit)
  const more = from + limit < sorted.length
  return { rows, next: more ? (rows[rows.length - 1] ?? null) : null }
}

/** What every cursor-paged, per-session list (histories, games_changes) reads first. */
export interface SessionCursorRequest<K> {
  query: URLSearchParams
  session: SessionRow
  from: number | undefined
  to: number | undefined
  limit: number
  key: K | null
}

export function sessionCursorRequest<K>(
  ctx: RouteContext,
  req: ApiRequest,
  isKey: (value: unknown) => value is K,
): SessionCursorRequest<K> {
  const grant = requireAuth(req)
  const query = req.query
  const sessionId = queryId(query, 'session')
  if (sessionId === undefined) throw validation("Parameter 'session' is required")
  const rawCursor = query.get('cursor')
  return {
    query,
    session: ownedSession(ctx.state, grant.userId, sessionId),
    from: queryUtc(query, 'from'),
    to: queryUtc(query, 'to'),
    limit: queryLimit(query),
    key: rawCursor ? decodeCursor(rawCursor, isKey) : null,
  }
}
