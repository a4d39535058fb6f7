/**
 * What the renderer may know about the API token: its state, never the token itself.
 */
import { z } from 'zod'

const TOKEN_STATES = ['none', 'unverified', 'valid', 'revoked'] as const

export const tokenStatusSchema = z.strictObject({
  /**
   * none: no token; unverified: a stored token not yet checked against the service;
   * valid: accepted by the service; revoked: the service answered 401 to it.
   */
  state: z.enum(TOKEN_STATES),
  /** The token owner's nick, once known. */
  nick: z.string().nullable(),
  /** Whether the token may write; null until a write has been tried. */
  canWrite: z.boolean().nullable(),
  /** Where the token lives now. */
  storage: z.enum(['keychain', 'memory']),
  keychain: z.strictObject({
    available: z.boolean(),
    /** A user-facing explanation when the keychain cannot be used. */
    reason: z.string().nullable(),
  }),
})
export type TokenStatus = z.infer<typeof tokenStatusSchema>

const TOKEN_FAILURE_REASONS = ['malformed', 'unauthorized', 'network', 'server', 'keychain'] as const

/** The outcome of saving or removing the token, as the renderer sees it. */
export const tokenActionResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), status: tokenStatusSchema }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.enum(TOKEN_FAILURE_REASONS),
    /** A user-facing message; never contains the token. */
    message: z.string(),
    status: tokenStatusSchema,
  }),
])
export type TokenActionResult = z.infer<typeof tokenActionResultSchema>
