/**
 * What every fault test needs on top of tools/app.ts: apps whose retry waits are recorded and
 * shortened, and the emulator, temporary folders and apps closed after each test.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { defaultSleep } from '../../src/main/api/transport'
import { control, startApi, startApp, type AppOptions, type RunningApp } from '../../tools/app'
import type { FakeApi, FakeApiOptions, FaultConfig } from '../../tools/fake-api/server'

export { TOKEN, control } from '../../tools/app'

/** How long a retry really waits, unless the test asks for the real backoff. */
const SHORT_RETRY_WAIT_MS = 5

export interface FaultApp extends RunningApp {
  /** Every wait before a retry that the app asked for, in ms, in order. */
  retryWaits: number[]
}

export interface FaultAppOptions extends Omit<AppOptions, 'api' | 'retrySleep'> {
  /** Wait the real backoff before each retry instead of a few ms. */
  realRetryWaits?: boolean
}

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
  const api = await startApi(options)
  open.push(api)
  return api
}

/** A data folder for the test, removed after it. */
export async function tempDir(prefix = 'ct-faults-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  open.push({ close: () => rm(dir, { recursive: true, force: true }) })
  return dir
}

export async function app(api: FakeApi, options: FaultAppOptions = {}): Promise<FaultApp> {
  const { realRetryWaits = false, ...rest } = options
  const retryWaits: number[] = []
  const started = await startApp({
    ...rest,
    api,
    retrySleep: (ms, signal) => {
      retryWaits.push(ms)
      return defaultSleep(realRetryWaits ? ms : SHORT_RETRY_WAIT_MS, signal)
    },
  })
  open.push(started)
  return Object.assign(started, { retryWaits })
}

/** Waits for the poll the start (or a write) began, then polls once more so the state is current. */
export async function settle(a: RunningApp): Promise<void> {
  await a.idle()
  await a.call('sync:refresh')
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function setFaults(api: FakeApi, faults: FaultConfig): Promise<void> {
  await control(api, 'faults', faults)
}

export async function clearFaults(api: FakeApi): Promise<void> {
  await control(api, 'faults', undefined, 'DELETE')
}
