/**
 * The dashboard in Chromium, served by the harness (the real core) against the emulator's large
 * seed: time from a click that navigates to the moment the chart is in the page at an animation
 * frame (so it is painted in that frame). Measured inside the page, so the browser driver's own
 * round trips are not counted.
 */
import { chromium, type Page } from 'playwright-core'
import type { FakeApi } from '../tools/fake-api/server'
import { performance } from 'node:perf_hooks'
import { startApi, startApp, type RunningApp } from '../tools/app'
import type { BenchResult } from './result'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium'
import { summarize, type Summary } from './stats'

const RUNS = 6

/** What the page must show for a navigation to count as done. */
const TIMELINE_DRAWN = `section[aria-labelledby="timeline-heading"] svg .recharts-line path.recharts-curve[d]`
const DURATIONS_DRAWN = `section[aria-labelledby="durations-heading"] svg .recharts-bar-rectangle`

interface Navigation {
  /** Click to chart drawn. */
  totalMs: number
  /** Click to the end of the last IPC answer (the harness carries IPC over HTTP): the data part. */
  dataMs: number
  ipcCalls: number
}

/**
 * Clicks the first button whose text is `label` and measures until `doneSelector` matches, and
 * until the last IPC answer arrived (from the page's resource timings).
 */
async function timeNavigation(page: Page, label: string, doneSelector: string): Promise<Navigation> {
  await page.getByRole('button', { name: label, exact: true }).first().waitFor({ timeout: 30_000 })
  // A string, not a function: the TypeScript loader would add helpers the page does not have.
  return page.evaluate<Navigation>(`new Promise((resolve, reject) => {
    const label = ${JSON.stringify(label)}
    const doneSelector = ${JSON.stringify(doneSelector)}
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label)
    if (!button) return reject(new Error('no button ' + label))
    performance.clearResourceTimings()
    const t0 = performance.now()
    const deadline = t0 + 30000
    button.click()
    const done = (totalMs) => {
      const ipc = performance.getEntriesByType('resource').filter((e) => e.name.includes('/ipc/') && e.startTime >= t0)
      const dataMs = ipc.reduce((end, e) => Math.max(end, e.responseEnd - t0), 0)
      resolve({ totalMs, dataMs, ipcCalls: ipc.length })
    }
    const check = () => {
      if (document.querySelector(doneSelector)) return done(performance.now() - t0)
      if (performance.now() > deadline) return reject(new Error(doneSelector + ' never appeared'))
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })`)
}

/** What the page's data costs in the core alone (IPC dispatch, API calls, validation): a lower bound. */
async function coreSideTimes(app: RunningApp): Promise<{ timeline: Summary; durations: Summary }> {
  const overview = await app.call('overview:get')
  const session = overview.activeSession?.id
  if (session === undefined) throw new Error('The large seed has no active session')
  const timeline: number[] = []
  const durations: number[] = []
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now()
    await app.call('histories:all', { session })
    timeline.push(performance.now() - t0)
    t0 = performance.now()
    for (let offset = 0; offset < 2000; offset += 200) await app.call('sessions:list', { limit: 200, offset })
    durations.push(performance.now() - t0)
  }
  return { timeline: summarize(timeline, 1), durations: summarize(durations, 1) }
}

/** The number the durations chart says it covers. */
async function chartedSessions(page: Page): Promise<number | null> {
  return page.evaluate<number | null>(`(() => {
    const section = document.querySelector('section[aria-labelledby="durations-heading"]')
    const term = [...(section ? section.querySelectorAll('dt') : [])].find((dt) => dt.textContent === 'Sessions')
    const value = Number(term && term.nextElementSibling ? term.nextElementSibling.textContent.replace(/\\D/g, '') : NaN)
    return Number.isFinite(value) ? value : null
  })()`)
}

async function backToOverview(page: Page): Promise<void> {
  await page.locator('nav[aria-label="Main"]').getByRole('button', { name: 'Overview', exact: true }).click()
  await page.getByRole('button', { name: 'Open session details', exact: true }).waitFor({ timeout: 30_000 })
}

export async function benchDashboard(): Promise<BenchResult[]> {
  const api: FakeApi = await startApi({ seed: 'large', largeSessions: 2000, largeHistoryRows: 20_000 })
  const app = await startApp({ api, renderer: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    await app.idle()
    const core = await coreSideTimes(app)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(app.harness.url)
    await page.getByRole('button', { name: 'Open session details', exact: true }).waitFor({ timeout: 30_000 })

    let charted: number | null = null
    const timeline: Navigation[] = []
    const durations: Navigation[] = []
    for (let run = 0; run < RUNS; run++) {
      timeline.push(await timeNavigation(page, 'Open session details', TIMELINE_DRAWN))
      await backToOverview(page)
      durations.push(await timeNavigation(page, 'Sessions', DURATIONS_DRAWN))
      if (run === 0) charted = await chartedSessions(page)
      await backToOverview(page)
    }
    if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`)
    const detail = (samples: Navigation[]) => ({
      firstVisit: Number(samples[0]?.totalMs.toFixed(1)),
      all: samples.map((s) => Number(s.totalMs.toFixed(1))),
      dataMs: summarize(
        samples.map((s) => s.dataMs),
        1,
      ),
      ipcCalls: samples[samples.length - 1]?.ipcCalls ?? 0,
    })
    return [
      {
        id: 'dashboard.timeline',
        title: 'Dashboard: navigation to the history timeline drawn (20,000 rows)',
        unit: 'ms',
        summary: summarize(
          timeline.map((n) => n.totalMs),
          1,
        ),
        target: { max: 500 },
        extra: { ...detail(timeline), coreSideMs: core.timeline },
        note: 'coreSideMs: the same data asked of the core directly (histories:all), without the page.',
      },
      {
        id: 'dashboard.durations',
        title: 'Dashboard: navigation to the sessions chart drawn (2,000 sessions)',
        unit: 'ms',
        summary: summarize(
          durations.map((n) => n.totalMs),
          1,
        ),
        target: { max: 500 },
        extra: { ...detail(durations), sessionsCharted: charted, coreSideMs: core.durations },
        note: 'coreSideMs: the same ten sessions:list pages of 200 asked of the core directly, without the page.',
      },
    ]
  } finally {
    await browser.close()
    await app.close()
    await api.close()
  }
}
