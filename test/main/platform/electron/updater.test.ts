/**
 * The electron-updater adapter against recording stand-ins of `electron` and `electron-updater`:
 * which builds update themselves, and how electron-updater's events become the update state.
 */
import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { UpdateState } from '../../../../src/shared/desktop'

const fake = vi.hoisted(() => ({
  isPackaged: true,
  autoUpdater: null as null | (EventEmitter & Record<string, unknown>),
  created: 0,
}))

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.isPackaged
    },
  },
}))
vi.mock('electron-updater', () => ({
  default: {
    get autoUpdater() {
      fake.created++
      return fake.autoUpdater
    },
  },
}))

const { ElectronUpdater, releasePageUrl, updaterMode } =
  await import('../../../../src/main/platform/electron/updater')

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined }

beforeEach(() => {
  fake.created = 0
  fake.isPackaged = true
  const emitter = new EventEmitter() as EventEmitter & Record<string, unknown>
  Object.assign(emitter, {
    checks: 0,
    installs: 0,
    checkForUpdates: async () => void (emitter['checks'] = (emitter['checks'] as number) + 1),
    quitAndInstall: () => void (emitter['installs'] = (emitter['installs'] as number) + 1),
  })
  fake.autoUpdater = emitter
})

describe('which builds update themselves', () => {
  it('none in development; Windows and AppImages install; macOS, deb and tar.gz link to the release', () => {
    expect(updaterMode(false, 'win32', {})).toBe('disabled')
    expect(updaterMode(true, 'win32', {})).toBe('auto')
    expect(updaterMode(true, 'linux', { APPIMAGE: '/home/u/App.AppImage' })).toBe('auto')
    expect(updaterMode(true, 'linux', {})).toBe('manual')
    expect(updaterMode(true, 'darwin', {})).toBe('manual')
  })

  it('links a version to its release page', () => {
    expect(releasePageUrl('1.2.3')).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/releases\/tag\/v1\.2\.3$/)
  })
})

describe('the electron-updater adapter', () => {
  it('does not even create electron-updater in a development run', async () => {
    fake.isPackaged = false
    const updater = new ElectronUpdater(logger)
    expect(updater.mode).toBe('disabled')
    await updater.check()
    expect(fake.created).toBe(0)
  })

  it("turns electron-updater's events into update states", async () => {
    const updater = new ElectronUpdater(logger)
    const states: UpdateState[] = []
    updater.onState((s) => states.push(s))
    const events = fake.autoUpdater!
    await updater.check()
    expect(events['checks']).toBe(1)
    // On this machine (Linux, no AppImage) the build can only link to a release.
    expect(updater.mode).toBe(process.platform === 'win32' ? 'auto' : 'manual')
    expect(events['autoDownload']).toBe(updater.mode === 'auto')

    events.emit('checking-for-update')
    events.emit('update-available', { version: '0.2.0' })
    events.emit('download-progress', { percent: 140 })
    events.emit('update-downloaded', { version: '0.2.0' })
    events.emit('error', new Error('HttpError: 404'))
    const available: UpdateState =
      updater.mode === 'auto'
        ? { state: 'downloading', version: '0.2.0', percent: 0 }
        : { state: 'manual', version: '0.2.0', url: releasePageUrl('0.2.0') }
    expect(states).toEqual([
      { state: 'checking' },
      available,
      { state: 'downloading', version: '0.2.0', percent: 100 },
      { state: 'ready', version: '0.2.0' },
      { state: 'error', message: 'HttpError: 404' },
    ])
    updater.install()
    expect(events['installs']).toBe(1)
  })
})
