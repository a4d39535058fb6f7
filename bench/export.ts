/**
 * What an export of the large seed costs (2,001 sessions, 20,000 history rows, 300 rule changes,
 * 500 orgasms), the active session's rows already synced: time from the call to the files in
 * place, and the requests it made. Each run writes into a new temporary folder.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startApi, startApp } from '../tools/app'
import type { BenchResult } from './result'
import { summarize } from './stats'

const RUNS = 5

export async function benchExport(): Promise<BenchResult[]> {
  const api = await startApi({ seed: 'large' })
  const app = await startApp({ api })
  const folder = await mkdtemp(join(tmpdir(), 'ct-bench-export-'))
  try {
    await app.idle()
    await app.call('sync:refresh')
    app.harness.platform.dialogs.folder = folder
    const times: number[] = []
    const requests: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const before = api.requestLog.length
      const t0 = performance.now()
      const result = await app.call('export:run')
      times.push(performance.now() - t0)
      requests.push(api.requestLog.length - before)
      if (result.cancelled || result.counts?.histories !== 20_000)
        throw new Error(`the export did not finish whole: ${JSON.stringify(result.counts)}`)
    }
    return [
      {
        id: 'export.large.time',
        title: 'Export of the large seed (2,001 sessions, 20,000 rows): time',
        unit: 'ms',
        summary: summarize(times),
      },
      {
        // The two lists, page by page; the synced rows come from the cache.
        id: 'export.large.requests',
        title: 'Export of the large seed: requests',
        unit: 'requests',
        summary: summarize(requests),
      },
    ]
  } finally {
    await app.close()
    await api.close()
    await rm(folder, { recursive: true, force: true })
  }
}
