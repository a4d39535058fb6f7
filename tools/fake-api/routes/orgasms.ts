/** /api/v2/orgasms.php: list, details, insert (several at once), update, delete. */
import { insertOrgasm, ownedOrgasm } from '../db'
import { validation } from '../errors'
import { MAX_PAST_MS, dateAt, utcMillis } from '../format'
import type { OrgasmMode, OrgasmRow, User } from '../types'
import {
  type Body,
  asBody,
  dateField,
  enumField,
  flagField,
  intField,
  queryDate,
  queryEnum,
  queryFlag,
  queryId,
  rejectUnknownFields,
  textField,
} from '../validation'
import { type Endpoint, type RouteContext, created, ok, requireAuth, requireWrite, userFor } from './context'
import { offsetPage } from './paging'

export const ORGASM_MODES: readonly OrgasmMode[] = ['full', 'ruined', 'milking', 'dom', 'ted']
const TYPE_MAX = 100
const GRANTEDBY_MAX = 50
const NUMBER_MAX = 50

export function orgasmJson(o: OrgasmRow): Record<string, unknown> {
  return {
    id: o.id,
    date: o.date,
    mode: o.mode,
    public: o.public,
    type: o.type,
    grantedby: o.grantedby,
    inserted: utcMillis(o.inserted),
    ...o.raw,
  }
}

/** The date is a calendar date of the user: not after today there, not more than ~20 years back. */
function checkDate(ctx: RouteContext, user: User, date: string): void {
  const now = ctx.now()
  if (date > dateAt(now, user.offsetMinutes)) throw validation("Field 'date' cannot be in the future")
  if (date < dateAt(now - MAX_PAST_MS, user.offsetMinutes))
    throw validation("Field 'date' is too far in the past")
}

function requiredId(query: URLSearchParams): number {
  const id = queryId(query, 'id')
  if (id === undefined) throw validation("Parameter 'id' is required")
  return id
}

function editableFields(body: Body) {
  return {
    date: dateField(body, 'date'),
    mode: enumField(body, 'mode', ORGASM_MODES),
    public: flagField(body, 'public'),
    type: textField(body, 'type', TYPE_MAX),
    grantedby: textField(body, 'grantedby', GRANTEDBY_MAX),
  }
}

export const orgasmsEndpoint: Endpoint = {
  GET(ctx, req) {
    const user = userFor(ctx, requireAuth(req))
    const id = queryId(req.query, 'id')
    if (id !== undefined) return ok(orgasmJson(ownedOrgasm(ctx.state, user.id, id)))
    const from = queryDate(req.query, 'from')
    const to = queryDate(req.query, 'to')
    const isPublic = queryFlag(req.query, 'public')
    const mode = queryEnum(req.query, 'mode', ORGASM_MODES)
    if (mode === 'dom' && isPublic === 1)
      throw validation("Parameter 'mode=dom' cannot be combined with 'public=1'")
    const rows = [...ctx.state.orgasms.values()]
      .filter(
        (o) =>
          o.userId === user.id &&
          (from === undefined || o.date >= from) &&
          (to === undefined || o.date <= to) &&
          (isPublic === undefined || o.public === isPublic) &&
          (mode === undefined || o.mode === mode),
      )
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id))
    return ok(offsetPage(rows, req.query, orgasmJson))
  },

  POST(ctx, req) {
    const user = userFor(ctx, requireWrite(req))
    const body = asBody(req.body)
    rejectUnknownFields(body, ['date', 'mode', 'public', 'type', 'grantedby', 'number'])
    const f = editableFields(body)
    if (f.date === undefined) throw validation("Field 'date' is required")
    if (f.mode === undefined) throw validation("Field 'mode' is required")
    checkDate(ctx, user, f.date)
    const number = intField(body, 'number', 1, NUMBER_MAX) ?? 1
    const dom = f.mode === 'dom'
    const ids: number[] = []
    for (let i = 0; i < number; i++) {
      const row = insertOrgasm(ctx.state, {
        userId: user.id,
        date: f.date,
        mode: f.mode,
        // mode=dom forces public=0 and clears grantedby.
        public: dom ? 0 : (f.public ?? 0),
        type: f.type ?? null,
        grantedby: dom ? null : (f.grantedby ?? null),
        inserted: ctx.now(),
      })
      ids.push(row.id)
    }
    return created({ status: 'Orgasm(s) inserted successfully', ids, count: ids.length })
  },

  PATCH(ctx, req) {
    const user = userFor(ctx, requireWrite(req))
    const orgasm = ownedOrgasm(ctx.state, user.id, requiredId(req.query))
    const body = asBody(req.body)
    rejectUnknownFields(body, ['date', 'mode', 'public', 'type', 'grantedby'])
    if (Object.keys(body).length === 0) throw validation('Nothing to update: send at least one field')
    const f = editableFields(body)
    if (f.date !== undefined) checkDate(ctx, user, f.date)
    if (f.date !== undefined) orgasm.date = f.date
    if (f.mode !== undefined) orgasm.mode = f.mode
    if (f.public !== undefined) orgasm.public = f.public
    if (f.type !== undefined) orgasm.type = f.type
    if (f.grantedby !== undefined) orgasm.grantedby = f.grantedby
    if (orgasm.mode === 'dom') {
      orgasm.public = 0
      orgasm.grantedby = null
    }
    return ok({ status: 'Orgasm updated successfully', id: orgasm.id })
  },

  DELETE(ctx, req) {
    const user = userFor(ctx, requireWrite(req))
    const orgasm = ownedOrgasm(ctx.state, user.id, requiredId(req.query))
    ctx.state.orgasms.delete(orgasm.id)
    return ok({ status: 'Orgasm deleted successfully', id: orgasm.id })
  },
}
