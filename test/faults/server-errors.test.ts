/**
 * The service answers badly (500, 429 with Retry-After, an HTML error page, a body that is not
 * JSON): reads are retried with backoff and then reported, the tray keeps counting from the cache,
 * the dashboard's reads fall back to the cache, and a refresh after the fault brings everything back.
 * The waits the backoff asks for are checked; only one case spends them in real time.
 */
import { describe, expect, it } from 'vitest'
import type { Overview } from '../../src/shared/ipc/contract'
import type { FaultConfig } from '../../tools/fake-api/server'
import { app, clearFaults, emulator, setFaults, settle } from './support'
import {
  expectRecovered,
  expectRetriedWithBackoff,
  expectTray,
  expectWaitedForReal,
  snapshotBefore,
} from './recovery'

interface Case {
  name: string
  faults: FaultConfig
  /** What the sync state tells the user. */
  lastError: RegExp
  /** Smallest wait before each retry, in ms. */
  minWaits: number[]
  /** The retries wait their real backoff (and the emulator sees them that far apart). */
  realWaits?: boolean
}

const BACKOFF = [500, 1000, 2000]

const cases: Case[] = [
  {
    name: 'HTTP 500',
    faults: { status500: {} },
    lastError: /server error \(HTTP 500\)/,
    minWaits: BACKOFF,
    realWaits: true,
  },
  {
    name: 'HTTP 429 with Retry-After',
    faults: { status429: { retryAfterSeconds: 1 } },
    lastError: /slow down/,
    // Retry-After (1 s) wins over the shorter backoff steps.
    minWaits: [1000, 1000, 2000],
  },
  {
    name: 'an HTML error page from a proxy',
    faults: { htmlError: { status: 502 } },
    lastError: /server error \(HTTP 502\)/,
    minWaits: BACKOFF,
  },
  {
    name: 'a body that is not valid JSON',
    faults: { malformedJson: {} },
    lastError: /not valid JSON/,
    minWaits: BACKOFF,
  },
]

describe('the service answers with an error', () => {
  for (const c of cases) {
    it(`${c.name}: retried with backoff, reported, cached data kept, recovered by a refresh`, async () => {
      const api = await emulator()
      const a = await app(api, { realRetryWaits: c.realWaits === true })
      await settle(a)
      const before = await snapshotBefore(a)

      await setFaults(api, c.faults)
      const start = api.requestLog.length
      const waitsBefore = a.retryWaits.length
      const state = await a.call('sync:refresh')
      const attempts = api.requestLog.slice(start)
      const waits = a.retryWaits.slice(waitsBefore)
      expectRetriedWithBackoff(attempts, waits, 'sessions.php', c.minWaits)
      if (c.realWaits) expectWaitedForReal(attempts, waits)

      expect(state.lastError).toMatch(c.lastError)
      // The service answered: this is not "offline".
      expect(state.offline).toBe(false)
      expect(state.syncing).toBe(false)
      expect(state.stoppedForToken).toBe(false)
      expect(state.lastSyncAt).toBe(before.lastSyncAt)
      // The tray keeps counting down to the cached end.
      expectTray(a, before.session)

      // The overview shows the last known state while the service fails.
      const overview = await a.invoke('overview:get')
      expect(overview).toMatchObject({ ok: true })
      if (overview.ok) {
        const value = overview.value as Overview
        expect(value.activeSession?.id).toBe(before.activeId)
        expect(value.stats?.nick).toBe(before.nick)
      }

      await clearFaults(api)
      await expectRecovered(a, api, before)
    }, 40_000)
  }
})
