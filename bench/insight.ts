/**
 * The insight views on the large seed (2,000 sessions, an active session with 20,000 history
 * rows, 500 orgasms), asked of the real core through its IPC dispatch (the harness), after the
 * first sync: one row per view, the time of `insight:get` for that view alone. The first read of
 * all (which fetches every session and orgasm, kept for the run) is its own row.
 */
import { performance } from 'node:perf_hooks'
import type { InsightQuery } from '../src/shared/insight/schema'
import { startApi, startApp } from '../tools/app'
import type { BenchResult } from './result'
import { summarize } from './stats'

const RUNS = 9
const TIME_ZONE = 'Europe/Berlin'

interface View {
  id: string
  title: string
  query: InsightQuery
}

export async function benchInsight(): Promise<BenchResult[]> {
  const api = await startApi({ seed: 'large', largeSessions: 2000, largeHistoryRows: 20_000 })
  const app = await startApp({ api })
  try {
    await app.idle()
    const { activeSessionId } = await app.control<{ activeSessionId: number }>('state', undefined, 'GET')
    const views: View[] = [
      {
        id: 'insight.sources',
        title: 'Insight: where the time came from, all sessions (2,000; 20,000 rows)',
        query: { views: ['sources'], timeZone: TIME_ZONE },
      },
      {
        id: 'insight.sessionSources',
        title: 'Insight: where the time came from, one session (20,000 rows)',
        query: { views: ['sessionSources'], timeZone: TIME_ZONE, sessionId: activeSessionId },
      },
      {
        id: 'insight.records',
        title: 'Insight: records and streaks (2,000 sessions)',
        query: { views: ['records'], timeZone: TIME_ZONE },
      },
      {
        id: 'insight.heatmap',
        title: 'Insight: locked hours per day, last year (2,000 sessions)',
        query: { views: ['heatmap'], timeZone: TIME_ZONE },
      },
      {
        id: 'insight.orgasmIntervals',
        title: 'Insight: days between orgasms by mode (500 orgasms)',
        query: { views: ['orgasmIntervals'], timeZone: TIME_ZONE },
      },
    ]

    let t0 = performance.now()
    const first = await app.call('insight:get', {
      views: ['sources', 'records', 'heatmap', 'orgasmIntervals'],
      timeZone: TIME_ZONE,
    })
    const firstMs = performance.now() - t0
    if (first.records?.sessions !== 2001)
      throw new Error(`Counted ${first.records?.sessions} sessions, not 2,001`)
    const requests = api.requestLog.length

    const results: BenchResult[] = [
      {
        id: 'insight.firstRead',
        title: 'Insight: first read of all views after start (fetches 2,000 sessions, 500 orgasms)',
        unit: 'ms',
        summary: summarize([firstMs], 1),
        extra: { sourcesChanges: first.sources?.changes, heatmapLockedDays: first.heatmap?.lockedDays },
      },
    ]
    for (const view of views) {
      const samples: number[] = []
      for (let run = 0; run < RUNS; run++) {
        t0 = performance.now()
        await app.call('insight:get', view.query)
        samples.push(performance.now() - t0)
      }
      results.push({
        id: view.id,
        title: view.title,
        unit: 'ms',
        summary: summarize(samples, 1),
        target: { max: 500 },
        extra: { all: samples.map((s) => Number(s.toFixed(1))) },
      })
    }
    // The lists are kept for the run: asking again costs no request while they are current.
    results.push({
      id: 'insight.requestsAfterFirst',
      title: 'Insight: API requests of the reads after the first',
      unit: 'requests',
      summary: summarize([api.requestLog.length - requests], 0),
    })
    return results
  } finally {
    await app.close()
    await api.close()
  }
}
