/**
 * Checks shared by the fault tests: what the app held before a fault, that a failing read was
 * retried with growing waits, and that after the fault everything is back and nothing was lost.
 */
import { expect } from 'vitest'
import type { Session } from '../../src/shared/api/schemas'
import { control, type RunningApp } from '../../tools/app'
import type { FakeApi, RequestLogEntry } from '../../tools/fake-api/server'
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
/** The backoff adds up to a quarter at random, so that clients do not retry in step. */
const JITTER = 1.25

export async function snapshotBefore(a: RunningApp): Promise<Before> {
  const overview = await a.call('overview:get')
  const session = overview.activeSession
  if (!session) throw new Error('The seed has no active session')
  const activeId = session.id
  const history = await a.call('histories:all', { session: activeId })
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

/**
 * The same read tried once and then once more after each of `waits` (what the app asked to wait,
 * in ms), and wait i at least `minWaits[i]` and no more than its jitter adds.
 */
export function expectRetriedWithBackoff(
  entries: RequestLogEntry[],
  waits: number[],
  path: string,
  minWaits: number[],
): void {
  expect(entries).toHaveLength(minWaits.length + 1)
  for (const entry of entries) {
    expect(entry.method).toBe('GET')
    expect(entry.path.endsWith(path)).toBe(true)
  }
  expect(waits).toHaveLength(minWaits.length)
  waits.forEach((wait, i) => {
    expect(wait).toBeGreaterThanOrEqual(minWaits[i] ?? 0)
    expect(wait).toBeLessThanOrEqual((minWaits[i] ?? 0) * JITTER)
  })
}

/** The attempts, as the emulator saw them, were really `waits[i]` apart or more. */
export function expectWaitedForReal(entries: RequestLogEntry[], waits: number[]): void {
  const gaps = entries.slice(1).map((e, i) => e.time - (entries[i]?.time ?? 0))
  expect(gaps).toHaveLength(waits.length)
  gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual((waits[i] ?? 0) - TIMER_SLACK_MS))
}

/** After the fault is cleared, one refresh brings everything back, with nothing lost. */
export async function expectRecovered(a: RunningApp, api: FakeApi, before: Before): Promise<void> {
  const asked = Date.now()
  const state = await a.call('sync:refresh')
  expect(state.lastError).toBeNull()
  expect(state.offline).toBe(false)
  expect(state.lastSyncAt).not.toBeNull()
  // It synced after it was asked to, by this machine's clock: lastSyncAt is on the server clock,
  // whose estimate moves by up to a second between polls (Date headers name whole seconds).
  const syncedAt = Math.round((state.lastSyncAt ?? 0) - a.harness.core.clockOffsetMs())
  expect(syncedAt).toBeGreaterThanOrEqual(asked)
  expectTray(a, before.session)

  const overview = await a.call('overview:get')
  expect(overview.activeSession?.id).toBe(before.activeId)
  expect(overview.stats?.nick).toBe(before.nick)
  expect(overview.sync.lastError).toBeNull()
  const history = await a.call('histories:all', { session: before.activeId })
  expect(history.items).toHaveLength(before.historyRows)
  const summary = await control<{ activeSessionId: number | null; counts: { histories: number } }>(
    api,
    'state',
    undefined,
    'GET',
  )
  expect(summary.activeSessionId).toBe(before.activeId)
  expect(summary.counts.histories).toBe(before.historyRows)
}

/** The tray counts down to the session's end by the app's (server-corrected) clock. */
export function expectTray(a: RunningApp, session: Session): void {
  const state = a.harness.core.syncState()
  expectTrayCounting(a.harness.platform, session, Date.now() + a.harness.core.clockOffsetMs(), state.offline)
}
