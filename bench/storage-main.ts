/**
 * The child process of bench/storage.ts: the real core (createCore with the recording adapters)
 * on a seeded data folder, against the emulator at CT_BENCH_API_URL. Prints its samples as JSON.
 *
 *   startup   time from createCore to the first tray text
 *   poll      idle polls, then polls after 10 dice rolls: bytes written, time in the cache, CPU
 *   heap      heapUsed after start and a poll, while holding every row once, and after (--expose-gc)
 */
import { lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MemoryTokenStore } from '../src/main/auth/memory-token-store'
import { createCore, type Core } from '../src/main/core'
import { DataCache } from '../src/main/store/cache'
import { JsonDocument } from '../src/main/store/json-document'
import { RowLog } from '../src/main/store/row-log'
import type { Overview } from '../src/shared/ipc/contract'
import { createRecordingPlatform, type RecordingPlatform } from '../tools/harness/recording-platform'
import { control, TOKEN } from '../tools/app'
import type { HeapSample, PollSample, StartupSample } from './storage'

const apiUrl = process.env.CT_BENCH_API_URL
const dataDir = process.env.CT_BENCH_DATA_DIR
if (!apiUrl || !dataDir) throw new Error('CT_BENCH_API_URL and CT_BENCH_DATA_DIR are required')
const IDLE_POLLS = 5
const DELTA_RUNS = 7
const MIB = 1024 * 1024

async function start(onTitle?: () => void): Promise<{ core: Core; platform: RecordingPlatform }> {
  const store = new MemoryTokenStore()
  await store.set(TOKEN)
  const platform = createRecordingPlatform({
    version: '0.0.0-bench',
    dataDir: dataDir ?? '',
    keychain: store,
    log: () => undefined,
  })
  if (onTitle) {
    const setTitle = platform.tray.setTitle.bind(platform.tray)
    platform.tray.setTitle = (title) => {
      onTitle()
      setTitle(title)
    }
  }
  const core = await createCore(platform, {
    isTrustedSender: () => true,
    ...(apiUrl === undefined ? {} : { apiBaseUrl: apiUrl }),
    // Polls happen when the benchmark asks.
    pollSeconds: 3600,
  })
  await core.start()
  return { core, platform }
}

async function call<T>(core: Core, channel: string, arg?: unknown): Promise<T> {
  const result = await core.dispatch(channel, arg, null)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

async function idle(core: Core): Promise<void> {
  while (core.syncState().syncing) await new Promise((r) => setTimeout(r, 2))
}

/**
 * Times every call into the cache's classes (outermost calls only, and the "known" test they hand
 * out), so what a poll spends in the cache is measured on the code that ships.
 */
function timeTheCache(): { take(): number } {
  let depth = 0
  let total = 0
  const timed = <F extends (...args: never[]) => unknown>(fn: F): F =>
    function (this: unknown, ...args: Parameters<F>) {
      const t0 = depth === 0 ? performance.now() : 0
      depth++
      try {
        const result = fn.apply(this, args)
        return typeof result === 'function' ? timed(result as F) : result
      } finally {
        depth--
        if (depth === 0) total += performance.now() - t0
      }
    } as F
  for (const proto of [DataCache.prototype, RowLog.prototype, JsonDocument.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)
      if (name === 'constructor' || typeof descriptor?.value !== 'function') continue
      Object.defineProperty(proto, name, { ...descriptor, value: timed(descriptor.value as () => unknown) })
    }
  }
  return {
    take() {
      const t = total
      total = 0
      return t
    },
  }
}

interface FileState {
  size: number
  ino: number
  mtimeMs: number
}

function files(dir: string, into = new Map<string, FileState>()): Map<string, FileState> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const info = lstatSync(path)
    if (info.isDirectory()) files(path, into)
    else into.set(path, { size: info.size, ino: info.ino, mtimeMs: info.mtimeMs })
  }
  return into
}

/** Bytes written between two looks: a new or replaced file whole, an appended one by what grew. */
function written(before: Map<string, FileState>, after: Map<string, FileState>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [path, now] of after) {
    const was = before.get(path)
    const name = path.slice((dataDir ?? '').length + 1)
    if (!was || was.ino !== now.ino) out[name] = now.size
    else if (was.mtimeMs !== now.mtimeMs || was.size !== now.size)
      out[name] = Math.max(0, now.size - was.size)
  }
  return out
}

async function startup(): Promise<StartupSample> {
  let first: number | null = null
  const t0 = performance.now()
  const { core, platform } = await start(() => (first ??= performance.now()))
  const sample = { ms: Number(((first ?? Number.NaN) - t0).toFixed(2)), title: platform.tray.title }
  await idle(core)
  await core.stop()
  return sample
}

async function polls(): Promise<PollSample[]> {
  const cache = timeTheCache()
  const { core } = await start()
  await idle(core)
  await call(core, 'sync:refresh')
  const activeId = (await call<Overview>(core, 'overview:get')).activeSession?.id
  const rowsHeld = async () =>
    (await call<{ items: unknown[] }>(core, 'histories:all', { session: activeId })).items.length

  const samples: PollSample[] = []
  const poll = async (kind: PollSample['kind'], rowsBefore: number) => {
    const before = files(dataDir ?? '')
    cache.take()
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    await call(core, 'sync:refresh')
    const wallMs = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    const cacheMs = cache.take()
    const changed = written(before, files(dataDir ?? ''))
    samples.push({
      kind,
      bytes: Object.values(changed).reduce((a, b) => a + b, 0),
      files: changed,
      cacheMs: Number(cacheMs.toFixed(3)),
      cpuMs: Number(((cpu.user + cpu.system) / 1000).toFixed(2)),
      wallMs: Number(wallMs.toFixed(2)),
      rowsAdded: kind === 'idle' ? 0 : (await rowsHeld()) - rowsBefore,
    })
  }
  for (let i = 0; i < IDLE_POLLS; i++) await poll('idle', 0)
  for (let run = 0; run < DELTA_RUNS; run++) {
    for (let i = 0; i < 10; i++) {
      await control({ url: apiUrl ?? '' }, 'play', {
        game: 'dice',
        seconds: 60 + i,
        operation: i % 2 === 0 ? 'ADD' : 'SUB',
      })
    }
    await poll('tenNewRows', await rowsHeld())
  }
  await core.stop()
  return samples
}

async function heap(): Promise<HeapSample> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('Run with node --expose-gc')
  const used = () => {
    gc()
    gc()
    return Number((process.memoryUsage().heapUsed / MIB).toFixed(2))
  }
  const { core } = await start()
  await idle(core)
  await call(core, 'sync:refresh')
  const activeId = (await call<Overview>(core, 'overview:get')).activeSession?.id
  const afterPollMiB = used()
  // The answer is held only inside this call, as the IPC layer holds it while sending it.
  const holding = async () => {
    const all = await call<{ items: unknown[] }>(core, 'histories:all', { session: activeId })
    return { rows: all.items.length, holdingAllRowsMiB: used() }
  }
  const { rows, holdingAllRowsMiB } = await holding()
  // A turn of the event loop: the finished call's frames let go of the answer.
  await new Promise((r) => setImmediate(r))
  const releasedMiB = used()
  await core.stop()
  return { afterPollMiB, holdingAllRowsMiB, releasedMiB, rows }
}

const mode = process.argv[2]
const run = { startup, poll: polls, heap }[mode ?? '']
if (!run) throw new Error(`unknown mode ${mode ?? '(none)'}`)
process.stdout.write(`${JSON.stringify(await run())}\n`)
process.exit(0)
