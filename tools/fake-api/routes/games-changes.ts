/** /api/v2/games_changes.php: a session's game rule changes, cursor-paged. */
import { gamesChangesOf } from '../db'
import { utcMillis } from '../format'
import { configJson } from '../games-config'
import type { GameAction, GameName, GamesChangeRow } from '../types'
import { queryEnum, queryFlag } from '../validation'
import { type Endpoint, ok } from './context'
import { cursorSlice, encodeCursor, sessionCursorRequest } from './paging'

export const GAME_NAMES: readonly GameName[] = ['DICE', 'LINK', 'LUCK']
export const GAME_ACTIONS: readonly GameAction[] = ['INSERT', 'UPDATE', 'DELETE']

interface ChangeKey {
  h: number
  id: number
}

const isKey = (v: unknown): v is ChangeKey => {
  const k = v as Partial<ChangeKey> | null
  return k !== null && typeof k === 'object' && Number.isFinite(k.h) && Number.isInteger(k.id)
}

/** happened DESC, id DESC. */
const compare = (r: GamesChangeRow, k: ChangeKey) => k.h - r.happened || k.id - r.id

export function gamesChangeJson(
  r: GamesChangeRow,
  includeRaw: boolean,
  includeDiff: boolean,
): Record<string, unknown> {
  // An odd row's own fields follow the same include_raw / include_diff switches.
  const { before, after, changes, ...raw } = r.raw ?? {}
  return {
    session: r.session,
    game: r.game,
    action: r.action,
    dom_nick: r.domNick,
    happened: utcMillis(r.happened),
    ...(includeRaw ? { before: configJson(r.before), after: configJson(r.after) } : {}),
    ...(includeDiff ? { changes: r.changes.map((c) => ({ ...c })) } : {}),
    ...raw,
    ...(includeRaw && before !== undefined ? { before } : {}),
    ...(includeRaw && after !== undefined ? { after } : {}),
    ...(includeDiff && changes !== undefined ? { changes } : {}),
  }
}

export const gamesChangesEndpoint: Endpoint = {
  GET(ctx, req) {
    const { query: q, session, from, to, limit, key } = sessionCursorRequest(ctx, req, isKey)
    const game = queryEnum(q, 'game', GAME_NAMES)
    const action = queryEnum(q, 'action', GAME_ACTIONS)
    const includeRaw = (queryFlag(q, 'include_raw') ?? 0) === 1
    const includeDiff = (queryFlag(q, 'include_diff') ?? 1) === 1

    const rows = gamesChangesOf(ctx.state, session.id)
      .filter(
        (r) =>
          (game === undefined || r.game === game) &&
          (action === undefined || r.action === action) &&
          (from === undefined || r.happened >= from) &&
          (to === undefined || r.happened <= to),
      )
      .sort((a, b) => compare(a, { h: b.happened, id: b.id }))
    const page = cursorSlice(rows, key, compare, limit)
    return ok({
      count: page.rows.length,
      total: rows.length,
      limit,
      cursor_next: page.next ? encodeCursor({ h: page.next.happened, id: page.next.id }) : null,
      items: page.rows.map((r) => gamesChangeJson(r, includeRaw, includeDiff)),
    })
  },
}
