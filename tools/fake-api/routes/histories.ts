/** /api/v2/histories.php: a session's schedule changes, cursor-paged. */
import { gamesChangesOf, historiesOf } from '../db'
import { utc, utcMillis } from '../format'
import type { HistoryRow, HistorySource, HistoryType } from '../types'
import { queryEnum, queryFlag } from '../validation'
import { type Endpoint, ok } from './context'
import { cursorSlice, encodeCursor, sessionCursorRequest } from './paging'

export const HISTORY_TYPES: readonly HistoryType[] = ['START', 'ADD', 'SUB']
export const HISTORY_SOURCES: readonly HistorySource[] = ['DICE', 'LINK', 'LUCK', 'MANUAL', 'PENALTY', 'DOM']

interface HistoryKey {
  h: number
  s: number
  src: string
  id: number
}

const isKey = (v: unknown): v is HistoryKey => {
  const k = v as Partial<HistoryKey> | null
  return (
    k !== null &&
    typeof k === 'object' &&
    Number.isFinite(k.h) &&
    Number.isFinite(k.s) &&
    typeof k.src === 'string' &&
    Number.isInteger(k.id)
  )
}

const keyOf = (r: HistoryRow): HistoryKey => ({ h: r.happened, s: r.schedule, src: r.source ?? '', id: r.id })

/** happened DESC, schedule DESC, source ASC (null first, as SQL sorts it), then id DESC to be total. */
function compareKeys(a: HistoryKey, b: HistoryKey): number {
  return b.h - a.h || b.s - a.s || (a.src < b.src ? -1 : a.src > b.src ? 1 : 0) || b.id - a.id
}

const sortedCache = new WeakMap<HistoryRow[], { length: number; sorted: HistoryRow[] }>()

/** Rows are only ever appended, so a cached sort stays valid while the length is unchanged. */
function sortedHistories(rows: HistoryRow[]): HistoryRow[] {
  const hit = sortedCache.get(rows)
  if (hit && hit.length === rows.length) return hit.sorted
  const sorted = [...rows].sort((a, b) => compareKeys(keyOf(a), keyOf(b)))
  sortedCache.set(rows, { length: rows.length, sorted })
  return sorted
}

export function historyJson(r: HistoryRow): Record<string, unknown> {
  return {
    session: r.session,
    type: r.type,
    unit: r.unit,
    source: r.source,
    dom: r.dom,
    schedule: utc(r.schedule),
    happened: utcMillis(r.happened),
    ...r.raw,
  }
}

export const historiesEndpoint: Endpoint = {
  GET(ctx, req) {
    const { query: q, session, from, to, limit, key } = sessionCursorRequest(ctx, req, isKey)
    const type = queryEnum(q, 'type', HISTORY_TYPES)
    const source = queryEnum(q, 'source', HISTORY_SOURCES)
    const dom = queryFlag(q, 'dom')

    const rows = sortedHistories(historiesOf(ctx.state, session.id)).filter(
      (r) =>
        (type === undefined || r.type === type) &&
        (source === undefined || r.source === source) &&
        (dom === undefined || r.dom === dom) &&
        (from === undefined || r.happened >= from) &&
        (to === undefined || r.happened <= to),
    )
    const page = cursorSlice(rows, key, (r, k) => compareKeys(keyOf(r), k), limit)
    return ok({
      count: page.rows.length,
      limit,
      cursor_next: page.next ? encodeCursor({ ...keyOf(page.next) }) : null,
      has_games_changes: gamesChangesOf(ctx.state, session.id).length > 0 ? 1 : 0,
      items: page.rows.map(historyJson),
    })
  },
}
