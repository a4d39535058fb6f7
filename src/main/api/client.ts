/**
 * The typed client of Chastity Tracker API v2: one method per endpoint and verb. Every request
 * body and query is validated with the shared zod schemas before anything is sent; every answer
 * is validated before it is returned. A list item that does not fit is left out of its page
 * (the page's `skipped` says which and why) and reported to the `log` option.
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
  type SkippedItem,
  type StopSessionInput,
  type UpdateOrgasmInput,
  type UpdateSessionInput,
} from '../../shared/api/schemas'
import { ApiError } from './errors'
import { collect, cursorPages, offsetPages, type PagingOptions } from './pagination'
import { Transport, type TransportOptions } from './transport'
import { validationDetail } from '../../shared/zod-issues'

export interface CallOptions {
  signal?: AbortSignal | undefined
}

export interface ApiClientOptions extends TransportOptions {
  /**
   * Told of every list item left out because it did not fit: the endpoint, the item's position
   * and the schema's complaint, never the item's values.
   */
  log?: (level: 'warn', message: string) => void
}

/** How many skipped items a log line details; the count always covers all of them. */
const DETAILED_SKIPS = 3

type Query = Record<string, string | number | boolean | undefined | null>

/** Validates input with a schema; a failure is a `validation` ApiError naming the fields. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  throw new ApiError({ kind: 'validation', ...validationDetail(parsed.error.issues) })
}

export class ApiClient {
  readonly transport: Transport
  private readonly log: ApiClientOptions['log']

  constructor(options: ApiClientOptions) {
    this.transport = new Transport(options)
    this.log = options.log
  }

  get baseUrl(): string {
    return this.transport.baseUrl
  }

  /** A GET; its query was validated by the caller. */
  private read<S extends z.ZodType>(path: string, schema: S, query: Query, opts: CallOptions) {
    return this.transport.request({ method: 'GET', path, query, schema, signal: opts.signal })
  }

  /** A list page, after telling the log about any item left out of it. */
  private reported<P extends { items: readonly unknown[]; skipped: readonly SkippedItem[] }>(
    path: string,
    page: P,
  ): P {
    if (page.skipped.length === 0) return page
    const sent = page.items.length + page.skipped.length
    const details = page.skipped
      .slice(0, DETAILED_SKIPS)
      .map((s) => `#${s.index} (${s.problem})`)
      .join(', ')
    const more = page.skipped.length > DETAILED_SKIPS ? ', …' : ''
    this.log?.(
      'warn',
      `${path}: left out ${page.skipped.length} of ${sent} items that do not fit: ${details}${more}`,
    )
    return page
  }

  /** A write: the body passed its schema, the id is a positive integer; never retried. */
  private write<S extends z.ZodType>(
    method: 'POST' | 'PATCH' | 'DELETE',
    path: string,
    schema: S,
    opts: CallOptions,
    target: { id?: number; body?: Record<string, unknown>; auth?: boolean },
  ) {
    return this.transport.request({
      method,
      path,
      schema,
      signal: opts.signal,
      ...(target.id !== undefined ? { query: { id: checkId(target.id) } } : {}),
      ...(target.body !== undefined ? { body: dropUndefined(target.body) } : {}),
      ...(target.auth === false ? { auth: false } : {}),
    })
  }

  // --- stats -----------------------------------------------------------------------------------

  async stats(opts: CallOptions = {}) {
    return this.read('stats.php', stats, {}, opts)
  }

  // --- sessions --------------------------------------------------------------------------------

  async listSessions(query: SessionListQuery = {}, opts: CallOptions = {}) {
    const q = validateInput(sessionListQuery, query) as Query
    return this.reported('sessions.php', await this.read('sessions.php', sessionPage, q, opts))
  }

  /** Pages through every session matching the filters (offset paging). */
  iterateSessions(query: Omit<SessionListQuery, 'limit' | 'offset'> = {}, paging: PagingOptions = {}) {
    return offsetPages<Session>(
      (offset, limit) => this.listSessions({ ...query, offset, limit }, { signal: paging.signal }),
      paging,
    )
  }

  async getSession(id: number, opts: CallOptions = {}) {
    return this.read('sessions.php', session, { id: checkId(id) }, opts)
  }

  /**
   * The active session, or null: the list filtered on active=1, one row. A row that came but
   * could not be read is an error, not "no session": the caller keeps what it knew.
   */
  async activeSession(opts: CallOptions = {}): Promise<Session | null> {
    const page = await this.listSessions({ active: 1, limit: 1 }, opts)
    const [active] = page.items
    if (active !== undefined) return active
    if (page.skipped.length > 0) {
      throw new ApiError({
        kind: 'badResponse',
        retryable: false,
        message:
          'Chastity Tracker sent the active session in an unexpected shape. The app may need an update.',
      })
    }
    return null
  }

  async createSession(input: CreateSessionInput, opts: CallOptions = {}) {
    return this.write('POST', 'sessions.php', sessionCreated, opts, {
      body: validateInput(createSessionInput, input),
    })
  }

  async updateSession(id: number, patch: UpdateSessionInput, opts: CallOptions = {}) {
    return this.write('PATCH', 'sessions.php', writeAck, opts, {
      id,
      body: validateInput(updateSessionInput, patch),
    })
  }

  async stopSession(id: number, stop: StopSessionInput, opts: CallOptions = {}) {
    return this.write('PATCH', 'sessions.php', writeAck, opts, {
      id,
      body: validateInput(stopSessionInput, stop),
    })
  }

  async deleteSession(id: number, opts: CallOptions = {}) {
    return this.write('DELETE', 'sessions.php', writeAck, opts, { id })
  }

  // --- histories -------------------------------------------------------------------------------

  async listHistories(query: HistoryListQuery, opts: CallOptions = {}) {
    const q = validateInput(historyListQuery, query) as Query
    return this.reported('histories.php', await this.read('histories.php', historyPage, q, opts))
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
    const q = validateInput(gamesChangeListQuery, query) as Query
    return this.reported('games_changes.php', await this.read('games_changes.php', gamesChangePage, q, opts))
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
    const q = validateInput(orgasmListQuery, query) as Query
    return this.reported('orgasms.php', await this.read('orgasms.php', orgasmPage, q, opts))
  }

  iterateOrgasms(query: Omit<OrgasmListQuery, 'limit' | 'offset'> = {}, paging: PagingOptions = {}) {
    return offsetPages<Orgasm>(
      (offset, limit) => this.listOrgasms({ ...query, offset, limit }, { signal: paging.signal }),
      paging,
    )
  }

  async getOrgasm(id: number, opts: CallOptions = {}) {
    return this.read('orgasms.php', orgasm, { id: checkId(id) }, opts)
  }

  async createOrgasms(input: CreateOrgasmInput, opts: CallOptions = {}) {
    return this.write('POST', 'orgasms.php', orgasmsCreated, opts, {
      body: validateInput(createOrgasmInput, input),
    })
  }

  async updateOrgasm(id: number, patch: UpdateOrgasmInput, opts: CallOptions = {}) {
    return this.write('PATCH', 'orgasms.php', writeAck, opts, {
      id,
      body: validateInput(updateOrgasmInput, patch),
    })
  }

  async deleteOrgasm(id: number, opts: CallOptions = {}) {
    return this.write('DELETE', 'orgasms.php', writeAck, opts, { id })
  }

  // --- games -----------------------------------------------------------------------------------

  /**
   * Plays a game action. A public LINK vote (link, dom=0) is sent WITHOUT the bearer token: the
   * service punishes a vote that carries the session owner's token with a penalty.
   */
  async playGame(input: PlayGameInput, opts: CallOptions = {}) {
    const body = validateInput(playGameInput, input)
    const publicVote = body.game === 'link' && body.dom === 0
    return this.write('POST', 'games.php', gamePlayResult, opts, { body, auth: !publicVote })
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
