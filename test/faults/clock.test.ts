/**
 * Clocks that disagree or jump: the tray counts with the server's clock (smoothed from the HTTP
 * Date headers), and an end that passes while the machine sleeps or while the app waits is
 * reported as "Time is up" exactly once.
 */
import { describe, expect, it } from 'vitest'
import type { ClockAdapter } from '../../src/main/platform/types'
import { scheduledEnd } from '../../src/shared/api/time'
import type { RecordingPlatform } from '../../tools/harness/recording-platform'
import { app, control, emulator, settle, sleep } from './support'
import { expectTrayCounting, tooltipAt } from './tray-check'

const HOUR = 3_600_000
const AHEAD = 8 * HOUR

const timeIsUp = (platform: RecordingPlatform) =>
  platform.notifier.shown.filter((n) => n.title === 'Time is up')

describe('the server clock differs from this machine', () => {
  it('the server is 8 hours ahead from the start: the tray counts with the server clock', async () => {
    const api = await emulator()
    await control(api, 'clock', { offsetMs: AHEAD })
    const a = await app(api)
    await settle(a)
    expect(Math.abs(a.harness.core.clockOffsetMs() - AHEAD)).toBeLessThan(2000)
    const session = (await a.call('overview:get')).activeSession
    if (!session) throw new Error('no active session')
    expectTrayCounting(a.harness.platform, session, Date.now() + a.harness.core.clockOffsetMs())
    // With the machine's own clock it would read 8 hours more.
    expect(a.harness.platform.tray.tooltip).not.toBe(tooltipAt(a.harness.platform, session, Date.now()))
  })

  it('the server clock jumps 8 hours mid-run: within three polls the tray follows it', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const session = (await a.call('overview:get')).activeSession
    if (!session) throw new Error('no active session')
    expect(Math.abs(a.harness.core.clockOffsetMs())).toBeLessThan(2000)
    expectTrayCounting(a.harness.platform, session, Date.now())

    await control(api, 'clock', { offsetMs: AHEAD })
    let polls = 0
    while (Math.abs(a.harness.core.clockOffsetMs() - AHEAD) > 2000 && polls < 10) {
      await a.call('sync:refresh')
      polls++
    }
    // One odd answer is not trusted (a cached response); three that agree are.
    expect(polls).toBeLessThanOrEqual(3)
    const offset = a.harness.core.clockOffsetMs()
    expect(Math.abs(offset - AHEAD)).toBeLessThan(2000)
    expectTrayCounting(a.harness.platform, session, Date.now() + offset)
  })
})

describe('the end passes', () => {
  it('while the machine sleeps: "Time is up" on waking, notified exactly once, also after a restart', async () => {
    const api = await emulator()
    // The machine's clock, moved forward to simulate a sleep (the emulator's clock moves with it).
    let slept = 0
    const clock: ClockAdapter = {
      now: () => Date.now() + slept,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    }
    const a = await app(api, { clock })
    await settle(a)
    const session = (await a.call('overview:get')).activeSession
    const end = session ? scheduledEnd(session) : null
    if (end === null) throw new Error('the active session has no scheduled end')
    expect(a.harness.platform.tray.title).not.toBe('Time is up')

    // Asleep until ten minutes after the end.
    const asleep = end - clock.now() + 10 * 60_000
    slept += asleep
    await control(api, 'clock', { advanceMs: asleep })
    a.harness.platform.power.fireResume()
    await sleep(50)
    await a.idle()

    expect(a.harness.platform.tray.title).toBe('Time is up')
    expect(a.harness.platform.tray.tooltip).toMatch(/^Time is up — ended /)
    expect(timeIsUp(a.harness.platform)).toHaveLength(1)

    // Waking again, coming online, refreshing: still one.
    a.harness.platform.power.fireResume()
    a.harness.platform.power.fireOnline()
    await sleep(50)
    await a.call('sync:refresh')
    await a.call('sync:refresh')
    expect(timeIsUp(a.harness.platform)).toHaveLength(1)

    await a.restart()
    await settle(a)
    expect(a.harness.platform.tray.title).toBe('Time is up')
    expect(timeIsUp(a.harness.platform)).toHaveLength(0)
  })

  it('while the app waits between polls: the end timer says "Time is up" once, without a poll', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    // The dom takes off all but three seconds.
    const summary = await control<{ scheduledEndUtc: string }>(api, 'state', undefined, 'GET')
    const end = Date.parse(`${summary.scheduledEndUtc.replace(' ', 'T')}Z`)
    const seconds = Math.floor((end - Date.now()) / 1000) - 3
    await control(api, 'play', { game: 'luck', operation: 'SUB', seconds })
    const state = await a.call('sync:refresh')
    expect(state.lastError).toBeNull()
    expect(a.harness.platform.tray.title).not.toBe('Time is up')
    const polls = api.requestLog.length

    await sleep(5000)
    await a.idle()
    expect(a.harness.platform.tray.title).toBe('Time is up')
    expect(timeIsUp(a.harness.platform)).toHaveLength(1)
    // The end timer needs no request.
    expect(api.requestLog.length).toBe(polls)
    await a.call('sync:refresh')
    await a.call('sync:refresh')
    expect(timeIsUp(a.harness.platform)).toHaveLength(1)
  })
})
