/**
 * /__control/*: not part of the real API. Lets tests and the harness act as the website or a dom
 * would (play, change rules, stop), plant odd rows, revoke tokens, inject faults, read the request
 * log, reset the data and move the server clock. No auth; never faulted; answers use the same
 * envelope.
 */
import { activeSessionOf } from './db'
import { ApiError, notFound, validation } from './errors'
import { utc } from './format'
import { gamesJson } from './games-config'
import { type Operation, playGame } from './play'
import { rawRow } from './raw-rows'
import { changeRules } from './rules'
import type { ApiResult } from './routes/context'
import { LINK_URL_BASE } from './routes/stats'
import type { Runtime } from './runtime'
import type { GameAction, GameName, SeedName, SessionRow } from './types'
import { type Body, asBody, enumField, flagField, intField, textField } from './validation'

const SEEDS: readonly SeedName[] = ['empty', 'demo', 'large']

/** The `session` field, or the main user's active session. */
function targetSession(rt: Runtime, body: Body): SessionRow {
  const id = intField(body, 'session', 1)
  if (id === undefined) {
    const active = activeSessionOf(rt.state, rt.state.mainUserId)
    if (!active) throw notFound('Active session')
    return active
  }
  const session = rt.state.sessions.get(id)
  if (!session) throw notFound('Session')
  return session
}

function play(rt: Runtime, body: Body): unknown {
  const game = enumField(body, 'game', ['dice', 'luck', 'link'] as const)
  if (game === undefined) throw validation("Field 'game' is required")
  const seconds = intField(body, 'seconds', 0)
  return playGame(rt.state, rt.now(), rt.gameRng, {
    session: targetSession(rt, body),
    game,
    dom: flagField(body, 'dom') ?? 0,
    type: enumField(body, 'type', ['add', 'sub', 'rand'] as const),
    forceSeconds: seconds,
    forceOperation: enumField(body, 'operation', ['ADD', 'SUB'] as const satisfies readonly Operation[]),
  })
}

function rules(rt: Runtime, body: Body): unknown {
  const game = enumField(body, 'game', ['DICE', 'LINK', 'LUCK'] as const satisfies readonly GameName[])
  const upper = typeof body.game === 'string' ? body.game.toUpperCase() : undefined
  const name = game ?? (upper === 'DICE' || upper === 'LINK' || upper === 'LUCK' ? upper : undefined)
  if (name === undefined) throw validation("Field 'game' must be DICE, LINK or LUCK")
  const action = enumField(body, 'action', [
    'INSERT',
    'UPDATE',
    'DELETE',
  ] as const satisfies readonly GameAction[])
  if (action === undefined) throw validation("Field 'action' is required")
  const session = targetSession(rt, body)
  const row = changeRules(rt.state, rt.now(), rt.tokenRng, {
    session,
    game: name,
    action,
    config: body.config,
    domNick: textField(body, 'dom_nick', 50),
  })
  return {
    id: row.id,
    session: session.id,
    changes: row.changes,
    games: gamesJson(session.games),
    link_token: session.linkToken,
  }
}

function stop(rt: Runtime, body: Body): unknown {
  const session = targetSession(rt, body)
  if (!session.active) throw new ApiError(409, 'session_not_active', 'The session is not active')
  session.end = rt.now()
  session.tzEnd = rt.state.users.get(session.userId)?.offsetMinutes ?? session.tzStart
  session.active = false
  session.linkToken = null
  return { id: session.id, end_utc: utc(session.end) }
}

function summary(rt: Runtime): unknown {
  const { state } = rt
  const active = activeSessionOf(state, state.mainUserId) ?? null
  let histories = 0
  for (const rows of state.histories.values()) histories += rows.length
  let gamesChanges = 0
  for (const rows of state.gamesChanges.values()) gamesChanges += rows.length
  const other = activeSessionOf(state, state.otherUserId)
  return {
    seed: state.seed,
    seedNumber: state.seedNumber,
    now: new Date(rt.now()).toISOString(),
    clockOffsetMs: rt.clockOffsetMs,
    activeSessionId: active?.id ?? null,
    linkToken: active?.linkToken ?? null,
    linkUrl: active?.linkToken ? `${LINK_URL_BASE}${active.linkToken}` : null,
    scheduledEndUtc: active?.scheduledEnd ? utc(active.scheduledEnd) : null,
    games: active ? gamesJson(active.games) : null,
    otherUser: { activeSessionId: other?.id ?? null, linkToken: other?.linkToken ?? null },
    counts: {
      sessions: [...state.sessions.values()].filter((s) => s.userId === state.mainUserId).length,
      histories: active ? (state.histories.get(active.id)?.length ?? 0) : 0,
      allHistories: histories,
      gamesChanges,
      orgasms: [...state.orgasms.values()].filter((o) => o.userId === state.mainUserId).length,
    },
  }
}

const ok = (data: unknown): ApiResult => ({ status: 200, data })

export function handleControl(rt: Runtime, method: string, route: string, rawBody: unknown): ApiResult {
  const body = () => (rawBody === undefined ? {} : asBody(rawBody))
  const key = `${method} ${route}`
  switch (key) {
    case 'GET state':
      return ok(summary(rt))
    case 'POST play':
      return ok(play(rt, body()))
    case 'POST rules':
      return ok(rules(rt, body()))
    case 'POST raw-row': {
      const b = body()
      return ok(rawRow(rt, b, () => targetSession(rt, b)))
    }
    case 'POST stop':
      return ok(stop(rt, body()))
    case 'POST revoke': {
      const token = body().token
      if (typeof token !== 'string' || !rt.state.tokens.delete(token)) throw notFound('Token')
      return ok({ revoked: true })
    }
    case 'GET faults':
      return ok(rt.faults.config)
    case 'POST faults':
      rt.faults.set(body())
      return ok(rt.faults.config)
    case 'DELETE faults':
      rt.faults.clear()
      return ok(rt.faults.config)
    case 'GET requests':
      return ok(rt.requestLog)
    case 'DELETE requests':
      rt.requestLog.length = 0
      return ok({ cleared: true })
    case 'POST reset': {
      const b = body()
      rt.reset(enumField(b, 'seed', SEEDS), intField(b, 'seedNumber', 0))
      return ok(summary(rt))
    }
    case 'POST clock': {
      const b = body()
      const set = b.offsetMs
      const advance = b.advanceMs
      if (set !== undefined && (typeof set !== 'number' || !Number.isFinite(set)))
        throw validation('offsetMs must be a number')
      if (advance !== undefined && (typeof advance !== 'number' || !Number.isFinite(advance))) {
        throw validation('advanceMs must be a number')
      }
      if (typeof set === 'number') rt.clockOffsetMs = set
      if (typeof advance === 'number') rt.clockOffsetMs += advance
      return ok({ now: new Date(rt.now()).toISOString(), offsetMs: rt.clockOffsetMs })
    }
    default:
      throw new ApiError(404, 'not_found', `No control endpoint ${key}`)
  }
}
