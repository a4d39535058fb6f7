/**
 * What can go wrong, as the renderer needs to tell the user what to do. Every failure that
 * crosses IPC is one of these: never a raw exception, never a stack trace.
 */
export const ERROR_KINDS = [
  /** The arguments (or a form) did not pass validation; `fields` says which. */
  'validation',
  /** No token is set yet. */
  'noToken',
  /** 401: the token is wrong or was revoked on the website. */
  'unauthorized',
  /** 403: the token has no write permission. */
  'forbidden',
  /** 404: missing, or owned by someone else. */
  'notFound',
  /** 409: an active session exists, or the dates overlap another session. */
  'conflict',
  /** 429 / 503: the service asks us to slow down. */
  'rateLimited',
  /** The service could not be reached (offline, DNS, connection dropped). */
  'network',
  /** The request took too long. */
  'timeout',
  /** 5xx from the service. */
  'server',
  /** The service answered something that is not the documented shape. */
  'badResponse',
  /** The OS keychain could not be used. */
  'keychain',
  /** A write may or may not have happened (connection lost after sending). */
  'uncertain',
  /** A bug on our side. */
  'internal',
] as const
export type ErrorKind = (typeof ERROR_KINDS)[number]

export interface AppError {
  kind: ErrorKind
  message: string
  status?: number
  code?: string
  retryable: boolean
  /** Field name -> message, for forms. */
  fields?: Record<string, string>
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Thrown in the renderer when a call answers with an error. */
export class IpcCallError extends Error {
  readonly error: AppError
  constructor(error: AppError) {
    super(error.message)
    this.name = 'IpcCallError'
    this.error = error
  }
}
