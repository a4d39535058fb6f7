/**
 * The core's heap over simulated hours of polling (one poll a second, run back to back) against
 * the emulator. Three simulated hours: an hour of warm-up, an hour in which the
 * emulator produces a change every two minutes (a dice roll: a delta sync, a notification, one more
 * cached history row), then an hour with no change (pure polling: anything that grows there leaks).
 * heapUsed is sampled after a forced GC. A leak grows in a straight line; the heap of a process
 * that settles rises and then flattens. So the verdict uses the slope over the second half of each
 * phase (the whole phase's slope is kept too).
 *
 * Needs node --expose-gc (bench/run.ts starts this in such a child), and the emulator runs in
 * another process (its URL in CT_BENCH_API_URL) so its own data is not counted.
 */
import { performance } from 'node:perf_hooks'
import { control, startApp } from '../tools/app'
import type { BenchResult } from './result'
import { slope, summarize } from './stats'

/** Polls per simulated hour at one poll a second; CT_BENCH_POLLS shortens or lengthens it. */
const POLLS_PER_HOUR = Number(process.env.CT_BENCH_POLLS ?? 3600)
const SAMPLE_EVERY = Math.max(1, Math.round(POLLS_PER_HOUR / 24))
/** One change every two simulated minutes. */
const CHANGE_EVERY = Math.max(1, Math.round(POLLS_PER_HOUR / 30))
const MIB = 1024 * 1024

interface Phase {
  name: string
  hours: number
  changes: boolean
}

const PHASES: Phase[] = [
  { name: 'warm-up', hours: 1, changes: true },
  { name: 'changing', hours: 1, changes: true },
  { name: 'idle', hours: 1, changes: false },
]

export async function benchMemory(): Promise<BenchResult[]> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('Run with node --expose-gc')
  const url = process.env.CT_BENCH_API_URL
  if (!url) throw new Error('CT_BENCH_API_URL must name a running emulator')
  const heapNow = () => {
    gc()
    gc()
    return process.memoryUsage()
  }
  const app = await startApp({ api: { url } })
  const round = (v: number) => Number(v.toFixed(3))
  try {
    await app.idle()
    const t0 = performance.now()
    const samples: { poll: number; phase: string; heapMiB: number; rssMiB: number }[] = []
    const series = new Map<string, { xs: number[]; ys: number[] }>()
    let poll = 0
    let changes = 0
    for (const phase of PHASES) {
      const { xs, ys } = series.get(phase.name) ?? { xs: [], ys: [] }
      series.set(phase.name, { xs, ys })
      for (let i = 1; i <= Math.round(POLLS_PER_HOUR * phase.hours); i++) {
        poll++
        if (phase.changes && i % CHANGE_EVERY === 0) {
          const operation = changes % 2 === 0 ? 'ADD' : 'SUB'
          await control({ url }, 'play', { game: 'dice', seconds: 120 + (changes % 7), operation })
          changes++
        }
        await app.call('sync:refresh')
        if (i % SAMPLE_EVERY === 0) {
          const usage = heapNow()
          xs.push(poll)
          ys.push(usage.heapUsed / MIB)
          samples.push({
            poll,
            phase: phase.name,
            heapMiB: round(usage.heapUsed / MIB),
            rssMiB: round(usage.rss / MIB),
          })
        }
      }
    }
    const perHour = (xs: number[], ys: number[]) => round(slope(xs, ys) * POLLS_PER_HOUR)
    const slopes = Object.fromEntries([...series].map(([name, { xs, ys }]) => [name, perHour(xs, ys)]))
    const secondHalf = Object.fromEntries(
      [...series].map(([name, { xs, ys }]) => {
        const from = Math.floor(xs.length / 2)
        return [name, perHour(xs.slice(from), ys.slice(from))]
      }),
    )
    const common = {
      pollsPerHour: POLLS_PER_HOUR,
      changes,
      notifications: app.harness.platform.notifier.shown.length,
      wallSeconds: round((performance.now() - t0) / 1000),
      slopesMiBPerHour: { wholePhase: slopes, secondHalf },
      heapMiB: summarize(samples.map((s) => s.heapMiB)),
      samples,
    }
    return [
      {
        id: 'memory.heapGrowth.idle',
        title: 'Core heap growth, polling with nothing changing (2nd half of the hour)',
        unit: 'MiB/h',
        summary: summarize([secondHalf.idle ?? Number.NaN], 3),
        target: { max: 0.25 },
        extra: common,
      },
      {
        id: 'memory.heapGrowth.changing',
        title: 'Core heap growth, a change every 2 min (2nd half of the hour)',
        unit: 'MiB/h',
        summary: summarize([secondHalf.changing ?? Number.NaN], 3),
        note: 'Includes the data the app is meant to keep: 30 more history rows and notification markers.',
      },
    ]
  } finally {
    await app.close()
  }
}
