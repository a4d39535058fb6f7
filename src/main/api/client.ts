/**
 * The typed client of Chastity Tracker API v2: one method per endpoint and verb. Every request
 * body and query is validated with the shared zod schemas before anything is sent; every answer
 * is validated before it is returned.
 */
import type { z } from 'zod'
import {
  createOrgasmInput,
  createSessionInput,
  gamePlayResult,
  gamesChangeListQuery,
  gamesChangePage,
  historyListQuery,
  historyPage,
  orgasm,
  orgasmListQuery,
  orgasmPage,
  orgasmsCreated,
  playGameInput,
  session,
  sessionCreated,
  sessionListQuery,
  sessionPage,
  stats,
  stopSessionInput,
  updateOrgasmInput,
  updateSessionInput,
  writeAck,
  type CreateOrgasmInput,
  type CreateSessionInput,
  type GamesChangeItem,
  type GamesChangeListQuery,
  type HistoryItem,
  type HistoryListQuery,
  type Orgasm,
  type OrgasmListQuery,
  type PlayGameInput,
  type Session,
  type SessionListQuery,
  type StopSessionInput,
  type UpdateOrgasmInput,
  type UpdateSessionInput,
} from '../../shared/api/schemas'
import { ApiError } from './errors'
import { collect, cursorPages, offsetPages, type PagingOptions } from './pagination'
import { Transport, type TransportOptions } from './transport'

export interface CallOptions {
  signal?: AbortSignal | undefined
}

type Query = Record<string, string | number | boolean | undefined | null>

/** Validates input with a schema; a failure is a `validation` ApiError naming the fields. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const fields: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = parsed.error.issues[0]
  const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : ''
  throw new ApiError({ kind: 'validation', message: `${where}${first?.message ?? 'Invalid input'}`, fields })
}

export class ApiClient {
  readonly transport: Transport

  constructor(options: TransportOptions) {
    this.transport = new Transport(options)
  }

  get baseUrl(): string {
    return this.transport.baseUrl
  }

  // --- stats -----------------------------------------------------------------------------------

  async stats(opts: CallOptions = {}) {
    return this.transport.request({ method: 'GET', path: 'stats.php', schema: stats, signal: opts.signal })
  }

  // --- sessions --------------------------------------------------------------------------------

  async listSessions(query: SessionListQuery = {}, opts: CallOptions = {}) {
    const q = validateInput(sessionListQuery, query)
    return this.transport.request({
      method: 'GET',
      path: 'sessions.php',
      query: q as Query,
      schema: sessionPage,
      signal: opts.signal,
    })
  }

  /** Pages through every session matching the filters (offset paging). */
  iterateSessions(query: Omit<SessionListQuery, 'limit' | 'offset'> = {}, paging: PagingOptions = {}) {
    return offsetPages<Session>(
      (offset, limit) => this.listSessions({ ...query, offset, limit }, { signal: paging.signal }),
      paging,
    )
  }

  async getSession(id: number, opts: CallOptions = {}) {
    return this.transport.request({
      method: 'GET',
      path: 'sessions.php',
      query: { id: checkId(id) },
      schema: session,
      signal: opts.signal,
    })
  }

  /** The active session, or null: the list filtered on active=1, one row. */
  async activeSession(opts: CallOptions = {}): Promise<Session | null> {
    const page = await this.listSessions({ active: 1, limit: 1 }, opts)
    return page.items[0] ?? null
  }

  async createSession(input: CreateSessionInput, opts: CallOptions = {}) {
    const body = validateInput(createSessionInput, input)
    return this.transport.request({
      method: 'POST',
      path: 'sessions.php',
      body,
      schema: sessionCreated,
      signal: opts.signal,
    })
  }

  async updateSession(id: number, patch: UpdateSessionInput, opts: CallOptions = {}) {
    const body = validateInput(updateSessionInput, patch)
    return this.transport.request({
      method: 'PATCH',
      path: 'sessions.php',
      query: { id: checkId(id) },
      body,
      schema: writeAck,
      signal: opts.signal,
    })
  }

  async stopSession(id: number, stop: StopSessionInput, opts: CallOptions = {}) {
    const body = validateInput(stopSessionInput, stop)
    return this.transport.request({
      method: 'PATCH',
      path: 'sessions.php',
      query: { id: checkId(id) },
      body,
      schema: writeAck,
      signal: opts.signal,
    })
  }

  async deleteSession(id: number, opts: CallOptions = {}) {
    return this.transport.request({
      method: 'DELETE',
      path: 'sessions.php',
      query: { id: checkId(id) },
      schema: writeAck,
      signal: opts.signal,
    })
  }

  // --- histories -------------------------------------------------------------------------------

  async listHistories(query: HistoryListQuery, opts: CallOptions = {}) {
    const q = validateInput(historyListQuery, query)
    return this.transport.request({
      method: 'GET',
      path: 'histories.php',
      query: q as Query,
      schema: historyPage,
      signal: opts.signal,
    })
  }

  /** Pages of history rows, newest first; the cursor is passed back exactly as received. */
  iterateHistories(query: Omit<HistoryListQuery, 'cursor' | 'limit'>, paging: PagingOptions = {}) {
    return cursorPages<HistoryItem>(
      (cursor, limit) =>
        this.listHistories({ ...query, limit, ...(cursor ? { cursor } : {}) }, { signal: paging.signal }),
      paging,
    )
  }

  /** Every history row up to a cap, and whether the list was complete. */
  async allHistories(query: Omit<HistoryListQuery, 'cursor' | 'limit'>, paging: PagingOptions = {}) {
    return collectCapped((p) => this.iterateHistories(query, p), paging)
  }

  // --- games changes ---------------------------------------------------------------------------

  async listGamesChanges(query: GamesChangeListQuery, opts: CallOptions = {}) {
    const q = validateInput(gamesChangeListQuery, query)
    return this.transport.request({
      method: 'GET',
      path: 'games_changes.php',
      query: q as Query,
      schema: gamesChangePage,
      signal: opts.signal,
    })
  }

  iterateGamesChanges(query: Omit<GamesChangeListQuery, 'cursor' | 'limit'>, paging: PagingOptions = {}) {
    return cursorPages<GamesChangeItem>(
      (cursor, limit) =>
        this.listGamesChanges({ ...query, limit, ...(cursor ? { cursor } : {}) }, { signal: paging.signal }),
      paging,
    )
  }

  async allGamesChanges(query: Omit<GamesChangeListQuery, 'cursor' | 'limit'>, paging: PagingOptions = {}) {
    return collectCapped((p) => this.iterateGamesChanges(query, p), paging)
  }

  // --- orgasms ---------------------------------------------------------------------------------

  async listOrgasms(query: OrgasmListQuery = {}, opts: CallOptions = {}) {
    const q = validateInput(orgasmListQuery, query)
    return this.transport.request({
      method: 'GET',
      path: 'orgasms.php',
      query: q as Query,
      schema: orgasmPage,
      signal: opts.signal,
    })
  }

  iterateOrgasms(query: Omit<OrgasmListQuery, 'limit' | 'offset'> = {}, paging: PagingOptions = {}) {
    return offsetPages<Orgasm>(
      (offset, limit) => this.listOrgasms({ ...query, offset, limit }, { signal: paging.signal }),
      paging,
    )
  }

  async getOrgasm(id: number, opts: CallOptions = {}) {
    return this.transport.request({
      method: 'GET',
      path: 'orgasms.php',
      query: { id: checkId(id) },
      schema: orgasm,
      signal: opts.signal,
    })
  }

  async createOrgasms(input: CreateOrgasmInput, opts: CallOptions = {}) {
    const body = validateInput(createOrgasmInput, input)
    return this.transport.request({
      method: 'POST',
      path: 'orgasms.php',
      body: dropUndefined(body),
      schema: orgasmsCreated,
      signal: opts.signal,
    })
  }

  async updateOrgasm(id: number, patch: UpdateOrgasmInput, opts: CallOptions = {}) {
    const body = validateInput(updateOrgasmInput, patch)
    return this.transport.request({
      method: 'PATCH',
      path: 'orgasms.php',
      query: { id: checkId(id) },
      body,
      schema: writeAck,
      signal: opts.signal,
    })
  }

  async deleteOrgasm(id: number, opts: CallOptions = {}) {
    return this.transport.request({
      method: 'DELETE',
      path: 'orgasms.php',
      query: { id: checkId(id) },
      schema: writeAck,
      signal: opts.signal,
    })
  }

  // --- games -----------------------------------------------------------------------------------

  /**
   * Plays a game action. A public LINK vote (link, dom=0) is sent WITHOUT the bearer token: the
   * service punishes a vote that carries the session owner's token with a penalty.
   */
  async playGame(input: PlayGameInput, opts: CallOptions = {}) {
    const body = validateInput(playGameInput, input)
    const publicVote = body.game === 'link' && body.dom === 0
    return this.transport.request({
      method: 'POST',
      path: 'games.php',
      body,
      schema: gamePlayResult,
      signal: opts.signal,
      auth: !publicVote,
    })
  }
}

function checkId(id: number): number {
  if (!Number.isInteger(id) || id <= 0) {
    throw new ApiError({
      kind: 'validation',
      message: `Invalid id: ${String(id)}`,
      fields: { id: 'Invalid id' },
    })
  }
  return id
}

function dropUndefined<T extends Record<string, unknown>>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as T
}

async function collectCapped<T>(
  iterate: (paging: PagingOptions) => AsyncIterable<T[]>,
  paging: PagingOptions,
): Promise<{ items: T[]; complete: boolean }> {
  const cap = paging.maxItems ?? 100_000
  // One row past the cap tells a list that ends exactly at the cap from a longer one.
  const items = await collect(iterate({ ...paging, maxItems: cap + 1 }))
  return { items: items.slice(0, cap), complete: items.length <= cap }
}
