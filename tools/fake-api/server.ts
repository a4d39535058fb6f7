/**
 * A local emulator of Chastity Tracker API v2 (node:http only): the documented endpoints with their
 * envelope, auth, validation and status codes, plus /__control/ for tests and fault injection.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleControl } from './control'
import { ApiError } from './errors'
import type { ActiveFault, FaultConfig, FaultController } from './faults'
import type { ApiRequest, ApiResult, Endpoint } from './routes/context'
import { gamesEndpoint } from './routes/games'
import { gamesChangesEndpoint } from './routes/games-changes'
import { historiesEndpoint } from './routes/histories'
import { orgasmsEndpoint } from './routes/orgasms'
import { sessionsEndpoint } from './routes/sessions'
import { statsEndpoint } from './routes/stats'
import { type RequestLogEntry, Runtime } from './runtime'
import type { FakeApiState, SeedName } from './types'

export type { FakeApiState } from './types'
export type { FaultConfig, FaultController, FaultSpec } from './faults'
export type { RequestLogEntry } from './runtime'

export interface FakeApiOptions {
  /** 0 = random. */
  port?: number | undefined
  /** Default 127.0.0.1. */
  host?: string | undefined
  seed?: SeedName | undefined
  seedNumber?: number | undefined
  /** Default 'dev-token'. */
  token?: string | undefined
  /** Default 'ro-token'. */
  readOnlyToken?: string | undefined
  /** Default 'other-token': a second user that owns other sessions. */
  otherUserToken?: string | undefined
  /** Default 2000. */
  largeSessions?: number | undefined
  /** Default 20000, on the large seed's active session. */
  largeHistoryRows?: number | undefined
  /** Default 300, on the large seed's active session. */
  largeGamesChanges?: number | undefined
  /** The server clock, default Date.now. */
  now?: (() => number) | undefined
  /** The user's timezone offset, default '+01:00'. */
  userOffset?: string | undefined
  /** Faults active from the start (also settable at run time via /__control/faults). */
  faults?: FaultConfig | undefined
}

export interface FakeApi {
  /** e.g. http://127.0.0.1:PORT */
  url: string
  port: number
  close(): Promise<void>
  /** The in-memory database, for tests. */
  state: FakeApiState
  faults: FaultController
  /** Every API request (not control requests). */
  requestLog: RequestLogEntry[]
}

const ENDPOINTS: Record<string, Endpoint> = {
  'sessions.php': sessionsEndpoint,
  'histories.php': historiesEndpoint,
  'games_changes.php': gamesChangesEndpoint,
  'orgasms.php': orgasmsEndpoint,
  'stats.php': statsEndpoint,
  'games.php': gamesEndpoint,
}

const API_PATH = /^\/api\/v2\/([a-z_]+\.php)$/
const CONTROL_PREFIX = '/__control/'
const DEFAULT_STALL_MS = 60_000

const success = (data: unknown) => ({ ok: true, data, meta: { version: 2 } })
const failure = (code: string, message: string) => ({
  ok: false,
  error: { code, message },
  meta: { version: 2 },
})

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON')
  }
}

function bearerOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization
  if (header === undefined) return null
  const m = /^Bearer\s+(.+)$/i.exec(header.trim())
  return m?.[1]?.trim() ?? ''
}

function errorResult(err: unknown): ApiResult & { headers: Record<string, string> } {
  if (err instanceof ApiError)
    return { status: err.status, data: failure(err.code, err.message), headers: err.headers }
  const message = err instanceof Error ? err.message : String(err)
  return { status: 500, data: failure('server_error', `Internal error: ${message}`), headers: {} }
}

export async function startFakeApi(opts: FakeApiOptions = {}): Promise<FakeApi> {
  const rt = new Runtime({
    seed: opts.seed ?? 'empty',
    seedNumber: opts.seedNumber ?? 1,
    token: opts.token ?? 'dev-token',
    readOnlyToken: opts.readOnlyToken ?? 'ro-token',
    otherUserToken: opts.otherUserToken ?? 'other-token',
    largeSessions: opts.largeSessions ?? 2000,
    largeHistoryRows: opts.largeHistoryRows ?? 20_000,
    largeGamesChanges: opts.largeGamesChanges ?? 300,
    userOffset: opts.userOffset ?? '+01:00',
    now: opts.now ?? Date.now,
    faults: opts.faults,
  })

  const timers = new Set<NodeJS.Timeout>()
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve()
      const t = setTimeout(() => {
        timers.delete(t)
        resolve()
      }, ms)
      timers.add(t)
    })

  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    type: string,
    headers: Record<string, string> = {},
  ) => {
    if (res.destroyed || res.writableEnded) return
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      Date: new Date(rt.now()).toUTCString(),
      'Cache-Control': 'no-store',
      ...headers,
    })
    res.end(body)
  }
  const sendJson = (
    res: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ) => send(res, status, JSON.stringify(payload), 'application/json; charset=utf-8', headers)

  function dispatch(
    method: string,
    url: URL,
    raw: string,
    req: IncomingMessage,
  ): ApiResult & { headers: Record<string, string> } {
    try {
      const name = API_PATH.exec(url.pathname)?.[1]
      const endpoint = name === undefined ? undefined : ENDPOINTS[name]
      if (!endpoint) throw new ApiError(404, 'not_found', `Unknown endpoint ${url.pathname}`)
      const handler = endpoint[method as keyof Endpoint]
      if (!handler) {
        throw new ApiError(405, 'method_not_allowed', `Method ${method} is not allowed here`, {
          Allow: Object.keys(endpoint).join(', '),
        })
      }
      const bearer = bearerOf(req)
      const apiReq: ApiRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        body: method === 'GET' ? undefined : parseJson(raw),
        bearer,
        grant: bearer === null ? null : (rt.state.tokens.get(bearer) ?? null),
      }
      const result = handler(rt, apiReq)
      return { status: result.status, data: success(result.data), headers: {} }
    } catch (err) {
      return errorResult(err)
    }
  }

  /** Answers a fault that replaces the response; false when the request should go on. */
  async function applyFault(fault: ActiveFault, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    switch (fault.kind) {
      case 'dropConnection':
        req.socket.destroy()
        return true
      case 'stallMs':
        await sleep(fault.spec.ms ?? DEFAULT_STALL_MS)
        return res.destroyed
      case 'status429':
        sendJson(res, 429, failure('rate_limited', 'Too many requests'), {
          'Retry-After': String(fault.spec.retryAfterSeconds ?? 1),
        })
        return true
      case 'status500':
        sendJson(res, 500, failure('server_error', 'Internal server error'))
        return true
      case 'htmlError': {
        const status = fault.spec.status ?? 502
        const html = `<!DOCTYPE html><html><head><title>${status} Error</title></head><body><h1>${status} Bad Gateway</h1><hr><center>nginx</center></body></html>`
        send(res, status, html, 'text/html; charset=utf-8')
        return true
      }
      case 'malformedJson':
        send(res, 200, '{"ok":true,"data":{"count":1,"items":[{"id":', 'application/json; charset=utf-8')
        return true
      case 'dropAfterWrite':
        return false
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, url: URL, raw: string) {
    const started = performance.now()
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      time: rt.now(),
      durationMs: 0,
      authorization: req.headers.authorization !== undefined,
      userAgent: req.headers['user-agent'] ?? null,
    }
    rt.requestLog.push(entry)
    res.on('close', () => {
      entry.status = res.headersSent ? res.statusCode : 0
      entry.durationMs = Math.round(performance.now() - started)
    })
    const fault = rt.faults.take(method, url.pathname)
    if (fault) entry.fault = fault.kind
    await sleep(rt.faults.latencyMs)
    if (fault && (await applyFault(fault, req, res))) return
    const result = dispatch(method, url, raw, req)
    if (fault?.kind === 'dropAfterWrite') {
      req.socket.destroy()
      return
    }
    sendJson(res, result.status, result.data, result.headers)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://localhost')
    const raw = await readBody(req)
    if (!url.pathname.startsWith(CONTROL_PREFIX)) return handleApi(req, res, method, url, raw)
    try {
      const result = handleControl(rt, method, url.pathname.slice(CONTROL_PREFIX.length), parseJson(raw))
      sendJson(res, result.status, success(result.data))
    } catch (err) {
      const e = errorResult(err)
      sendJson(res, e.status, e.data)
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const e = errorResult(err)
      sendJson(res, e.status, e.data)
    })
  })
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://${host}:${port}`,
    port,
    state: rt.state,
    faults: rt.faults,
    requestLog: rt.requestLog,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        timers.clear()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
