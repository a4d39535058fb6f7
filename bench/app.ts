/** The real core behind the harness, against the emulator on loopback: what every benchmark drives. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryTokenStore } from '../src/main/auth/memory-token-store'
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../tools/fake-api/server'
import { startHarness, type Harness } from '../tools/harness/server'

export const TOKEN = 'dev-token'

export async function startApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  return startFakeApi({ port: 0, seed: 'demo', token: TOKEN, ...options })
}

export interface BenchApp {
  harness: Harness
  dataDir: string
  call<T = unknown>(channel: string, arg?: unknown): Promise<T>
  /** Waits until no poll runs. */
  idle(): Promise<void>
  close(): Promise<void>
}

export async function startApp(
  api: { url: string },
  options: { rendererDir?: string; pollSeconds?: number } = {},
): Promise<BenchApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ct-bench-'))
  const store = new MemoryTokenStore()
  await store.set(TOKEN)
  const harness = await startHarness({
    apiBaseUrl: api.url,
    tokenStore: store,
    dataDir,
    rendererDir: options.rendererDir ?? join(dataDir, 'no-renderer'),
    version: '0.0.0-bench',
    // Polls happen when the benchmark asks, not on a timer.
    pollSeconds: options.pollSeconds ?? 3600,
  })
  return {
    harness,
    dataDir,
    async call<T>(channel: string, arg?: unknown): Promise<T> {
      const result = await harness.core.dispatch(channel, arg, harness.url)
      if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
      return result.value as T
    },
    async idle() {
      while (harness.core.syncState().syncing) await new Promise((r) => setTimeout(r, 2))
    },
    async close() {
      await harness.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export async function control(api: { url: string }, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${api.url}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) })
  const json = (await response.json()) as { ok: boolean; data?: unknown }
  if (!json.ok) throw new Error(`control ${path} failed`)
  return json.data
}
