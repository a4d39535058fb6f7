/**
 * Owns the API token and the state the UI sees of it. The token itself leaves this module only
 * through `current()` and `lease()`, for the API client and the log's redaction in the main
 * process; statuses, results and errors never carry it.
 *
 * Each token held gets a new opaque id. A request's errors carry the id of the token it sent
 * (`ApiError.tokenId`), and the marks below ignore answers about a token that is no longer held:
 * a late 401 for the previous token must not mark a freshly saved one revoked.
 */
import { redact } from '../api/errors'
import type { TokenLease } from '../api/transport'
import type { TokenActionResult, TokenStatus } from '../../shared/token-status'
import { MemoryTokenStore } from './memory-token-store'
import { toKeychainError, type TokenStore } from './token-store'

export type TokenValidation =
  { ok: true; nick: string } | { ok: false; reason: 'unauthorized' | 'network' | 'server'; message: string }

export interface TokenServiceOptions {
  store: TokenStore
  /** The store used for "this run only"; a MemoryTokenStore by default. */
  fallbackStore?: () => TokenStore
  /** Asks the service whether a token is accepted (e.g. GET stats) and whose it is. */
  validate: (token: string) => Promise<TokenValidation>
  platform?: NodeJS.Platform
  /**
   * Where the stored token's write permission, once learned, is remembered across restarts (the
   * API has no way to ask; it shows only when a write is refused). Never holds the token.
   */
  permission?: { load(): boolean | null; save(canWrite: boolean | null): void }
}

export type TokenListener = (status: TokenStatus) => void

const MIN_TOKEN_LENGTH = 8
const MAX_TOKEN_LENGTH = 1024
/** Visible ASCII only: what a bearer token can be, and no stray spaces or line breaks from a paste. */
const TOKEN_RE = /^[\x21-\x7e]+$/

/** Trims a pasted token and drops a leading "Bearer ". Null when it cannot be a token. */
export function normalizeToken(input: string): string | null {
  const token = input.trim().replace(/^bearer\s+/i, '')
  if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) return null
  return TOKEN_RE.test(token) ? token : null
}

export class TokenService {
  /** The store given at construction (the keychain in the app); kept to clean it after a switch to memory. */
  private readonly primary: TokenStore
  private store: TokenStore
  private readonly fallbackStore: () => TokenStore
  private readonly validate: (token: string) => Promise<TokenValidation>
  private readonly permission: TokenServiceOptions['permission']
  private readonly platform: NodeJS.Platform
  private readonly listeners = new Set<TokenListener>()
  private token: string | null = null
  /** The id of the held token; a new one for every token held (see `hold`). */
  private tokenId = 0
  private state: TokenStatus = {
    state: 'none',
    nick: null,
    canWrite: null,
    storage: 'keychain',
    keychain: { available: false, reason: null },
  }
  /** Serializes load/save/remove/verify so a slow validation never overwrites a newer token. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: TokenServiceOptions) {
    this.primary = options.store
    this.store = options.store
    this.fallbackStore = options.fallbackStore ?? (() => new MemoryTokenStore())
    this.validate = options.validate
    this.permission = options.permission
    this.platform = options.platform ?? process.platform
    this.state = {
      ...this.state,
      storage: this.store.kind,
      keychain: { available: this.store.kind === 'keychain', reason: null },
    }
  }

  status(): TokenStatus {
    return { ...this.state, keychain: { ...this.state.keychain } }
  }

  /** The token, for the API client and the log's redaction only. */
  current(): string | null {
    return this.token
  }

  /** The token with its id, for the API client: the request's errors then carry the id. */
  lease(): TokenLease | null {
    return this.token === null ? null : { token: this.token, id: this.tokenId }
  }

  /** The id of the held token, or null: for a caller to note which token a call is about. */
  currentTokenId(): number | null {
    return this.token === null ? null : this.tokenId
  }

  onChange(listener: TokenListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Reads the stored token at start. A keychain that cannot be read is reported in the status. */
  load(): Promise<TokenStatus> {
    return this.serialize(async () => {
      try {
        const token = await this.store.get()
        this.hold(token)
        this.update({
          state: token === null ? 'none' : 'unverified',
          nick: null,
          canWrite: token === null ? null : (this.permission?.load() ?? null),
          ...this.keychainAnswered(),
        })
      } catch (error) {
        this.update(this.keychainFailed(error))
      }
      return this.status()
    })
  }

  /** Checks the held token with the service: valid, revoked (401), or still unverified (offline). */
  verify(): Promise<TokenStatus> {
    return this.serialize(async () => {
      const token = this.token
      if (token === null) return this.status()
      const result = await this.runValidate(token)
      if (result.ok) this.update({ state: 'valid', nick: result.nick })
      else if (result.reason === 'unauthorized') this.update({ state: 'revoked' })
      return this.status()
    })
  }

  /**
   * Validates first, then stores: a token the service refuses is never stored. With `memoryOnly`
   * (or after `useMemoryOnly()`) the token is kept for this run only.
   */
  save(input: string, options: { memoryOnly?: boolean } = {}): Promise<TokenActionResult> {
    return this.serialize(async (): Promise<TokenActionResult> => {
      const token = normalizeToken(input)
      if (token === null) {
        return this.failure(
          'malformed',
          `This does not look like an API token: paste the whole token (${MIN_TOKEN_LENGTH} to ${MAX_TOKEN_LENGTH} characters, no spaces).`,
        )
      }
      const result = await this.runValidate(token)
      if (!result.ok) {
        const message = redact(result.message, token)
        switch (result.reason) {
          case 'unauthorized':
            return this.failure(
              'unauthorized',
              'Chastity Tracker refused this token: check that it was copied whole and has not been revoked or regenerated.',
            )
          case 'network':
            return this.failure(
              'network',
              `The token could not be checked: Chastity Tracker is not reachable (${message}).`,
            )
          case 'server':
            return this.failure(
              'server',
              `The token could not be checked: Chastity Tracker answered with an error (${message}).`,
            )
        }
      }
      if (options.memoryOnly && this.store.kind !== 'memory') this.store = this.fallbackStore()
      if (this.store !== this.primary) await this.clearPrimary()
      try {
        await this.store.set(token)
      } catch (error) {
        const failed = this.keychainFailed(error, token)
        this.update(failed)
        return this.failure('keychain', failed.keychain.reason)
      }
      this.hold(token)
      this.update({
        state: 'valid',
        nick: result.nick,
        canWrite: null,
        storage: this.store.kind,
        ...this.keychainAnswered(),
      })
      return { ok: true, status: this.status() }
    })
  }

  /** Forgets the token and deletes it from the keychain. */
  remove(): Promise<TokenActionResult> {
    return this.serialize(async (): Promise<TokenActionResult> => {
      const held = this.token
      this.hold(null)
      this.update({ state: 'none', nick: null, canWrite: null })
      try {
        await this.store.clear()
        if (this.store !== this.primary) await this.clearPrimary()
      } catch (error) {
        const failed = this.keychainFailed(error, held)
        this.update(failed)
        return this.failure(
          'keychain',
          `The token is forgotten for this run, but it could not be removed from the keychain. ${failed.keychain.reason}`,
        )
      }
      return { ok: true, status: this.status() }
    })
  }

  /** Keeps the token in memory for this run from now on (when there is no usable keychain). */
  useMemoryOnly(): Promise<TokenStatus> {
    return this.serialize(async () => {
      if (this.store.kind !== 'memory') {
        this.store = this.fallbackStore()
        if (this.token !== null) await this.store.set(this.token)
        this.update({ storage: this.store.kind })
      }
      return this.status()
    })
  }

  // The marks take the id of the token the answer is about (`ApiError.tokenId`, or
  // `currentTokenId()` noted before the call); without one they apply to the held token.

  /** The service accepted the token (e.g. a successful stats call). */
  markVerified(nick: string, tokenId?: number): void {
    if (this.isStale(tokenId)) return
    this.update({ state: 'valid', nick })
  }

  /** A write was refused with 403: the token may read but not write. */
  markReadOnly(tokenId?: number): void {
    if (this.isStale(tokenId)) return
    this.update({ canWrite: false })
  }

  /** A write succeeded. */
  markWritable(tokenId?: number): void {
    if (this.isStale(tokenId)) return
    this.update({ canWrite: true })
  }

  /** The service answered 401: the token was revoked or regenerated. Everything else is kept. */
  markRevoked(tokenId?: number): void {
    if (this.isStale(tokenId)) return
    this.update({ state: 'revoked' })
  }

  /**
   * Best effort: with the token kept in memory, a copy left in the keychain would come back at the
   * next start. A keychain that cannot be reached holds nothing to clean.
   */
  private async clearPrimary(): Promise<void> {
    await this.primary.clear().catch(() => undefined)
  }

  /** Holds a token; a different one gets a new id, so answers about the old one are stale. */
  private hold(token: string | null): void {
    if (token !== this.token) this.tokenId++
    this.token = token
  }

  private isStale(tokenId: number | undefined): boolean {
    return this.token === null || (tokenId !== undefined && tokenId !== this.tokenId)
  }

  private async runValidate(token: string): Promise<TokenValidation> {
    try {
      return await this.validate(token)
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      return { ok: false, reason: 'network', message: redact(text, token) }
    }
  }

  /** The keychain part of the status after the active store answered. */
  private keychainAnswered(): Partial<TokenStatus> {
    return this.store.kind === 'keychain' ? { keychain: { available: true, reason: null } } : {}
  }

  private keychainFailed(
    error: unknown,
    secret?: string | null,
  ): { keychain: { available: false; reason: string } } {
    const failure = toKeychainError(error, this.platform, secret)
    return { keychain: { available: false, reason: failure.message } }
  }

  private failure(
    reason: Exclude<TokenActionResult, { ok: true }>['reason'],
    message: string,
  ): TokenActionResult {
    return { ok: false, reason, message, status: this.status() }
  }

  private update(patch: Partial<TokenStatus>): void {
    const next: TokenStatus = { ...this.state, ...patch }
    if (JSON.stringify(next) === JSON.stringify(this.state)) return
    if (next.canWrite !== this.state.canWrite) this.permission?.save(next.canWrite)
    this.state = next
    const snapshot = this.status()
    for (const listener of [...this.listeners]) listener(snapshot)
  }

  private serialize<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation)
    this.queue = run.catch(() => undefined)
    return run
  }
}
