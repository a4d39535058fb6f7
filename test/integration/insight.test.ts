/**
 * The insight channel through the real core against the emulator's demo account, on a fixed
 * clock: every figure equals a count made here, independently, from the emulator's own state.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InsightQuery } from '../../src/shared/insight/schema'
import { startApi, startApp, type RunningApp } from '../../tools/app'
import type { FakeApi } from '../../tools/fake-api/server'
import type { HistorySource, OrgasmMode } from '../../tools/fake-api/types'

/** The emulator's clock; the app's follows it through the Date header, to within a second or so. */
const NOW = Date.UTC(2026, 10, 30, 12, 0, 0)
const DAY_MS = 86_400_000

let api: FakeApi
let app: RunningApp

beforeAll(async () => {
  api = await startApi({ seed: 'demo', now: () => NOW })
  app = await startApp({ api })
  await app.idle()
})

afterAll(async () => {
  await app.close()
  await api.close()
})

const mine = () => [...api.state.sessions.values()].filter((s) => s.userId === api.state.mainUserId)

/** Seconds added and removed per source, summed straight from the emulator's history rows. */
function sourceSums(sessionIds: readonly number[]) {
  const sums = new Map<HistorySource, { added: number; removed: number }>()
  for (const id of sessionIds) {
    for (const row of api.state.histories.get(id) ?? []) {
      if (row.type === 'START' || row.source === null || row.unit === null) continue
      const sum = sums.get(row.source) ?? { added: 0, removed: 0 }
      if (row.type === 'ADD') sum.added += row.unit
      else sum.removed += row.unit
      sums.set(row.source, sum)
    }
  }
  return sums
}

function expectSources(
  sources: { source: string | null; addedSeconds: number; removedSeconds: number }[] | undefined,
  sums: ReturnType<typeof sourceSums>,
) {
  expect(sums.size).toBeGreaterThan(1)
  for (const [source, sum] of sums) {
    const row = sources?.find((s) => s.source === source)
    expect(row, source).toMatchObject({ addedSeconds: sum.added, removedSeconds: sum.removed })
  }
  for (const row of sources ?? [])
    if (row.source !== null && !sums.has(row.source as HistorySource))
      expect(row.addedSeconds + row.removedSeconds).toBe(0)
}

/** The answer once it is current: a background refresh has ended (a loaded machine is slow). */
async function current(query: InsightQuery) {
  let answer = await app.call('insight:get', query)
  for (const deadline = Date.now() + 15_000; answer.freshness.stale && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    answer = await app.call('insight:get', query)
  }
  expect(answer.freshness.stale).toBe(false)
  return answer
}

describe('insight:get on the demo account', () => {
  it('adds up every session history per source, as the rows say', async () => {
    const answer = await app.call('insight:get', { views: ['sources'], timeZone: 'UTC' })
    const withHistory = mine().filter((s) => (api.state.histories.get(s.id)?.length ?? 0) > 0)
    expect(withHistory.length).toBeGreaterThan(3)
    expectSources(answer.sources?.sources, sourceSums(withHistory.map((s) => s.id)))
    expect(answer.sources?.sessions).toBe(withHistory.length)
    expect(answer.sessionsWithoutHistory).toBe(0)
    // Finished sessions' rows are read, not kept: the cache still holds the active session's only.
    const active = mine().find((s) => s.active)?.id
    expect(readdirSync(join(app.dataDir, 'cache')).filter((f) => f.startsWith('history-'))).toEqual([
      `history-${active}.jsonl`,
    ])
    expect(answer.records).toBeUndefined()
    expect(answer.heatmap).toBeUndefined()
  })

  it('gives one session its own sources', async () => {
    const active = mine().find((s) => s.active)
    if (active === undefined) throw new Error('The demo seed has no active session')
    const answer = await app.call('insight:get', {
      views: ['sessionSources'],
      timeZone: 'UTC',
      sessionId: active.id,
    })
    expectSources(answer.sessionSources?.sources, sourceSums([active.id]))
  })

  it('counts locked time, per day and in all, as the sessions say', async () => {
    const answer = await app.call('insight:get', { views: ['records', 'heatmap'], timeZone: 'UTC' })
    const now = answer.computedAt
    expect(Math.abs(now - NOW)).toBeLessThan(60_000)
    const spans = mine().map((s) => ({ start: s.start, end: s.end ?? now }))
    const lockedMs = spans.reduce((total, s) => total + s.end - s.start, 0)
    expect(answer.records?.allTimeSeconds).toBe(Math.floor(lockedMs / 1000))
    expect(answer.records?.sessions).toBe(spans.length)
    expect(answer.records?.lockedNow).toBe(true)
    const longest = Math.max(...spans.map((s) => s.end - s.start))
    expect(answer.records?.longestSession?.seconds).toBe(Math.floor(longest / 1000))

    // UTC days counted naively: each day's midnight to the next, 24 hours apart.
    const firstDay = Math.floor(now / DAY_MS) - 364
    for (const day of answer.heatmap?.days ?? []) {
      const from = Date.parse(`${day.date}T00:00:00Z`)
      const ms = spans.reduce(
        (t, s) => t + Math.max(0, Math.min(s.end, from + DAY_MS) - Math.max(s.start, from)),
        0,
      )
      expect(day.lockedSeconds, day.date).toBe(Math.floor(ms / 1000))
    }
    expect(answer.heatmap?.days[0]?.date).toBe(new Date(firstDay * DAY_MS).toISOString().slice(0, 10))
    expect(answer.heatmap?.to).toBe('2026-11-30')
    // The demo account's sessions all lie within the last year.
    expect(answer.heatmap?.totalSeconds).toBe(
      (answer.heatmap?.days ?? []).reduce((t, d) => t + d.lockedSeconds, 0),
    )
    expect(Math.abs((answer.heatmap?.totalSeconds ?? 0) - lockedMs / 1000)).toBeLessThan(365)
  })

  it('counts the days between orgasms per mode, as the orgasms say', async () => {
    const answer = await app.call('insight:get', { views: ['orgasmIntervals'], timeZone: 'UTC' })
    const orgasms = [...api.state.orgasms.values()].filter((o) => o.userId === api.state.mainUserId)
    const groups = answer.orgasmIntervals?.groups ?? []
    expect(groups[0]?.orgasms).toBe(orgasms.length)
    const modes = new Set<OrgasmMode>(orgasms.map((o) => o.mode))
    expect(
      groups
        .slice(1)
        .map((g) => g.mode)
        .sort(),
    ).toEqual([...modes].sort())
    for (const group of groups) {
      const dates = orgasms
        .filter((o) => group.mode === null || o.mode === group.mode)
        .map((o) => Date.parse(`${o.date}T00:00:00Z`))
      expect(group.orgasms).toBe(dates.length)
      // Consecutive intervals add up to the span from the first to the last.
      const span = (Math.max(...dates) - Math.min(...dates)) / DAY_MS
      expect(group.intervals.reduce((t, i) => t + i.days, 0)).toBe(span)
    }
  })

  it('asks nothing more of the service while current, and counts a session logged through the app once refreshed', async () => {
    const before = await current({ views: ['records', 'orgasmIntervals'], timeZone: 'UTC' })
    const requests = api.requestLog.length
    await app.call('insight:get', { views: ['records', 'heatmap', 'orgasmIntervals'], timeZone: 'UTC' })
    expect(api.requestLog.length).toBe(requests)

    await app.call('sessions:create', {
      type: 'manual',
      startdate: '2025-01-10',
      starttime: '10:00',
      enddate: '2025-01-12',
      endtime: '10:00',
    })
    const right = await app.call('insight:get', { views: ['records'], timeZone: 'UTC' })
    expect(right.freshness).toMatchObject({ stale: true, refreshing: true })
    // Asked again until the background refresh has brought the new session in.
    let after = right
    const counted = (answer: typeof right) => answer.records?.sessions ?? 0
    for (const deadline = Date.now() + 15_000; counted(after) === counted(before) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      after = await app.call('insight:get', { views: ['records'], timeZone: 'UTC' })
    }
    expect(after.records?.sessions).toBe((before.records?.sessions ?? 0) + 1)
    expect(
      (after.records?.allTimeSeconds ?? 0) - (before.records?.allTimeSeconds ?? 0),
    ).toBeGreaterThanOrEqual(2 * 86_400)
  })

  it('answers from the saved data after a restart while the service cannot be reached', async () => {
    const before = await current({ views: ['records', 'orgasmIntervals'], timeZone: 'UTC' })
    api.faults.set({ dropConnection: {} })
    try {
      await app.restart()
      const offline = await app.call('insight:get', {
        views: ['records', 'orgasmIntervals'],
        timeZone: 'UTC',
      })
      // The running session counts up to now: the rest is as before.
      expect(offline.records?.sessions).toBe(before.records?.sessions)
      expect(offline.records?.allTimeSeconds).toBeGreaterThanOrEqual(
        before.records?.allTimeSeconds ?? Infinity,
      )
      expect(offline.orgasmIntervals).toEqual(before.orgasmIntervals)
    } finally {
      api.faults.clear()
    }
  })

  it('refuses a zone it does not know and sources of one session without the session', async () => {
    const unknownZone = await app.invoke('insight:get', { views: ['records'], timeZone: 'Mars/Olympus' })
    expect(unknownZone.ok).toBe(false)
    const noSession = await app.invoke('insight:get', { views: ['sessionSources'], timeZone: 'UTC' })
    expect(noSession.ok).toBe(false)
  })
})
