/**
 * `npm run bench`: every benchmark against the emulator on loopback, several runs each; writes
 * bench/results.json (with the date and the machine) and prints a summary.
 *
 *   --no-build   use the renderer already in out/renderer instead of building it first
 *   --skip=a,b   leave out some groups (bundle, tray, sync, storage, memory, export, insight, dashboard)
 *   --only=a,b   run only these groups; their results replace the same rows of bench/results.json
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startApi } from '../tools/app'
import { benchBundle } from './bundle'
import { benchDashboard } from './dashboard'
import { benchExport } from './export'
import { benchInsight } from './insight'
import { describeMachine, loadAverage } from './machine'
import type { BenchResult } from './result'
import { benchStorage } from './storage'
import { benchSync } from './sync'
import { benchTrayWakeups } from './tray-wakeups'
import { CHROMIUM_PATH } from '../test/support/chromium'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const listArg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const skip = new Set((listArg('skip') ?? '').split(','))
const only = listArg('only')?.split(',')
const runs = (group: string) => !skip.has(group) && (only === undefined || only.includes(group))

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolveRun(out)
        : reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`)),
    )
  })
}

/** The memory benchmark needs --expose-gc: a child process, with the emulator kept here. */
async function benchMemoryInChild(): Promise<BenchResult[]> {
  const api = await startApi({ seed: 'demo' })
  try {
    const out = await run(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(root, 'bench/memory-main.ts')],
      {
        ...process.env,
        CT_BENCH_API_URL: api.url,
      },
    )
    return JSON.parse(out.trim().split('\n').pop() ?? '[]') as BenchResult[]
  } finally {
    await api.close()
  }
}

/**
 * A run of some groups laid over the last full run: its rows replace the same rows, and the
 * partial run is listed with its date and machine.
 */
function mergedInto(file: string, partial: { date: string; results: BenchResult[] } & object): object {
  if (!existsSync(file)) return partial
  const previous = JSON.parse(readFileSync(file, 'utf8')) as {
    results: BenchResult[]
    partialRuns?: unknown[]
  }
  const ids = new Set(partial.results.map((r) => r.id))
  const { results, ...run } = partial
  return {
    ...previous,
    results: [...previous.results.filter((r) => !ids.has(r.id)), ...results],
    partialRuns: [...(previous.partialRuns ?? []), { ...run, groups: only, ids: [...ids] }],
  }
}

function judged(results: BenchResult[]): BenchResult[] {
  return results.map((r) => (r.target ? { ...r, pass: r.summary.median <= r.target.max } : r))
}

function printSummary(results: BenchResult[]): void {
  const rows = results.map((r) => {
    const s = r.summary
    const spread = s.runs > 1 ? `p10 ${s.p10} / p90 ${s.p90} (min ${s.min}, max ${s.max}, n=${s.runs})` : ''
    const target = r.target ? `≤ ${r.target.max} ${r.pass ? 'PASS' : 'MISS'}` : ''
    return [r.title, `${s.median} ${r.unit}`, spread, target]
  })
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)))
  for (const row of rows) {
    console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '))
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const loadAtStart = loadAverage()
  const results: BenchResult[] = []
  const skipped: { group: string; reason: string }[] = []
  const step = async (group: string, work: () => Promise<BenchResult[]> | BenchResult[]) => {
    if (!runs(group)) return void skipped.push({ group, reason: 'skipped on the command line' })
    const t0 = performance.now()
    process.stderr.write(`== ${group} … `)
    results.push(...(await work()))
    process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`)
  }

  if (!args.includes('--no-build') && (runs('bundle') || runs('dashboard'))) {
    process.stderr.write('== building the renderer (electron-vite build)\n')
    await run('npx', ['electron-vite', 'build', '--logLevel', 'warn'])
  }
  const rendererDir = join(root, 'out/renderer')
  const haveRenderer = existsSync(join(rendererDir, 'index.html'))

  await step('tray', () => benchTrayWakeups())
  if (haveRenderer) await step('bundle', () => benchBundle(rendererDir))
  else skipped.push({ group: 'bundle', reason: 'out/renderer/index.html is missing' })
  await step('sync', () => benchSync())
  await step('storage', () => benchStorage())
  await step('memory', () => benchMemoryInChild())
  await step('export', () => benchExport())
  await step('insight', () => benchInsight())
  if (!haveRenderer) skipped.push({ group: 'dashboard', reason: 'out/renderer/index.html is missing' })
  else if (!existsSync(CHROMIUM_PATH))
    skipped.push({ group: 'dashboard', reason: `${CHROMIUM_PATH} is missing` })
  else await step('dashboard', () => benchDashboard())

  const final = judged(results)
  const report = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    durationSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    loadAverage1m: { atStart: loadAtStart, atEnd: loadAverage() },
    skipped,
    results: final,
  }
  const resultsFile = join(root, 'bench/results.json')
  await writeFile(
    resultsFile,
    `${JSON.stringify(only ? mergedInto(resultsFile, report) : report, null, 2)}\n`,
  )
  console.log(
    `\nBenchmarks, ${report.date} — ${report.machine.cpuModel} (${report.machine.cores} cores), ${report.machine.os}, Node ${report.machine.node}, load ${loadAtStart} → ${report.loadAverage1m.atEnd}\n`,
  )
  printSummary(final)
  for (const s of skipped) console.log(`skipped: ${s.group} (${s.reason})`)
  console.log(
    `\n${final.filter((r) => r.pass === false).length} of ${final.filter((r) => r.target).length} targets missed; took ${report.durationSeconds} s; written to bench/results.json`,
  )
}

await main()
