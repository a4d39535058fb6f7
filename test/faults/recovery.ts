/**
 * Checks shared by the fault tests: what the app held before a fault, that a failing read was
 * retried with growing waits, and that after the fault everything is back and nothing was lost.
 */
import { expect } from 'vitest'
import type { Session } from '../../src/shared/api/schemas'
import type { Overview, SyncState } from '../../src/shared/ipc/contract'
import type { FakeApi, RequestLogEntry } from '../../tools/fake-api/server'
import type { App } from './support'
import { expectTrayCounting } from './tray-check'

export interface Before {
  lastSyncAt: number | null
  session: Session
  activeId: number
  nick: string | undefined
  historyRows: number
}

/** Timers may fire up to a millisecond early relative to the emulator's clock readings. */
const TIMER_SLACK_MS = 5

export async function snapshotBefore(a: App): Promise<Before> {
  const overview = await a.call<Overview>('overview:get')
  const session = overview.activeSession
  if (!session) throw new Error('The seed has no active session')
  const activeId = session.id
  const history = await a.call<{ items: unknown[] }>('histories:all', { session: activeId })
  expect(history.items.length).toBeGreaterThan(0)
  expectTray(a, session)
  return {
    lastSyncAt: a.harness.core.syncState().lastSyncAt,
    session,
    activeId,
    nick: overview.stats?.nick,
    historyRows: history.items.length,
  }
}

/** One first attempt and three retries of the same read, each wait at least `minGaps[i]`. */
export function expectRetriedWithBackoff(entries: RequestLogEntry[], path: string, minGaps: number[]): void {
  expect(entries).toHaveLength(minGaps.length + 1)
  for (const entry of entries) {
    expect(entry.method).toBe('GET')
    expect(entry.path.endsWith(path)).toBe(true)
  }
  const gaps = entries.slice(1).map((e, i) => e.time - (entries[i]?.time ?? 0))
  gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual((minGaps[i] ?? 0) - TIMER_SLACK_MS))
}

/** After the fault is cleared, one refresh brings everything back, with nothing lost. */
export async function expectRecovered(a: App, api: FakeApi, before: Before): Promise<void> {
  const state = await a.call<SyncState>('sync:refresh')
  expect(state.lastError).toBeNull()
  expect(state.offline).toBe(false)
  expect(state.lastSyncAt).not.toBeNull()
  expect(state.lastSyncAt ?? 0).toBeGreaterThan(before.lastSyncAt ?? 0)
  expectTray(a, before.session)

  const overview = await a.call<Overview>('overview:get')
  expect(overview.activeSession?.id).toBe(before.activeId)
  expect(overview.stats?.nick).toBe(before.nick)
  expect(overview.sync.lastError).toBeNull()
  const history = await a.call<{ items: unknown[] }>('histories:all', { session: before.activeId })
  expect(history.items).toHaveLength(before.historyRows)
  const summary = (await (await fetch(`${api.url}/__control/state`)).json()) as {
    data: { activeSessionId: number | null; counts: { histories: number } }
  }
  expect(summary.data.activeSessionId).toBe(before.activeId)
  expect(summary.data.counts.histories).toBe(before.historyRows)
}

/** The tray counts down to the session's end by the app's (server-corrected) clock. */
export function expectTray(a: App, session: Session): void {
  const state = a.harness.core.syncState()
  expectTrayCounting(a.harness.platform, session, Date.now() + a.harness.core.clockOffsetMs(), state.offline)
}
