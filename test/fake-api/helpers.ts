/** Real-HTTP helpers for the emulator's own tests. */
import { type FakeApi, type FakeApiOptions, startFakeApi } from '../../tools/fake-api/server'

/** A fixed server clock for the tests: Sunday 2026-02-15 12:00:00 UTC. */
export const NOW = Date.UTC(2026, 1, 15, 12, 0, 0)

export interface Envelope {
  ok: boolean
  data?: unknown
  error?: { code: string; message: string }
  meta: { version: number }
}

export interface Answer<T = Record<string, unknown>> {
  status: number
  headers: Headers
  body: Envelope
  data: T
}

export interface CallOptions {
  /** Default 'dev-token'; null sends no Authorization header. */
  token?: string | null | undefined
  body?: unknown
  query?: Record<string, string | number | undefined>
}

export function withClock(start = NOW): {
  now: () => number
  set: (t: number) => void
  advance: (ms: number) => void
} {
  let t = start
  return { now: () => t, set: (v) => (t = v), advance: (ms) => (t += ms) }
}

export function start(opts: FakeApiOptions = {}): Promise<FakeApi> {
  return startFakeApi({ port: 0, now: () => NOW, ...opts })
}

export async function call<T = Record<string, unknown>>(
  api: FakeApi,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<Answer<T>> {
  const url = new URL(path.startsWith('/') ? path : `/api/v2/${path}`, api.url)
  for (const [k, v] of Object.entries(opts.query ?? {}))
    if (v !== undefined) url.searchParams.set(k, String(v))
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = opts.token === undefined ? 'dev-token' : opts.token
  if (token !== null) headers.Authorization = `Bearer ${token}`
  const res = await fetch(url, {
    method,
    headers,
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  })
  const body = (await res.json()) as Envelope
  return { status: res.status, headers: res.headers, body, data: body.data as T }
}

export async function control<T = Record<string, unknown>>(
  api: FakeApi,
  method: string,
  route: string,
  body?: unknown,
): Promise<Answer<T>> {
  return call<T>(api, method, `/__control/${route}`, { token: null, body })
}

export interface Page<T> {
  count: number
  total?: number
  limit: number
  offset?: number
  cursor_next?: string | null
  has_games_changes?: number
  items: T[]
}

/** Follows cursor_next to the end and returns every item, checking no page is over the limit. */
export async function allPages<T>(
  api: FakeApi,
  path: string,
  query: Record<string, string | number | undefined>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const page = await call<Page<T>>(api, 'GET', path, { query: { ...query, cursor } })
    if (page.status !== 200) throw new Error(`page failed: ${page.status} ${JSON.stringify(page.body.error)}`)
    if (page.data.items.length > Number(query.limit ?? 50)) throw new Error('page over the limit')
    items.push(...page.data.items)
    cursor = page.data.cursor_next ?? undefined
    pages++
  } while (cursor !== undefined)
  return { items, pages }
}
