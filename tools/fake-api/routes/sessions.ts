/** /api/v2/sessions.php: list, details, create, update/stop, delete. */
import { deleteSession, ownedSession, sessionsOf } from '../db'
import { conflict, validation } from '../errors'
import { DAY_MS } from '../format'
import { asBody, queryDate, queryFlag, queryId, userClockInstant } from '../validation'
import { type Endpoint, created, ok, requireAuth, requireWrite, userFor } from './context'
import { offsetPage } from './paging'
import { createSession, updateSession } from './session-write'
import { sessionJson } from './session-view'

function requiredId(query: URLSearchParams): number {
  const id = queryId(query, 'id')
  if (id === undefined) throw validation("Parameter 'id' is required")
  return id
}

export const sessionsEndpoint: Endpoint = {
  GET(ctx, req) {
    const grant = requireAuth(req)
    const user = userFor(ctx, grant)
    const id = queryId(req.query, 'id')
    if (id !== undefined) return ok(sessionJson(ctx.state, ownedSession(ctx.state, user.id, id)))

    // from/to are calendar dates in the user's timezone; a session is in range when it starts
    // within [from 00:00, to 24:00) there.
    const from = queryDate(req.query, 'from')
    const to = queryDate(req.query, 'to')
    const fromAt = from === undefined ? -Infinity : userClockInstant(from, undefined, user.offsetMinutes)
    const toBefore =
      to === undefined ? Infinity : userClockInstant(to, undefined, user.offsetMinutes) + DAY_MS
    const active = queryFlag(req.query, 'active')
    const isPublic = queryFlag(req.query, 'public')
    const rows = sessionsOf(ctx.state, user.id)
      .filter((s) => s.start >= fromAt && s.start < toBefore)
      .filter((s) => active === undefined || (s.active ? 1 : 0) === active)
      .filter((s) => isPublic === undefined || s.public === isPublic)
      // Newest first: start DESC, then id DESC so equal starts page stably.
      .sort((a, b) => b.start - a.start || b.id - a.id)
    return ok(offsetPage(rows, req.query, (s) => sessionJson(ctx.state, s)))
  },

  POST(ctx, req) {
    const user = userFor(ctx, requireWrite(req))
    const body = asBody(req.body)
    const result = createSession(ctx, user, body)
    const status = body.type === 'live' ? 'Session started successfully' : 'Session inserted successfully'
    return created({ status, id: result.id, games: result.games })
  },

  PATCH(ctx, req) {
    const user = userFor(ctx, requireWrite(req))
    const session = ownedSession(ctx.state, user.id, requiredId(req.query))
    const { stopped } = updateSession(ctx, user, session, asBody(req.body))
    return ok({
      status: stopped ? 'Session stopped successfully' : 'Session updated successfully',
      id: session.id,
    })
  },

  DELETE(ctx, req) {
    const user = userFor(ctx, requireWrite(req))
    const session = ownedSession(ctx.state, user.id, requiredId(req.query))
    if (session.active) throw conflict('session_active', 'Cannot delete an active session: stop it first')
    deleteSession(ctx.state, session.id)
    return ok({ status: 'Session deleted successfully', id: session.id })
  },
}
