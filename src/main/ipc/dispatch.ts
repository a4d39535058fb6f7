/**
 * The one generic wrapper every IPC call goes through, in Electron and in the browser harness:
 * it checks that the caller is the app's own page, validates the argument against the contract,
 * runs the handler and answers a serialisable result or a typed error. No raw exception and no
 * stack trace ever reaches the renderer.
 */
import type { z } from 'zod'
import { channels, type Channel, type ChannelOutput, type Channels } from '../../shared/ipc/contract'
import type { AppError, IpcResult } from '../../shared/ipc/errors'
import { ApiError } from '../api/errors'
import { validationDetail } from '../../shared/zod-issues'

export type Handlers = {
  [C in Channel]: (input: z.output<Channels[C]['input']>) => Promise<ChannelOutput<C>>
}

export interface DispatchOptions {
  /** Whether a call comes from the app's own page (checked before anything else). */
  isTrustedSender: (senderUrl: string | null) => boolean
  log: (level: 'warn' | 'error', message: string) => void
}

export type Dispatch = (
  channel: string,
  arg: unknown,
  senderUrl: string | null,
) => Promise<IpcResult<unknown>>

const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(channels, name)

/** Turns anything thrown by a handler into the error the renderer sees. */
export function toAppError(e: unknown): AppError {
  if (e instanceof ApiError) return e.toAppError()
  if (e !== null && typeof e === 'object' && 'appError' in e) {
    return (e as { appError: AppError }).appError
  }
  return {
    kind: 'internal',
    message: 'Something went wrong in the app. Try again; if it persists, restart the app.',
    retryable: false,
  }
}

function validationError(issues: z.core.$ZodIssue[]): AppError {
  return { kind: 'validation', retryable: false, ...validationDetail(issues) }
}

export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (channel, arg, senderUrl) => {
    if (!options.isTrustedSender(senderUrl)) {
      options.log('warn', `IPC call to ${channel} refused: untrusted sender`)
      return {
        ok: false,
        error: { kind: 'internal', message: 'Refused: not the app window.', retryable: false },
      }
    }
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { kind: 'internal', message: `Unknown channel: ${channel}`, retryable: false },
      }
    }
    const parsed = channels[channel].input.safeParse(arg)
    if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>
      return { ok: true, value: await handler(parsed.data) }
    } catch (e) {
      const error = toAppError(e)
      if (error.kind === 'internal') {
        options.log(
          'error',
          `IPC ${channel} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        )
      }
      return { ok: false, error }
    }
  }
}
