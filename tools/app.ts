/**
 * The product run for tests, benchmarks and the demo: the emulator of API v2 and the real core
 * behind the harness, with IPC calls typed by the contract and the emulator's control endpoint.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { MemoryTokenStore } from '../src/main/auth/memory-token-store'
import type { TokenStore } from '../src/main/auth/token-store'
import type { CoreOptions } from '../src/main/core'
import type { ClockAdapter } from '../src/main/platform/types'
import type { Channel, ChannelInput, ChannelOutput } from '../src/shared/ipc/contract'
import type { IpcResult } from '../src/shared/ipc/errors'
import { startFakeApi, type FakeApi, type FakeApiOptions } from './fake-api/server'
import { startHarness, type Harness, type HarnessOptions } from './harness/server'

export const TOKEN = 'dev-token'
const root = resolve(import.meta.dirname, '..')

export type CallArgs<C extends Channel> = ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]

/** An emulator (or the service) that is already running, perhaps in another process. */
export interface ApiAddress {
  url: string
}

export interface AppOptions<A extends ApiAddress = FakeApi> {
  /**
   * The emulator's options (seed 'demo' and TOKEN by default), or one already running: started
   * here (a FakeApi) or elsewhere, by its address (the memory benchmark's, in another process).
   */
  api?: FakeApiOptions | A
  /** The token the app starts with (TOKEN by default; null: none, the first-run page). */
  token?: string | null
  /** Where the token lives instead (the real keychain in the keychain tests). */
  tokenStore?: TokenStore
  /** The app's data folder (a new temporary one by default, removed on close). */
  dataDir?: string
  /** Serve the built dashboard (out/renderer); without it only IPC and the harness state answer. */
  renderer?: boolean
  port?: number
  version?: string
  /** Long by default, so polls happen when asked for, not on a timer. */
  pollSeconds?: number
  requestTimeoutMs?: number
  /** How a read waits before it is retried (the real backoff by default). */
  retrySleep?: CoreOptions['retrySleep']
  /** The machine's clock (the real one by default). */
  clock?: ClockAdapter
}

export interface RunningApp<A extends ApiAddress = FakeApi> {
  api: A
  harness: Harness
  dataDir: string
  /** The value of a call that must succeed, typed by the contract. */
  call<C extends Channel>(channel: C, ...args: CallArgs<C>): Promise<ChannelOutput<C>>
  /** The raw answer, as the renderer would get it, for any channel and argument (fuzzing). */
  invoke(channel: string, arg?: unknown): Promise<IpcResult<unknown>>
  /** The emulator's control endpoint: POST by default, e.g. control('play', { game: 'dice' }). */
  control<T = unknown>(path: string, body?: unknown, method?: 'GET' | 'POST' | 'DELETE'): Promise<T>
  /** Waits until no poll is running. */
  idle(): Promise<void>
  /** Stops the app and starts it again on the same data folder and token store. */
  restart(): Promise<void>
  /** Stops the app, the emulator (when this started it) and removes a temporary data folder. */
  close(): Promise<void>
}

/** The emulator on a free port, with the demo account and TOKEN unless told otherwise. */
export function startApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  return startFakeApi({ port: 0, seed: 'demo', token: TOKEN, ...options })
}

/** The emulator's control endpoint: POST by default, e.g. control(api, 'play', { game: 'dice' }). */
export async function control<T = unknown>(
  api: ApiAddress,
  path: string,
  body: unknown = {},
  method: 'GET' | 'POST' | 'DELETE' = 'POST',
): Promise<T> {
  const response = await fetch(`${api.url}/__control/${path}`, {
    method,
    ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
  })
  const json = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } }
  if (!json.ok) throw new Error(`control ${path}: ${json.error?.message ?? response.status}`)
  return json.data as T
}

const isRunning = (api: FakeApiOptions | ApiAddress | undefined): api is ApiAddress =>
  api !== undefined && 'url' in api

export function startApp(options?: AppOptions): Promise<RunningApp>
export function startApp<A extends ApiAddress>(options: AppOptions<A> & { api: A }): Promise<RunningApp<A>>
export async function startApp(options: AppOptions<ApiAddress> = {}): Promise<RunningApp<ApiAddress>> {
  // The emulator this starts, and so closes.
  let owned: FakeApi | null = null
  let api: ApiAddress
  if (isRunning(options.api)) api = options.api
  else api = owned = await startApi(options.api)
  const ownsDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ct-app-')))
  let tokenStore = options.tokenStore
  if (!tokenStore) {
    tokenStore = new MemoryTokenStore()
    const token = options.token === undefined ? TOKEN : options.token
    if (token) await tokenStore.set(token)
  }
  const harnessOptions: HarnessOptions = {
    apiBaseUrl: api.url,
    tokenStore,
    dataDir,
    rendererDir: options.renderer ? join(root, 'out/renderer') : join(dataDir, 'no-renderer'),
    version: options.version ?? '0.0.0-test',
    pollSeconds: options.pollSeconds ?? 3600,
    requestTimeoutMs: options.requestTimeoutMs,
    retrySleep: options.retrySleep,
    clock: options.clock,
    ...(options.port !== undefined ? { port: options.port } : {}),
  }

  const invoke = (channel: string, arg?: unknown) => app.harness.core.dispatch(channel, arg, app.harness.url)
  const stopHarness = async () => {
    await app.harness.close()
    // A poll that was running when the core stopped still writes what it fetched to the data
    // folder: let it end before the folder is used again or removed.
    await app.idle()
  }
  const app: RunningApp<ApiAddress> = {
    api,
    harness: await startHarness(harnessOptions),
    dataDir,
    invoke,
    async call(channel, ...args) {
      const result = await invoke(channel, args[0])
      if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
      return result.value as ChannelOutput<typeof channel>
    },
    control: <T>(path: string, body?: unknown, method?: 'GET' | 'POST' | 'DELETE') =>
      control<T>(api, path, body, method),
    async idle() {
      while (app.harness.core.syncState().syncing) await new Promise((r) => setTimeout(r, 5))
    },
    async restart() {
      await stopHarness()
      app.harness = await startHarness(harnessOptions)
    },
    async close() {
      await stopHarness()
      await owned?.close()
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
  return app
}
