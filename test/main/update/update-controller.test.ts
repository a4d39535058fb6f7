import { describe, expect, it } from 'vitest'
import { DesktopStatusStore } from '../../../src/main/desktop/status'
import type { UpdaterAdapter } from '../../../src/main/platform/types'
import { UPDATE_CHECK_INTERVAL_MS, UpdateController } from '../../../src/main/update/update-controller'
import type { DesktopStatus } from '../../../src/shared/desktop'
import { RecordingUpdater } from '../../../tools/harness/recording-platform'
import { FakeClock } from '../../support/fake-clock'

const initial: DesktopStatus = {
  notifications: { state: 'unknown', detail: null },
  launchAtLogin: 'off',
  update: { state: 'idle', checkedAt: null },
  logsFolder: null,
}

function setup(mode: UpdaterAdapter['mode'], failCheck = false) {
  const clock = new FakeClock(Date.UTC(2026, 10, 30))
  const updater = new RecordingUpdater(mode)
  if (failCheck)
    updater.check = async () => {
      updater.checks++
      throw new Error('HttpError: 404')
    }
  const status = new DesktopStatusStore(initial)
  const opened: string[] = []
  const logged: string[] = []
  const controller = new UpdateController({
    updater,
    clock,
    status,
    openExternal: async (url) => void opened.push(url),
    log: (level, message) => logged.push(`${level}: ${message}`),
  })
  return { clock, updater, status, controller, opened, logged }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('update checks', () => {
  it('never checks in a build that cannot update, and says so', async () => {
    const { updater, status, controller, clock } = setup('disabled')
    controller.start()
    clock.advance(3 * UPDATE_CHECK_INTERVAL_MS)
    await settle()
    expect(updater.checks).toBe(0)
    expect(status.get().update).toEqual({ state: 'disabled' })
    expect(await controller.install()).toBe(false)
  })

  it('checks at start and then once a day, until stopped', async () => {
    const { updater, controller, clock } = setup('auto')
    controller.start()
    await settle()
    expect(updater.checks).toBe(1)
    clock.advance(UPDATE_CHECK_INTERVAL_MS - 1)
    await settle()
    expect(updater.checks).toBe(1)
    clock.advance(1)
    await settle()
    expect(updater.checks).toBe(2)
    controller.stop()
    clock.advance(2 * UPDATE_CHECK_INTERVAL_MS)
    await settle()
    expect(updater.checks).toBe(2)
  })

  it('does not download again while a downloaded update waits for a restart', async () => {
    const { updater, controller, clock, status } = setup('auto')
    controller.start()
    await settle()
    updater.report({ state: 'ready', version: '0.2.0' })
    expect(status.get().update).toEqual({ state: 'ready', version: '0.2.0' })
    clock.advance(UPDATE_CHECK_INTERVAL_MS)
    await settle()
    expect(updater.checks).toBe(1)
  })

  it('restarts into a downloaded update on request', async () => {
    const { updater, controller } = setup('auto')
    controller.start()
    updater.report({ state: 'ready', version: '0.2.0' })
    expect(await controller.install()).toBe(true)
    expect(updater.installs).toBe(1)
  })

  it('opens the release page where the update must be installed by hand', async () => {
    const { updater, controller, opened, logged } = setup('manual')
    controller.start()
    const url = 'https://github.com/o/r/releases/tag/v0.3.0'
    updater.report({ state: 'manual', version: '0.3.0', url })
    expect(await controller.install()).toBe(true)
    expect(opened).toEqual([url])
    expect(updater.installs).toBe(0)
    expect(logged).toContain('info: Version 0.3.0 is available')
  })

  it('a check that throws is an error state, logged, and tried again the next day', async () => {
    const { updater, controller, clock, status } = setup('auto', true)
    controller.start()
    await settle()
    expect(status.get().update).toEqual({ state: 'error', message: 'HttpError: 404' })
    clock.advance(UPDATE_CHECK_INTERVAL_MS)
    await settle()
    expect(updater.checks).toBe(2)
  })

  it('an error the updater reports is logged', () => {
    const { updater, controller, logged } = setup('auto')
    controller.start()
    updater.report({ state: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' })
    expect(logged).toContain('warn: Update check failed: net::ERR_INTERNET_DISCONNECTED')
  })
})
