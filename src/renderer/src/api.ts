/**
 * The renderer's only door to main: `window.api`, typed by the IPC contract. `call` turns an
 * IpcResult into a value or a thrown IpcCallError; the hooks add loading/error state and refresh
 * when main says a data scope changed.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  DATA_SCOPES,
  EventName,
  EventPayload,
} from '../../shared/ipc/contract'
import { IpcCallError, type AppError } from '../../shared/ipc/errors'

export type DataScope = (typeof DATA_SCOPES)[number]
type Args<C extends Channel> = ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]

export function toAppError(e: unknown): AppError {
  if (e instanceof IpcCallError) return e.error
  const message = e instanceof Error ? e.message : String(e)
  return { kind: 'internal', message, retryable: false }
}

export async function call<C extends Channel>(channel: C, ...args: Args<C>): Promise<ChannelOutput<C>> {
  let result
  try {
    result = await window.api.invoke(channel, ...args)
  } catch (e) {
    throw new IpcCallError(toAppError(e))
  }
  if (result.ok) return result.value
  throw new IpcCallError(result.error)
}

/** Subscribes to a main event for the component's lifetime; the latest listener is always used. */
export function useEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const ref = useRef(listener)
  useEffect(() => {
    ref.current = listener
  })
  useEffect(() => window.api.on(event, (payload) => ref.current(payload)), [event])
}

export interface QueryState<T> {
  data: T | undefined
  error: AppError | null
  /** True while a request is in flight (the previous data stays shown). */
  loading: boolean
  refresh: () => void
}

export interface QueryOptions {
  /** Refetch when `data:changed` names one of these scopes. */
  scopes: readonly DataScope[]
  /** Ignore `data:changed` events about another session. */
  sessionId?: number
}

/**
 * Runs `fetcher` whenever `key` changes (null = don't run), on `refresh()`, and when main reports
 * a change in one of `scopes`. Answers to superseded requests are dropped.
 */
export function useQuery<T>(
  key: string | null,
  fetcher: () => Promise<T>,
  options: QueryOptions,
): QueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<AppError | null>(null)
  const [loading, setLoading] = useState(key !== null)
  const [nonce, setNonce] = useState(0)
  const fetcherRef = useRef(fetcher)
  const latest = useRef(0)
  useEffect(() => {
    fetcherRef.current = fetcher
  })

  useEffect(() => {
    if (key === null) return
    const id = ++latest.current
    setLoading(true)
    fetcherRef.current().then(
      (value) => {
        if (id !== latest.current) return
        setData(value)
        setError(null)
        setLoading(false)
      },
      (e: unknown) => {
        if (id !== latest.current) return
        setError(toAppError(e))
        setLoading(false)
      },
    )
  }, [key, nonce])

  const refresh = useCallback(() => setNonce((n) => n + 1), [])
  const scopesKey = options.scopes.join(',')
  const sessionId = options.sessionId
  useEvent('data:changed', (change) => {
    const scopes = scopesKey.split(',')
    if (!change.scopes.some((s) => scopes.includes(s))) return
    if (sessionId !== undefined && change.sessionId !== undefined && change.sessionId !== sessionId) return
    refresh()
  })

  return { data, error, loading, refresh }
}

/** useQuery for one channel call; the argument is the key. */
export function useCall<C extends Channel>(
  channel: C,
  arg: ChannelInput<C> | null,
  options: QueryOptions,
): QueryState<ChannelOutput<C>> {
  const key = arg === null ? null : `${channel}:${JSON.stringify(arg) ?? ''}`
  return useQuery(key, () => call(channel, ...([arg] as Args<C>)), options)
}

export type ActionResult<R> = { ok: true; value: R } | { ok: false; error: AppError | null }

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<ActionResult<R>>
  pending: boolean
  error: AppError | null
  reset: () => void
}

/**
 * A write: one at a time (a second run while one is pending is refused, so a double click cannot
 * send twice), with its pending flag and last error.
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const busy = useRef(false)
  const fnRef = useRef(fn)
  useEffect(() => {
    fnRef.current = fn
  })
  const run = useCallback(async (...args: A): Promise<ActionResult<R>> => {
    if (busy.current) return { ok: false, error: null }
    busy.current = true
    setPending(true)
    setError(null)
    try {
      return { ok: true, value: await fnRef.current(...args) }
    } catch (e) {
      const err = toAppError(e)
      setError(err)
      return { ok: false, error: err }
    } finally {
      busy.current = false
      setPending(false)
    }
  }, [])
  const reset = useCallback(() => setError(null), [])
  return { run, pending, error, reset }
}
