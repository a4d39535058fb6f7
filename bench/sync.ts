/**
 * What syncing costs against the emulator on loopback: an idle poll with an active session, the
 * first full sync of a session with 20,000 history rows, and a delta sync after 10 new rows.
 * Requests are counted in the emulator's request log; times are wall clock around the IPC call.
 */
import { performance } from 'node:perf_hooks'
import type { FakeApi } from '../tools/fake-api/server'
import { control, startApi, startApp } from '../tools/app'
import type { BenchResult } from './result'
import { summarize } from './stats'

const IDLE_POLLS = 40
const FULL_SYNC_RUNS = 3
const DELTA_RUNS = 5

async function idlePoll(api: FakeApi, seedLabel: string): Promise<BenchResult[]> {
  const app = await startApp({ api })
  try {
    await app.idle()
    await app.call('sync:refresh')
    const times: number[] = []
    const requests: number[] = []
    for (let i = 0; i < IDLE_POLLS; i++) {
      const before = api.requestLog.length
      const t0 = performance.now()
      await app.call('sync:refresh')
      times.push(performance.now() - t0)
      requests.push(api.requestLog.length - before)
    }
    return [
      {
        id: `idlePoll.${seedLabel}.requests`,
        title: `Idle poll with an active session (${seedLabel}): requests`,
        unit: 'requests',
        summary: summarize(requests),
        target: { max: 1 },
      },
      {
        id: `idlePoll.${seedLabel}.time`,
        title: `Idle poll with an active session (${seedLabel}): time`,
        unit: 'ms',
        summary: summarize(times),
      },
    ]
  } finally {
    await app.close()
  }
}

async function fullSync(api: FakeApi): Promise<BenchResult[]> {
  const times: number[] = []
  const requests: number[] = []
  const historyRequests: number[] = []
  let byPath: Record<string, number> = {}
  for (let run = 0; run < FULL_SYNC_RUNS; run++) {
    const before = api.requestLog.length
    const t0 = performance.now()
    // A fresh data folder: nothing cached. The start begins the first poll.
    const app = await startApp({ api })
    try {
      await app.idle()
      times.push(performance.now() - t0)
      const log = api.requestLog.slice(before)
      requests.push(log.length)
      historyRequests.push(log.filter((r) => r.path.endsWith('histories.php')).length)
      byPath = {}
      for (const r of log) {
        const key = `${r.method} ${r.path.split('/').pop() ?? r.path}`
        byPath[key] = (byPath[key] ?? 0) + 1
      }
      const state = app.harness.core.syncState()
      if (state.lastError !== null || state.lastSyncAt === null)
        throw new Error(`first sync failed: ${state.lastError}`)
    } finally {
      await app.close()
    }
  }
  return [
    {
      id: 'firstSync.historyRequests',
      title: 'First full sync, 20,000 history rows: history requests',
      unit: 'requests',
      summary: summarize(historyRequests),
      target: { max: 100 },
    },
    {
      // Also the session poll, the token check at start and the rule changes' pages.
      id: 'firstSync.requests',
      title: 'First full sync, 20,000 history rows: all requests',
      unit: 'requests',
      summary: summarize(requests),
      extra: { lastRunByEndpoint: byPath },
    },
    {
      id: 'firstSync.time',
      title: 'First full sync, 20,000 history rows: time (start to synced)',
      unit: 'ms',
      summary: summarize(times),
    },
  ]
}

async function deltaSync(api: FakeApi): Promise<BenchResult[]> {
  const app = await startApp({ api })
  try {
    await app.idle()
    const times: number[] = []
    const requests: number[] = []
    for (let run = 0; run < DELTA_RUNS; run++) {
      for (let i = 0; i < 10; i++) {
        await control(api, 'play', { game: 'dice', seconds: 60 + i, operation: i % 2 === 0 ? 'ADD' : 'SUB' })
      }
      const before = api.requestLog.length
      const t0 = performance.now()
      await app.call('sync:refresh')
      times.push(performance.now() - t0)
      requests.push(api.requestLog.length - before)
    }
    return [
      {
        id: 'deltaSync.requests',
        title: 'Delta sync after 10 new rows (on 20,000): requests',
        unit: 'requests',
        summary: summarize(requests),
        target: { max: 2 },
      },
      {
        id: 'deltaSync.time',
        title: 'Delta sync after 10 new rows (on 20,000): time',
        unit: 'ms',
        summary: summarize(times),
      },
    ]
  } finally {
    await app.close()
  }
}

export async function benchSync(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  const demo = await startApi({ seed: 'demo' })
  try {
    results.push(...(await idlePoll(demo, 'demo seed')))
  } finally {
    await demo.close()
  }
  const large = await startApi({ seed: 'large', largeSessions: 2000, largeHistoryRows: 20_000 })
  try {
    results.push(...(await fullSync(large)))
    results.push(...(await idlePoll(large, '20,000 rows cached')))
    results.push(...(await deltaSync(large)))
  } finally {
    await large.close()
  }
  return results
}
