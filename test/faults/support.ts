/**
 * What every fault test needs: the emulator, the real core behind the harness (no browser),
 * typed IPC calls and the emulator's control endpoints. Everything started is closed after
 * each test.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { MemoryTokenStore } from '../../src/main/auth/memory-token-store'
import type { TokenStore } from '../../src/main/auth/token-store'
import type { IpcResult } from '../../src/shared/ipc/errors'
import {
  startFakeApi,
  type FakeApi,
  type FakeApiOptions,
  type FaultConfig,
} from '../../tools/fake-api/server'
import { startHarness, type Harness } from '../../tools/harness/server'

export const TOKEN = 'dev-token'

const open: { close(): Promise<void> }[] = []

afterEach(async () => {
  while (open.length > 0) await open.pop()?.close()
})

/** Closes something now rather than after the test (a restart, an API going away). */
export async function closeNow(thing: { close(): Promise<void> }): Promise<void> {
  const i = open.indexOf(thing)
  if (i >= 0) open.splice(i, 1)
  await thing.close()
}

export async function emulator(options: FakeApiOptions = {}): Promise<FakeApi> {
  const api = await startFakeApi({ port: 0, seed: 'demo', token: TOKEN, ...options })
  open.push(api)
  return api
}

export async function tempDir(prefix = 'ct-faults-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

export interface AppOptions {
  dataDir?: string
  token?: string | null
  tokenStore?: TokenStore
  /** Long by default, so no timer poll runs during a test: polls are asked for explicitly. */
  pollSeconds?: number
  requestTimeoutMs?: number
}

export interface App {
  harness: Harness
  dataDir: string
  /** The raw IPC answer, as the renderer would get it. */
  invoke(channel: string, arg?: unknown): Promise<IpcResult<unknown>>
  /** The value of a call that must succeed. */
  call<T = unknown>(channel: string, arg?: unknown): Promise<T>
}

export async function app(api: FakeApi, options: AppOptions = {}): Promise<App> {
  const dataDir = options.dataDir ?? (await tempDir())
  let store = options.tokenStore
  if (!store) {
    store = new MemoryTokenStore()
    const token = options.token === undefined ? TOKEN : options.token
    if (token) await store.set(token)
  }
  const harness = await startHarness({
    apiBaseUrl: api.url,
    tokenStore: store,
    dataDir,
    rendererDir: join(dataDir, 'no-renderer'),
    version: '0.0.0-test',
    pollSeconds: options.pollSeconds ?? 3600,
    requestTimeoutMs: options.requestTimeoutMs,
  })
  open.push(harness)
  const invoke = (channel: string, arg?: unknown) => harness.core.dispatch(channel, arg, harness.url)
  return {
    harness,
    dataDir,
    invoke,
    async call<T>(channel: string, arg?: unknown): Promise<T> {
      const result = await invoke(channel, arg)
      if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
      return result.value as T
    },
  }
}

/** Waits for the poll the start (or a write) began, then polls once more so the state is current. */
export async function settle(a: App): Promise<void> {
  await idle(a)
  await a.call('sync:refresh')
}

/** Waits until no poll is running. */
export async function idle(a: App): Promise<void> {
  for (let i = 0; i < 500 && a.harness.core.syncState().syncing; i++) await sleep(10)
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function control(api: FakeApi, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${api.url}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) })
  const json = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } }
  if (!json.ok) throw new Error(`control ${path}: ${json.error?.message ?? response.status}`)
  return json.data
}

export async function setFaults(api: FakeApi, faults: FaultConfig): Promise<void> {
  await control(api, 'faults', faults)
}

export async function clearFaults(api: FakeApi): Promise<void> {
  const response = await fetch(`${api.url}/__control/faults`, { method: 'DELETE' })
  await response.body?.cancel()
}
