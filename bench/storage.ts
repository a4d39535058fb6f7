/**
 * What the cache on disk costs with 20,000 and 200,000 cached history rows: start-up to the first
 * tray text, what a poll writes (bytes) and how long it spends in the cache, with 10 new rows and
 * with none, and the core's heap. Each measurement runs the real core (createCore with the
 * recording adapters) in a child process on a data folder filled through the real store, with
 * the emulator here, so its own work and memory are not counted.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ApiClient } from '../src/main/api/client'
import { collect } from '../src/main/api/pagination'
import { DataCache } from '../src/main/store/cache'
import { SettingsStore } from '../src/main/store/settings-store'
import { historyItem, type HistoryItem } from '../src/shared/api/schemas'
import { historyJson } from '../tools/fake-api/routes/histories'
import type { FakeApi } from '../tools/fake-api/server'
import { startApi, TOKEN } from '../tools/app'
import type { BenchResult } from './result'
import { summarize } from './stats'

const root = resolve(import.meta.dirname, '..')
const SIZES = [20_000, 200_000]
const STARTUP_RUNS = 5

/** What bench/storage-main.ts prints for each mode. */
export interface StartupSample {
  ms: number
  title: string
}
export interface PollSample {
  kind: 'idle' | 'tenNewRows'
  bytes: number
  files: Record<string, number>
  cacheMs: number
  cpuMs: number
  wallMs: number
  rowsAdded: number
}
export interface HeapSample {
  afterPollMiB: number
  holdingAllRowsMiB: number
  releasedMiB: number
  rows: number
}

/**
 * A data folder as the app leaves it after syncing the emulator's account: settings, the active
 * session, stats, every history row and rule change, written through the real store. The rows are
 * the emulator's own answers (its serializer), read from its memory rather than over 1,000 pages.
 */
async function seedDataFolder(api: FakeApi): Promise<{ dir: string; activeId: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'ct-bench-storage-'))
  const client = new ApiClient({ baseUrl: api.url, getToken: () => TOKEN, userAgent: 'bench' })
  const active = await client.activeSession()
  if (!active) throw new Error('the large seed has no active session')
  const rows: HistoryItem[] = (api.state.histories.get(active.id) ?? [])
    .slice()
    .sort((a, b) => b.happened - a.happened || b.schedule - a.schedule || b.id - a.id)
    .map((r) => historyItem.parse(historyJson(r)))
  const changes = await collect(client.iterateGamesChanges({ session: active.id, include_raw: 1 }))

  new SettingsStore({ dir, now: Date.now }).update({ apiBaseUrl: api.url })
  const cache = new DataCache({ dir, now: Date.now })
  cache.histories(active.id).replace(rows)
  cache.gamesChanges(active.id).replace(changes)
  cache.setStats(await client.stats(), Date.now())
  cache.setActiveSession(active)
  cache.setSyncStatus({ lastSyncAt: Date.now(), lastError: null })
  return { dir, activeId: active.id }
}

function child<T>(mode: string, dir: string, apiUrl: string, nodeArgs: string[] = []): Promise<T> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(
      process.execPath,
      [...nodeArgs, '--import', 'tsx', join(root, 'bench/storage-main.ts'), mode],
      {
        cwd: root,
        env: { ...process.env, CT_BENCH_API_URL: apiUrl, CT_BENCH_DATA_DIR: dir },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()))
    proc.on('error', reject)
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`storage bench ${mode} exited with ${code}`))
      resolveRun(JSON.parse(out.trim().split('\n').pop() ?? 'null') as T)
    })
  })
}

const label = (n: number) => n.toLocaleString('en-US')

async function benchSize(rows: number): Promise<BenchResult[]> {
  const api = await startApi({ seed: 'large', largeSessions: 50, largeHistoryRows: rows })
  const { dir } = await seedDataFolder(api)
  try {
    const startups: StartupSample[] = []
    for (let i = 0; i < STARTUP_RUNS; i++) startups.push(await child<StartupSample>('startup', dir, api.url))
    const heap = await child<HeapSample>('heap', dir, api.url, ['--expose-gc'])
    // Last: it changes the account (dice rolls) and the folder.
    const polls = await child<PollSample[]>('poll', dir, api.url)
    const n = label(rows)
    const idle = polls.filter((p) => p.kind === 'idle')
    const ten = polls.filter((p) => p.kind === 'tenNewRows')
    if (ten.some((p) => p.rowsAdded !== 10)) throw new Error('a poll after 10 dice rolls did not add 10 rows')
    const results: BenchResult[] = [
      {
        id: `storage.startup.${rows}`,
        title: `Start-up to the first tray text, ${n} rows cached`,
        unit: 'ms',
        summary: summarize(startups.map((s) => s.ms)),
        target: { max: 300 },
        extra: { trayTitle: startups[0]?.title },
      },
      {
        id: `storage.poll10.${rows}.bytes`,
        title: `Poll with 10 new rows, ${n} cached: bytes written`,
        unit: 'bytes',
        summary: summarize(
          ten.map((p) => p.bytes),
          0,
        ),
        target: { max: 16_384 },
        extra: { filesWrittenLastRun: ten.at(-1)?.files },
      },
      {
        id: `storage.poll10.${rows}.cacheMs`,
        title: `Poll with 10 new rows, ${n} cached: time in the cache`,
        unit: 'ms',
        summary: summarize(ten.map((p) => p.cacheMs)),
        target: { max: 5 },
      },
      {
        id: `storage.poll10.${rows}.cpuMs`,
        title: `Poll with 10 new rows, ${n} cached: app CPU (2 requests, parsing, cache)`,
        unit: 'ms',
        summary: summarize(ten.map((p) => p.cpuMs)),
        extra: { wallMs: summarize(ten.map((p) => p.wallMs)) },
        note: 'Wall time also counts the emulator re-sorting its rows after each change.',
      },
      {
        id: `storage.idlePoll.${rows}.bytes`,
        title: `Idle poll, ${n} cached: bytes written`,
        unit: 'bytes',
        summary: summarize(
          idle.map((p) => p.bytes),
          0,
        ),
        target: { max: 0 },
        extra: { cacheMs: summarize(idle.map((p) => p.cacheMs)) },
      },
      {
        id: `storage.heap.${rows}.afterPoll`,
        title: `Core heap after start and a poll, ${n} rows cached`,
        unit: 'MiB',
        summary: summarize([heap.afterPollMiB]),
        note: 'Only the newest rows of a session stay in memory.',
      },
      {
        id: `storage.heap.${rows}.holdingAll`,
        title: `Core heap holding a view’s answer of all ${n} rows`,
        unit: 'MiB',
        summary: summarize([heap.holdingAllRowsMiB]),
        extra: { releasedMiB: heap.releasedMiB, rows: heap.rows },
        note: 'Read from the file for the view and not kept: releasedMiB is the heap once the answer is dropped.',
      },
    ]
    return results
  } finally {
    await api.close()
    await rm(dir, { recursive: true, force: true })
  }
}

export async function benchStorage(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  for (const rows of SIZES) results.push(...(await benchSize(rows)))
  return results
}
