/** What every route handler receives, and the auth checks they share. */
import { ApiError } from '../errors'
import type { Rng } from '../prng'
import type { FakeApiState, TokenGrant, User } from '../types'

export interface RouteContext {
  state: FakeApiState
  now(): number
  /** Dice rolls, luck draws, random votes and `maxend`. */
  gameRng: Rng
  /** New public link tokens. */
  tokenRng: Rng
}

export interface ApiRequest {
  method: string
  path: string
  query: URLSearchParams
  /** The parsed JSON body (undefined when empty). */
  body: unknown
  /** The bearer token as sent, even if unknown. */
  bearer: string | null
  /** The grant of a known, unrevoked token. */
  grant: TokenGrant | null
}

export interface ApiResult {
  status: number
  data: unknown
}

export type Handler = (ctx: RouteContext, req: ApiRequest) => ApiResult

/** Handlers by HTTP method; a method not listed answers 405. */
export type Endpoint = Partial<Record<'GET' | 'POST' | 'PATCH' | 'DELETE', Handler>>

export function requireAuth(req: ApiRequest): TokenGrant {
  if (req.bearer === null) throw new ApiError(401, 'unauthorized', 'Missing bearer token')
  if (req.grant === null) throw new ApiError(401, 'unauthorized', 'Invalid or revoked token')
  return req.grant
}

export function requireWrite(req: ApiRequest): TokenGrant {
  const grant = requireAuth(req)
  if (!grant.write) throw new ApiError(403, 'forbidden', 'This token has no write permission')
  return grant
}

export function userFor(ctx: RouteContext, grant: TokenGrant): User {
  const user = ctx.state.users.get(grant.userId)
  if (!user) throw new ApiError(500, 'server_error', 'Token owner is missing')
  return user
}

export const ok = (data: unknown): ApiResult => ({ status: 200, data })
export const created = (data: unknown): ApiResult => ({ status: 201, data })
