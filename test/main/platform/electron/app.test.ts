import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type LoginItem = { openAtLogin: boolean; status?: string; executableWillLaunchAtLogin?: boolean }

/**
 * Electron's app and shell, reduced to what the adapter uses. The login item is the system's
 * answer, set by each test; setLoginItemSettings calls are recorded.
 */
const electron = vi.hoisted(() => {
  const system = {
    isPackaged: true,
    loginItem: { openAtLogin: false } as LoginItem,
    set: [] as unknown[],
    openPathAnswer: '',
  }
  return {
    system,
    app: {
      getName: () => 'Chastity Tracker Companion',
      getVersion: () => '1.2.3',
      getLocale: () => 'en-GB',
      get isPackaged() {
        return system.isPackaged
      },
      getLoginItemSettings: () => system.loginItem,
      setLoginItemSettings: (settings: unknown) => void system.set.push(settings),
      quit: () => undefined,
    },
    shell: {
      openExternal: async () => undefined,
      openPath: async () => system.openPathAnswer,
    },
  }
})
vi.mock('electron', () => ({ app: electron.app, shell: electron.shell }))

const { ElectronApp } = await import('../../../../src/main/platform/electron/app')
const { system } = electron

let home: string

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'ct-app-'))
  system.isPackaged = true
  system.loginItem = { openAtLogin: false }
  system.set = []
  system.openPathAnswer = ''
})

afterEach(() => {
  rmSync(home, { recursive: true, force: true })
})

const on = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}) =>
  new ElectronApp('/logs', { platform, env, execPath: '/opt/CT/ct-companion', homeDir: home })

const entryPath = () => join(home, '.config', 'autostart', 'org.chastitytracker.companion.desktop')

describe('ElectronApp: launch at login', () => {
  it('is unsupported in a development run, on every system, and changes nothing', () => {
    system.isPackaged = false
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const app = on(platform)
      expect(app.getLaunchAtLogin()).toBe('unsupported')
      expect(app.setLaunchAtLogin(true)).toBe('unsupported')
    }
    expect(system.set).toEqual([])
    expect(existsSync(entryPath())).toBe(false)
  })

  it('macOS: registers the app and reads back what the system says, including "requires approval"', () => {
    const app = on('darwin')
    system.loginItem = { openAtLogin: false, status: 'not-registered' }
    expect(app.getLaunchAtLogin()).toBe('off')

    // macOS 13+ registers the item but waits for the user in System Settings.
    system.loginItem = { openAtLogin: false, status: 'requires-approval' }
    expect(app.setLaunchAtLogin(true)).toBe('requires-approval')
    expect(system.set).toEqual([{ openAtLogin: true }])

    system.loginItem = { openAtLogin: true, status: 'enabled' }
    expect(app.getLaunchAtLogin()).toBe('on')

    system.loginItem = { openAtLogin: false, status: 'not-registered' }
    expect(app.setLaunchAtLogin(false)).toBe('off')
    expect(system.set).toEqual([{ openAtLogin: true }, { openAtLogin: false }])
  })

  it('Windows: an entry turned off in Task Manager reads as off', () => {
    const app = on('win32')
    system.loginItem = { openAtLogin: true, executableWillLaunchAtLogin: true }
    expect(app.getLaunchAtLogin()).toBe('on')
    system.loginItem = { openAtLogin: true, executableWillLaunchAtLogin: false }
    expect(app.getLaunchAtLogin()).toBe('off')
    app.setLaunchAtLogin(true)
    expect(system.set).toEqual([{ openAtLogin: true }])
  })

  it('Linux: writes and removes an XDG autostart entry that starts the AppImage, without Electron', () => {
    const app = on('linux', { APPIMAGE: '/home/me/Apps/Chastity Tracker.AppImage' })
    expect(app.getLaunchAtLogin()).toBe('off')
    expect(app.setLaunchAtLogin(true)).toBe('on')
    const text = readFileSync(entryPath(), 'utf8')
    expect(text).toContain('\nName=Chastity Tracker Companion\n')
    expect(text).toContain('\nExec="/home/me/Apps/Chastity Tracker.AppImage"\n')

    // The next start reads it back from disk.
    expect(on('linux', { APPIMAGE: '/home/me/Apps/Chastity Tracker.AppImage' }).getLaunchAtLogin()).toBe('on')

    expect(app.setLaunchAtLogin(false)).toBe('off')
    expect(existsSync(entryPath())).toBe(false)
    expect(system.set).toEqual([])
  })

  it('Linux: starts the installed binary outside an AppImage, and honours XDG_CONFIG_HOME', () => {
    const config = join(home, 'cfg')
    const app = on('linux', { XDG_CONFIG_HOME: config })
    expect(app.setLaunchAtLogin(true)).toBe('on')
    const text = readFileSync(join(config, 'autostart', 'org.chastitytracker.companion.desktop'), 'utf8')
    expect(text).toContain('\nExec=/opt/CT/ct-companion\n')
  })

  it('is unsupported on a system with neither login items nor XDG autostart', () => {
    expect(on('freebsd').getLaunchAtLogin()).toBe('unsupported')
    expect(on('freebsd').setLaunchAtLogin(true)).toBe('unsupported')
    expect(system.set).toEqual([])
  })
})

describe('ElectronApp: the rest', () => {
  it('names itself from Electron and the platform from the process', () => {
    const app = on('linux')
    expect([app.name, app.version, app.locale, app.platform, app.logsFolder]).toEqual([
      'Chastity Tracker Companion',
      '1.2.3',
      'en-GB',
      'linux',
      '/logs',
    ])
  })

  it('reports whether the file manager opened the folder', async () => {
    expect(await on('linux').openFolder('/logs')).toBe(true)
    system.openPathAnswer = 'Failed to open path'
    expect(await on('linux').openFolder('/logs')).toBe(false)
  })
})
