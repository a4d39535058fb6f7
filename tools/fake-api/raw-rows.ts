/**
 * POST /__control/raw-row: rows as the real service may send them although its pages do not show
 * it (an object or array in a games_changes diff, a histories `source` it never lists, an extra
 * field, a field of an unexpected type), so tests over real HTTP can prove that a client reads the
 * rest. `fields` is laid over the row's JSON as sent; the row keeps the emulator's own typed values
 * for ordering and filtering, taken from `fields` where they fit.
 */
import { addGamesChange, addHistory } from './db'
import { notFound, validation } from './errors'
import { GAME_KEY } from './games-config'
import { GAME_ACTIONS, GAME_NAMES, gamesChangeJson } from './routes/games-changes'
import { HISTORY_SOURCES, HISTORY_TYPES, historyJson } from './routes/histories'
import { orgasmJson } from './routes/orgasms'
import { sessionJson } from './routes/session-view'
import type { Runtime } from './runtime'
import type { SessionRow } from './types'
import { type Body, enumField, intField } from './validation'

const TABLES = ['games_changes', 'histories', 'sessions', 'orgasms'] as const

/** `value` when it is one of `values`, else undefined. */
const known = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value)

function fieldsOf(body: Body): Record<string, unknown> {
  const fields = body.fields
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
    throw validation("Field 'fields' must be a JSON object")
  }
  return fields as Record<string, unknown>
}

/**
 * Adds a games_changes or histories row to `session` (happened now), or lays `fields` over an
 * existing session or orgasm (`id`). Answers the row's JSON as the API now sends it.
 */
export function rawRow(rt: Runtime, body: Body, session: () => SessionRow): unknown {
  const table = enumField(body, 'table', TABLES)
  if (table === undefined) throw validation(`Field 'table' must be one of ${TABLES.join(', ')}`)
  const fields = fieldsOf(body)
  const { state } = rt
  switch (table) {
    case 'games_changes': {
      const s = session()
      const game = known(GAME_NAMES, fields.game) ?? 'DICE'
      const config = s.games[GAME_KEY[game]]
      const row = addGamesChange(state, {
        session: s.id,
        game,
        action: known(GAME_ACTIONS, fields.action) ?? 'UPDATE',
        domNick: typeof fields.dom_nick === 'string' ? fields.dom_nick : null,
        happened: rt.now(),
        before: config,
        after: config,
        changes: [],
        raw: fields,
      })
      return { table, session: s.id, item: gamesChangeJson(row, true, true) }
    }
    case 'histories': {
      const s = session()
      const row = addHistory(state, {
        session: s.id,
        type: known(HISTORY_TYPES, fields.type) ?? 'ADD',
        unit: typeof fields.unit === 'number' && Number.isInteger(fields.unit) ? fields.unit : 0,
        // An unknown source matches no `source` filter.
        source: known(HISTORY_SOURCES, fields.source) ?? null,
        dom: fields.dom === 1 ? 1 : 0,
        schedule: s.scheduledEnd ?? rt.now(),
        happened: rt.now(),
        raw: fields,
      })
      return { table, session: s.id, item: historyJson(row) }
    }
    case 'sessions': {
      const row = state.sessions.get(intField(body, 'id', 1) ?? 0)
      if (!row) throw notFound('Session')
      row.raw = { ...row.raw, ...fields }
      return { table, item: sessionJson(state, row) }
    }
    case 'orgasms': {
      const row = state.orgasms.get(intField(body, 'id', 1) ?? 0)
      if (!row) throw notFound('Orgasm')
      row.raw = { ...row.raw, ...fields }
      return { table, item: orgasmJson(row) }
    }
  }
}
