import { describe, expect, it } from 'vitest'
import { Insight, type InsightData } from '../../../src/main/data/insight'
import type { HistoryItem, Orgasm, Session } from '../../../src/shared/api/schemas'
import type { Freshness } from '../../../src/shared/ipc/contract'

const NOW = Date.UTC(2026, 5, 1, 12)

const session = (id: number, end: string | null, hasHistory = true): Session => ({
  id,
  start: '2026-05-01 00:00:00',
  end,
  scheduledend: null,
  active: end === null,
  has_history: hasHistory,
})

const add = (session: number, unit: number): HistoryItem => ({
  session,
  type: 'ADD',
  unit,
  source: 'DICE',
  dom: false,
  schedule: '2026-05-10 00:00:00',
  happened: '2026-05-01 01:00:00',
})

/** A data service stand-in that counts the history reads and can fail them. */
function fakeData(sessions: Session[], freshness: Partial<Record<'sessions' | 'orgasms', Freshness>> = {}) {
  const reads: number[] = []
  const failing = new Set<number>()
  const current: Freshness = { fetchedAt: NOW - 1000, stale: false, refreshing: false }
  const data: InsightData = {
    everySession: async () => ({ value: sessions, freshness: freshness.sessions ?? current }),
    everyOrgasm: async () => ({ value: [] as Orgasm[], freshness: freshness.orgasms ?? current }),
    sessionHistory: async (id) => {
      reads.push(id)
      if (failing.has(id)) throw new Error('offline')
      return [add(id, 60 * id)]
    },
  }
  return { data, reads, failing }
}

describe('the insight views from the data service', () => {
  it('reads a finished session history once per run, the active one every time, and none known to be empty', async () => {
    const { data, reads } = fakeData([
      session(1, '2026-05-02 00:00:00'),
      session(2, null),
      session(3, '2026-05-03 00:00:00', false),
    ])
    const insight = new Insight(data, () => NOW)
    const first = await insight.get({ views: ['sources'], timeZone: 'UTC' })
    const second = await insight.get({ views: ['sources'], timeZone: 'UTC' })
    expect(reads.sort()).toEqual([1, 2, 2])
    for (const answer of [first, second]) {
      expect(answer.sources?.sources[0]).toMatchObject({ source: 'DICE', addedSeconds: 180, changes: 2 })
      expect(answer.sources?.sessions).toBe(2)
    }
  })

  it('counts sessions whose history cannot be read, and tries them again next time', async () => {
    const { data, failing } = fakeData([session(1, '2026-05-02 00:00:00'), session(2, '2026-05-03 00:00:00')])
    failing.add(2)
    const insight = new Insight(data, () => NOW)
    const offline = await insight.get({ views: ['sources'], timeZone: 'UTC' })
    expect(offline.sessionsWithoutHistory).toBe(1)
    expect(offline.sources?.addedSeconds).toBe(60)
    failing.clear()
    const online = await insight.get({ views: ['sources'], timeZone: 'UTC' })
    expect(online.sessionsWithoutHistory).toBe(0)
    expect(online.sources?.addedSeconds).toBe(180)
  })

  it('computes only the views asked for, at whole milliseconds, as current as the data read', async () => {
    const { data, reads } = fakeData([session(1, '2026-05-02 00:00:00')], {
      sessions: { fetchedAt: NOW - 60_000, stale: true, refreshing: true },
      orgasms: { fetchedAt: NOW - 5000, stale: false, refreshing: false },
    })
    const insight = new Insight(data, () => NOW + 0.75)
    const answer = await insight.get({ views: ['records', 'orgasmIntervals'], timeZone: 'UTC' })
    expect(answer.computedAt).toBe(NOW)
    expect(answer.records?.allTimeSeconds).toBe(86_400)
    expect(answer.orgasmIntervals?.groups[0]?.orgasms).toBe(0)
    expect(answer.sources).toBeUndefined()
    expect(answer.heatmap).toBeUndefined()
    expect(reads).toEqual([])
    expect(answer.freshness).toEqual({ fetchedAt: NOW - 60_000, stale: true, refreshing: true })
  })

  it('gives one session its sources from that session rows alone', async () => {
    const { data, reads } = fakeData([])
    const answer = await new Insight(data, () => NOW).get({
      views: ['sessionSources'],
      timeZone: 'UTC',
      sessionId: 7,
    })
    expect(reads).toEqual([7])
    expect(answer.sessionSources?.addedSeconds).toBe(420)
    expect(answer.freshness).toEqual({ fetchedAt: NOW, stale: false, refreshing: false })
  })
})
