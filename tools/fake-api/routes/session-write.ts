/** Creating, updating and stopping sessions, with every rule the sessions page lists. */
import { activeSessionOf, addHistory, insertSession, overlapping } from '../db'
import { conflict, validation } from '../errors'
import { HOUR_MS, MAX_PAST_MS, MINUTE_MS, dateAt } from '../format'
import { GAME_FIELDS, gamesFromSessionBody, hasAnyGame, noGames } from '../games-config'
import type { SessionRow, User } from '../types'
import {
  type Body,
  dateField,
  enumField,
  flagField,
  rejectUnknownFields,
  textField,
  timeField,
  userClockInstant,
} from '../validation'
import type { RouteContext } from './context'

const CREATE_FIELDS = [
  'type',
  'public',
  'lockedby',
  'notes',
  'startdate',
  'starttime',
  'enddate',
  'endtime',
  'scheduledend',
  'scheduledendtime',
  'maxend',
  ...GAME_FIELDS,
]
const UPDATE_FIELDS = [
  'public',
  'lockedby',
  'notes',
  'scheduledend',
  'scheduledendtime',
  'endNow',
  'enddate',
  'endtime',
]

export const LOCKEDBY_MAX = 100
export const NOTES_MAX = 5000

/** Dates cannot be in the future and cannot be too far in the past. */
export function checkNotFuture(ctx: RouteContext, instant: number, field: string): void {
  const now = ctx.now()
  if (instant > now) throw validation(`Field '${field}' cannot be in the future`)
  if (instant < now - MAX_PAST_MS) throw validation(`Field '${field}' is too far in the past`)
}

/**
 * `scheduledend` (+ `scheduledendtime`) are written on the user's clock like every other date
 * (and read back in UTC); undefined when absent, null when cleared.
 */
function scheduledEndOf(body: Body, user: User): number | null | undefined {
  if (body.scheduledend === null) {
    if (body.scheduledendtime !== undefined) throw validation("Field 'scheduledendtime' needs 'scheduledend'")
    return null
  }
  const date = dateField(body, 'scheduledend')
  const time = timeField(body, 'scheduledendtime')
  if (date === undefined) {
    if (time !== undefined) throw validation("Field 'scheduledendtime' needs 'scheduledend'")
    return undefined
  }
  return userClockInstant(date, time, user.offsetMinutes)
}

function commonFields(body: Body) {
  return {
    public: flagField(body, 'public'),
    lockedby: textField(body, 'lockedby', LOCKEDBY_MAX),
    notes: textField(body, 'notes', NOTES_MAX),
  }
}

export function createSession(ctx: RouteContext, user: User, body: Body): { id: number; games: boolean } {
  rejectUnknownFields(body, CREATE_FIELDS)
  const type = enumField(body, 'type', ['manual', 'live'] as const) ?? 'manual'
  return type === 'manual' ? createManual(ctx, user, body) : createLive(ctx, user, body)
}

function createManual(ctx: RouteContext, user: User, body: Body): { id: number; games: boolean } {
  const common = commonFields(body)
  const startdate = dateField(body, 'startdate')
  const enddate = dateField(body, 'enddate')
  if (startdate === undefined) throw validation("Field 'startdate' is required for a manual session")
  if (enddate === undefined) throw validation("Field 'enddate' is required for a manual session")
  const start = userClockInstant(startdate, timeField(body, 'starttime'), user.offsetMinutes)
  const end = userClockInstant(enddate, timeField(body, 'endtime'), user.offsetMinutes)
  checkNotFuture(ctx, start, 'startdate')
  checkNotFuture(ctx, end, 'enddate')
  if (end - start < HOUR_MS) throw validation("Field 'enddate': a manual session must last at least 1 hour")
  if (overlapping(ctx.state, user.id, start, end))
    throw conflict('overlap', 'The session overlaps an existing session')
  const session = insertSession(ctx.state, {
    userId: user.id,
    start,
    end,
    tzStart: user.offsetMinutes,
    tzEnd: user.offsetMinutes,
    scheduledEnd: null,
    active: false,
    lockedby: common.lockedby ?? null,
    notes: common.notes ?? null,
    public: common.public ?? 0,
    inserted: ctx.now(),
    games: noGames(),
    linkToken: null,
  })
  return { id: session.id, games: false }
}

function createLive(ctx: RouteContext, user: User, body: Body): { id: number; games: boolean } {
  const now = ctx.now()
  const common = commonFields(body)
  const startdate = dateField(body, 'startdate')
  const starttime = timeField(body, 'starttime')
  const today = dateAt(now, user.offsetMinutes)
  const start =
    startdate === undefined && starttime === undefined
      ? Math.floor(now / 1000) * 1000
      : userClockInstant(startdate ?? today, starttime, user.offsetMinutes)
  checkNotFuture(ctx, start, 'startdate')

  let scheduledEnd = scheduledEndOf(body, user) ?? null
  if (scheduledEnd !== null && scheduledEnd <= start)
    throw validation("Field 'scheduledend' must be after the start")
  if (flagField(body, 'maxend') === 1) {
    if (scheduledEnd === null) throw validation("Field 'scheduledend' is required with 'maxend'")
    const from = Math.max(now, start)
    if (scheduledEnd > from)
      scheduledEnd = Math.floor(ctx.gameRng.float(from, scheduledEnd) / MINUTE_MS) * MINUTE_MS
  }
  const wantsGames =
    flagField(body, 'dices') === 1 || flagField(body, 'links') === 1 || flagField(body, 'luck') === 1
  if (wantsGames && scheduledEnd === null)
    throw validation("Field 'scheduledend' is required when a game is enabled")
  const games = gamesFromSessionBody(body)

  if (activeSessionOf(ctx.state, user.id))
    throw conflict('active_session_exists', 'An active session already exists')
  if (overlapping(ctx.state, user.id, start, null))
    throw conflict('overlap', 'The session overlaps an existing session')

  const session = insertSession(ctx.state, {
    userId: user.id,
    start,
    end: null,
    tzStart: user.offsetMinutes,
    tzEnd: null,
    scheduledEnd,
    active: true,
    lockedby: common.lockedby ?? null,
    notes: common.notes ?? null,
    public: common.public ?? 0,
    inserted: now,
    games,
    linkToken: games.link ? ctx.tokenRng.hex(32) : null,
  })
  const withGames = hasAnyGame(games)
  if (withGames && scheduledEnd !== null) {
    addHistory(ctx.state, {
      session: session.id,
      type: 'START',
      unit: null,
      source: null,
      dom: 0,
      schedule: scheduledEnd,
      happened: now,
    })
  }
  return { id: session.id, games: withGames }
}

/** PATCH: only provided fields change; all checks pass before anything is written. */
export function updateSession(
  ctx: RouteContext,
  user: User,
  session: SessionRow,
  body: Body,
): { stopped: boolean } {
  rejectUnknownFields(body, UPDATE_FIELDS)
  if (Object.keys(body).length === 0) throw validation('Nothing to update: send at least one field')
  const now = ctx.now()
  const common = commonFields(body)
  const scheduledEnd = scheduledEndOf(body, user)
  if (scheduledEnd !== undefined && scheduledEnd !== null && scheduledEnd <= session.start) {
    throw validation("Field 'scheduledend' must be after the session start")
  }

  const endNow = body.endNow
  if (endNow !== undefined && typeof endNow !== 'boolean' && endNow !== 0 && endNow !== 1) {
    throw validation("Field 'endNow' must be true")
  }
  const enddate = dateField(body, 'enddate')
  const endtime = timeField(body, 'endtime')
  if (endtime !== undefined && enddate === undefined) throw validation("Field 'endtime' needs 'enddate'")
  const stop = endNow === true || endNow === 1 || enddate !== undefined
  let end: number | null = null
  if (stop) {
    if (!session.active) throw conflict('session_not_active', 'Only an active session can be stopped')
    end = endNow === true || endNow === 1 ? now : userClockInstant(enddate ?? '', endtime, user.offsetMinutes)
    if (end > now) throw validation("Field 'enddate' cannot be in the future")
    if (end - session.start < HOUR_MS)
      throw validation("Field 'enddate' must be at least 1 hour after the start")
  }

  if (common.public !== undefined) session.public = common.public
  if (common.lockedby !== undefined) session.lockedby = common.lockedby
  if (common.notes !== undefined) session.notes = common.notes
  if (scheduledEnd !== undefined) moveScheduledEnd(ctx, session, scheduledEnd)
  if (end !== null) {
    session.end = end
    session.tzEnd = user.offsetMinutes
    session.active = false
    session.linkToken = null
  }
  return { stopped: end !== null }
}

/** A manual change of an active session's scheduled end is logged like the website does: a MANUAL row. */
function moveScheduledEnd(ctx: RouteContext, session: SessionRow, next: number | null): void {
  const previous = session.scheduledEnd
  session.scheduledEnd = next
  if (!session.active || previous === null || next === null || previous === next) return
  addHistory(ctx.state, {
    session: session.id,
    type: next > previous ? 'ADD' : 'SUB',
    unit: Math.round(Math.abs(next - previous) / 1000),
    source: 'MANUAL',
    dom: 0,
    schedule: next,
    happened: ctx.now(),
  })
}
