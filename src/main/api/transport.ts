/**
 * One HTTP exchange with the API: builds the request, sends it with got, reads the envelope and
 * validates `data` with zod. Safe reads are retried with backoff; writes never are (a create must
 * never happen twice), and a write whose connection broke after sending is reported as
 * `uncertain` so the caller re-reads before offering to retry.
 */
import got, { RequestError, type Method } from 'got'
import type { z } from 'zod'
import { failureEnvelope, successEnvelope } from '../../shared/api/schemas'
import { API_BASE_URL_RULE, isAllowedBaseUrl } from '../../shared/settings'
import { ApiError, errorForStatus, redact } from './errors'

export interface ResponseInfo {
  /** The HTTP Date header, for the server clock. */
  date: string | undefined
  startedAt: number
  receivedAt: number
  status: number
}

/** The token for one request, with an opaque id that the request's errors carry instead of it. */
export interface TokenLease {
  token: string
  /** Changes whenever the held token changes (see TokenService.lease). */
  id: number
}

export interface TransportOptions {
  baseUrl: string
  /**
   * The token to send, read at the start of each attempt: a plain token, or a lease whose id
   * every error of that request then carries (`ApiError.tokenId`).
   */
  getToken: () => TokenLease | string | null
  userAgent: string
  /** Per-request timeout. */
  timeoutMs?: number
  /** How many times a safe read is tried again after the first attempt. */
  maxRetries?: number
  /** First backoff delay; doubles each retry, with jitter. */
  retryBaseMs?: number
  /** Longest single wait, whatever Retry-After says. */
  maxRetryWaitMs?: number
  onResponse?: (info: ResponseInfo) => void
  now?: () => number
  /**
   * How a read waits `ms` before it is retried, rejecting when `signal` aborts (default: a real
   * timer; tests record the waits asked for and shorten them).
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

export interface RequestSpec<T extends z.ZodType> {
  method: Method
  path: string
  query?: Record<string, string | number | boolean | undefined | null>
  body?: Record<string, unknown>
  schema: T
  signal?: AbortSignal | undefined
  /** False for a public LINK vote: the bearer token must not be sent. */
  auth?: boolean
}

/** The settings' base-URL rule; the address is not echoed, it may hold credentials. */
function checkBaseUrl(baseUrl: string): URL {
  if (!isAllowedBaseUrl(baseUrl)) throw new Error(`${API_BASE_URL_RULE}.`)
  return new URL(baseUrl)
}

const tokenOf = (lease: TokenLease | string | null): string | null =>
  typeof lease === 'string' ? lease : (lease?.token ?? null)

const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function abortError(): ApiError {
  return new ApiError({ kind: 'internal', code: 'aborted', message: 'The request was cancelled.' })
}

function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (!text) return undefined
  const seconds = Number(text)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const at = Date.parse(text)
  return Number.isFinite(at) ? Math.max(0, (at - now) / 1000) : undefined
}

export class Transport {
  private readonly base: URL
  private readonly opts: Required<Omit<TransportOptions, 'onResponse'>> & Pick<TransportOptions, 'onResponse'>

  constructor(options: TransportOptions) {
    this.base = checkBaseUrl(options.baseUrl)
    this.opts = {
      timeoutMs: 15_000,
      maxRetries: 3,
      retryBaseMs: 500,
      maxRetryWaitMs: 60_000,
      now: Date.now,
      sleep: defaultSleep,
      ...options,
    }
  }

  get baseUrl(): string {
    return this.base.origin
  }

  async request<T extends z.ZodType>(spec: RequestSpec<T>): Promise<z.output<T>> {
    const safe = spec.method === 'GET'
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(spec)
      } catch (err) {
        const last = !safe || attempt >= this.opts.maxRetries || spec.signal?.aborted
        if (last || !(err instanceof ApiError) || !err.retryable) throw err
        const backoff = this.opts.retryBaseMs * 2 ** attempt * (1 + Math.random() * 0.25)
        const wait = Math.min(
          this.opts.maxRetryWaitMs,
          err.retryAfterSeconds !== undefined ? Math.max(err.retryAfterSeconds * 1000, backoff) : backoff,
        )
        await this.opts.sleep(wait, spec.signal)
      }
    }
  }

  /** One attempt; its errors carry the id of the token it sent, when the token came leased. */
  private async once<T extends z.ZodType>(spec: RequestSpec<T>): Promise<z.output<T>> {
    const wantsAuth = spec.auth !== false
    const lease = this.opts.getToken()
    const token = tokenOf(lease)
    if (wantsAuth && !token) {
      throw new ApiError({ kind: 'noToken', message: 'No API token is set. Paste your token in Settings.' })
    }
    try {
      return await this.exchange(spec, token, wantsAuth)
    } catch (e) {
      const err = e instanceof ApiError ? e : this.unexpected(e, token)
      throw wantsAuth && typeof lease === 'object' && lease !== null ? err.withTokenId(lease.id) : err
    }
  }

  /** `token` is sent only with `wantsAuth`; it is always kept out of error texts. */
  private async exchange<T extends z.ZodType>(
    spec: RequestSpec<T>,
    token: string | null,
    wantsAuth: boolean,
  ): Promise<z.output<T>> {
    const url = new URL(`/api/v2/${spec.path}`, this.base)
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined || value === null) continue
      url.searchParams.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value))
    }
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent,
      accept: 'application/json',
    }
    if (wantsAuth && token) headers.authorization = `Bearer ${token}`

    const startedAt = this.opts.now()
    let response
    try {
      response = await got(url, {
        method: spec.method,
        headers,
        ...(spec.body !== undefined ? { json: spec.body } : {}),
        timeout: { request: this.opts.timeoutMs },
        retry: { limit: 0 },
        throwHttpErrors: false,
        followRedirect: false,
        responseType: 'text',
        ...(spec.signal ? { signal: spec.signal } : {}),
      })
    } catch (e) {
      throw this.transportError(e, spec.method, token)
    }
    const receivedAt = this.opts.now()
    this.opts.onResponse?.({
      date: response.headers.date,
      startedAt,
      receivedAt,
      status: response.statusCode,
    })

    const status = response.statusCode
    const retryAfter = parseRetryAfter(response.headers['retry-after'], receivedAt)
    let json: unknown
    try {
      json = JSON.parse(response.body)
    } catch {
      if (status >= 400) throw errorForStatus(status, null, retryAfter, token)
      throw new ApiError({
        kind: 'badResponse',
        status,
        retryable: true,
        message: 'Chastity Tracker sent an answer that is not valid JSON. Try again in a moment.',
      })
    }

    if (
      status >= 400 ||
      (json !== null && typeof json === 'object' && (json as { ok?: unknown }).ok === false)
    ) {
      const failure = failureEnvelope.safeParse(json)
      const body = failure.success
        ? {
            code: failure.data.error?.code,
            message: failure.data.error?.message,
            field: typeof failure.data.error?.field === 'string' ? failure.data.error.field : undefined,
          }
        : null
      throw errorForStatus(status >= 400 ? status : 500, body, retryAfter, token)
    }

    const parsed = successEnvelope(spec.schema).safeParse(json)
    if (!parsed.success) {
      const where = parsed.error.issues
        .slice(0, 3)
        .map((i) => i.path.join('.') || '(root)')
        .join(', ')
      throw new ApiError({
        kind: 'badResponse',
        status,
        retryable: false,
        message: `Chastity Tracker sent data in an unexpected shape (${where}). The app may need an update.`,
      })
    }
    return parsed.data.data as z.output<T>
  }

  private transportError(e: unknown, method: Method, token: string | null): ApiError {
    if (isAbort(e)) return abortError()
    const code = e instanceof RequestError ? e.code : undefined
    const isWrite = method !== 'GET'
    if (isWrite && !(code && NEVER_CONNECTED.has(code))) {
      return new ApiError({
        kind: 'uncertain',
        code,
        retryable: false,
        message:
          'The connection was lost after sending. The change may already be saved: check before trying again.',
      })
    }
    if (code === 'ETIMEDOUT') {
      return new ApiError({
        kind: 'timeout',
        code,
        retryable: true,
        message: 'Chastity Tracker took too long to answer. Check your connection; the app will try again.',
      })
    }
    const detail = e instanceof Error ? redact(e.message, token) : 'unknown error'
    return new ApiError({
      kind: 'network',
      code,
      retryable: true,
      message: `Chastity Tracker could not be reached (${code ?? detail}). Check your internet connection.`,
    })
  }

  private unexpected(e: unknown, token: string | null): ApiError {
    const detail = redact(e instanceof Error ? e.message : String(e), token)
    return new ApiError({ kind: 'internal', retryable: false, message: `Unexpected error: ${detail}` })
  }
}

function isAbort(e: unknown): boolean {
  return (
    (e instanceof RequestError && (e.name === 'AbortError' || e.code === 'ERR_ABORTED')) ||
    (e instanceof Error && e.name === 'AbortError')
  )
}
