import type { AppError, ErrorKind } from '../../shared/ipc/errors'

/**
 * The one error type of the API client. `kind` says what the user can do about it; `status` and
 * `code` carry what the service said. Its text never contains the token: messages are composed
 * here, and anything taken from elsewhere passes through `redact`.
 */
export class ApiError extends Error {
  readonly kind: ErrorKind
  readonly status: number | undefined
  readonly code: string | undefined
  /** Whether trying the same call again later can help. */
  readonly retryable: boolean
  /** Seconds the service asked us to wait (429 / 503 Retry-After). */
  readonly retryAfterSeconds: number | undefined
  readonly fields: Record<string, string> | undefined
  /**
   * The opaque id of the token the failed request carried (see `TokenLease`), never the token:
   * a late 401 or 403 about a token that has since been replaced can be told apart and ignored.
   */
  readonly tokenId: number | undefined

  constructor(init: {
    kind: ErrorKind
    message: string
    status?: number | undefined
    code?: string | undefined
    retryable?: boolean
    retryAfterSeconds?: number | undefined
    fields?: Record<string, string> | undefined
    tokenId?: number | undefined
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.retryable = init.retryable ?? false
    this.retryAfterSeconds = init.retryAfterSeconds
    this.fields = init.fields
    this.tokenId = init.tokenId
  }

  /** The same error, marked with the id of the token its request carried. */
  withTokenId(tokenId: number): ApiError {
    return new ApiError({
      kind: this.kind,
      message: this.message,
      status: this.status,
      code: this.code,
      retryable: this.retryable,
      retryAfterSeconds: this.retryAfterSeconds,
      fields: this.fields,
      tokenId,
    })
  }

  toAppError(): AppError {
    return {
      kind: this.kind,
      message: this.message,
      retryable: this.retryable,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.code !== undefined ? { code: this.code } : {}),
      ...(this.fields !== undefined ? { fields: this.fields } : {}),
    }
  }
}

/**
 * The one redaction of the app: every occurrence of a secret (the API token) in a text, as sent
 * and URL-encoded, becomes "[redacted]", so the text can be logged or shown. Used for error texts
 * from lower layers, keychain messages and every line of the core's log.
 */
export function redact(text: string, secret: string | null | undefined): string {
  // A very short "secret" would shred ordinary words; real tokens are at least 8 characters.
  if (!secret || secret.length < 4) return text
  let out = text.split(secret).join('[redacted]')
  const encoded = encodeURIComponent(secret)
  if (encoded !== secret) out = out.split(encoded).join('[redacted]')
  return out
}

const STATUS_KINDS: Record<number, { kind: ErrorKind; retryable: boolean; message: string }> = {
  400: { kind: 'validation', retryable: false, message: 'Chastity Tracker refused the request as invalid.' },
  401: {
    kind: 'unauthorized',
    retryable: false,
    message: 'Chastity Tracker refused the API token. Paste a new token from the website.',
  },
  403: {
    kind: 'forbidden',
    retryable: false,
    message: 'This token can only read. Generate a token with write permission on the website.',
  },
  404: { kind: 'notFound', retryable: false, message: 'Not found: it may have been deleted on the website.' },
  405: { kind: 'internal', retryable: false, message: 'The service does not accept this request method.' },
  409: {
    kind: 'conflict',
    retryable: false,
    message: 'This conflicts with another session (one is already active, or the dates overlap).',
  },
  429: {
    kind: 'rateLimited',
    retryable: true,
    message: 'Chastity Tracker asks to slow down. The app will try again shortly.',
  },
  503: {
    kind: 'rateLimited',
    retryable: true,
    message: 'Chastity Tracker is busy or in maintenance. The app will try again shortly.',
  },
}

/** An error for an HTTP status, with the service's own message when it gave one. */
export function errorForStatus(
  status: number,
  body: { code?: string | undefined; message?: string | undefined; field?: string | undefined } | null,
  retryAfterSeconds: number | undefined,
  token: string | null,
): ApiError {
  const known = STATUS_KINDS[status]
  const serverMessage = body?.message ? redact(body.message, token) : undefined
  const base =
    known ??
    (status >= 500
      ? {
          kind: 'server' as const,
          retryable: true,
          message: `Chastity Tracker had a server error (HTTP ${status}). Try again in a moment.`,
        }
      : {
          kind: 'internal' as const,
          retryable: false,
          message: `Unexpected answer from Chastity Tracker (HTTP ${status}).`,
        })
  // For validation and conflicts the service's words are the useful part; elsewhere ours are.
  const message =
    serverMessage && (base.kind === 'validation' || base.kind === 'conflict' || base.kind === 'notFound')
      ? serverMessage
      : base.message
  return new ApiError({
    kind: base.kind,
    message,
    status,
    code: body?.code,
    retryable: base.retryable,
    retryAfterSeconds,
    fields: body?.field && serverMessage ? { [body.field]: serverMessage } : undefined,
  })
}
