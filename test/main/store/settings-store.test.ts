import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SettingsStore, SettingsValidationError } from '../../../src/main/store/settings-store'
import {
  defaultSettings,
  isAllowedBaseUrl,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../../src/shared/settings'

const NOW = Date.UTC(2026, 1, 3, 9, 30, 7, 123)
const BACKUP = 'settings.corrupt-2026-02-03T09-30-07-123Z.json'

const DEFAULTS: Settings = {
  polling: { activeSeconds: 60, idleSeconds: 900 },
  notifications: {
    enabled: true,
    kinds: {
      dice: true,
      link: true,
      luck: true,
      penalty: true,
      dom: true,
      manual: true,
      rulesChanged: true,
      started: true,
      stopped: true,
      endReached: true,
      gameReady: true,
    },
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    discreet: false,
  },
  tray: { showSeconds: 'lastHour', display: 'remaining' },
  theme: 'system',
  apiBaseUrl: 'https://www.chastitytracker.org',
}

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-settings-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function open(): SettingsStore {
  return new SettingsStore({ dir, now: () => NOW })
}

describe('settings schema', () => {
  it('gives every default from an empty object', () => {
    expect(settingsSchema.parse({})).toEqual(DEFAULTS)
    expect(defaultSettings()).toEqual(DEFAULTS)
    expect(settingsSchema.parse({ notifications: { kinds: { dice: false } } }).notifications).toEqual({
      ...DEFAULTS.notifications,
      kinds: { ...DEFAULTS.notifications.kinds, dice: false },
    })
  })

  it('enforces the minimum poll intervals', () => {
    expect(settingsSchema.safeParse({ polling: { activeSeconds: 9 } }).success).toBe(false)
    expect(settingsSchema.safeParse({ polling: { idleSeconds: 59 } }).success).toBe(false)
  })

  it('allows https, and plain http only for loopback hosts', () => {
    expect(isAllowedBaseUrl('https://www.chastitytracker.org')).toBe(true)
    expect(isAllowedBaseUrl('https://example.test:8443/base/')).toBe(true)
    expect(isAllowedBaseUrl('http://127.0.0.1:8787')).toBe(true)
    expect(isAllowedBaseUrl('http://localhost:3000/')).toBe(true)
    expect(isAllowedBaseUrl('http://[::1]:9000')).toBe(true)
    expect(isAllowedBaseUrl('http://www.chastitytracker.org')).toBe(false)
    expect(isAllowedBaseUrl('http://192.168.1.10')).toBe(false)
    expect(isAllowedBaseUrl('http://localhost.evil.test')).toBe(false)
    expect(isAllowedBaseUrl('http://127.0.0.1.evil.test')).toBe(false)
    expect(isAllowedBaseUrl('ftp://127.0.0.1')).toBe(false)
    expect(isAllowedBaseUrl('https://user:pw@www.chastitytracker.org')).toBe(false)
    expect(isAllowedBaseUrl('https://www.chastitytracker.org/?x=1')).toBe(false)
    expect(isAllowedBaseUrl('not a url')).toBe(false)
  })

  it('takes strict deep-partial patches', () => {
    expect(settingsPatchSchema.parse({ notifications: { quietHours: { enabled: true } } })).toEqual({
      notifications: { quietHours: { enabled: true } },
    })
    expect(settingsPatchSchema.safeParse({ notifications: { kinds: { unknownKind: true } } }).success).toBe(
      false,
    )
    expect(settingsPatchSchema.safeParse({ extra: 1 }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ tray: { showSeconds: 'sometimes' } }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ notifications: { quietHours: { start: '24:00' } } }).success).toBe(
      false,
    )
  })
})

describe('SettingsStore', () => {
  it('uses the defaults when there is no file, without writing one', () => {
    const store = open()
    expect(store.get()).toEqual(DEFAULTS)
    expect(store.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('applies a deep patch, writes it, and reads it back in a new instance', () => {
    const store = open()
    const updated = store.update({
      polling: { activeSeconds: 30 },
      notifications: { kinds: { dice: false }, quietHours: { enabled: true, start: '23:30' } },
      theme: 'dark',
      apiBaseUrl: 'http://127.0.0.1:8787',
    })
    const expected: Settings = {
      ...DEFAULTS,
      polling: { activeSeconds: 30, idleSeconds: 900 },
      notifications: {
        ...DEFAULTS.notifications,
        kinds: { ...DEFAULTS.notifications.kinds, dice: false },
        quietHours: { enabled: true, start: '23:30', end: '07:00' },
      },
      theme: 'dark',
      apiBaseUrl: 'http://127.0.0.1:8787',
    }
    expect(updated).toEqual(expected)
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(expected)
    expect(open().get()).toEqual(expected)
  })

  it('refuses an invalid patch and changes nothing', () => {
    const store = open()
    store.update({ theme: 'light' })
    const before = readFileSync(join(dir, 'settings.json'), 'utf8')

    expect(() => store.update({ apiBaseUrl: 'http://www.chastitytracker.org' })).toThrow(
      SettingsValidationError,
    )
    expect(() => store.update({ apiBaseUrl: 'http://www.chastitytracker.org' })).toThrow(/https/)
    expect(() => store.update({ polling: { activeSeconds: 5 } })).toThrow(SettingsValidationError)
    expect(() => store.update({ theme: 'blue' })).toThrow(SettingsValidationError)
    expect(() => store.update({ theme: 'dark', surprise: 1 })).toThrow(SettingsValidationError)
    expect(() => store.update('theme=dark')).toThrow(SettingsValidationError)

    expect(store.get()).toEqual({ ...DEFAULTS, theme: 'light' })
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before)
  })

  it('backs up a file that is not JSON, uses the defaults and says so', () => {
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark",')
    const store = open()
    expect(store.get()).toEqual(DEFAULTS)
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe('{"theme": "dark",')
    expect(existsSync(join(dir, 'settings.json'))).toBe(false)
    expect(store.lastProblem()).toMatch(/settings\.json could not be read \(not valid JSON/)
    expect(store.lastProblem()).toContain(`kept as ${BACKUP}`)
    expect(open().lastProblem()).toBeNull()
  })

  it('backs up a file with wrong types and names the bad field', () => {
    const edited = JSON.stringify({ theme: 'dark', polling: { activeSeconds: 'fast' } })
    writeFileSync(join(dir, 'settings.json'), edited)
    const store = open()
    expect(store.get()).toEqual(DEFAULTS)
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe(edited)
    expect(store.lastProblem()).toMatch(/does not fit \(polling\.activeSeconds: /)
  })

  it('backs up a file whose JSON is not an object, or breaks a rule', () => {
    for (const content of ['[1, 2]', '"text"', JSON.stringify({ apiBaseUrl: 'http://evil.test' })]) {
      writeFileSync(join(dir, 'settings.json'), content)
      const store = open()
      expect(store.get()).toEqual(DEFAULTS)
      expect(store.lastProblem()).not.toBeNull()
      rmSync(join(dir, BACKUP))
    }
  })

  it('fills in what a hand-edited file leaves out, without complaint', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'dark', tray: { display: 'endTime' } }))
    const store = open()
    expect(store.get()).toEqual({
      ...DEFAULTS,
      theme: 'dark',
      tray: { showSeconds: 'lastHour', display: 'endTime' },
    })
    expect(store.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('loads a file from before launch at login moved to the system, and drops the old key on the next save', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ launchAtLogin: true, theme: 'dark' }))
    const store = open()
    expect(store.get()).toEqual({ ...DEFAULTS, theme: 'dark' })
    expect(store.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual(['settings.json'])

    store.update({ theme: 'light' })
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).not.toHaveProperty('launchAtLogin')
  })

  it('keeps working in memory when the file cannot be written, and says so', () => {
    const store = open()
    rmSync(dir, { recursive: true })
    writeFileSync(dir, 'a file where the folder was')
    try {
      expect(store.update({ theme: 'dark' }).theme).toBe('dark')
      expect(store.get().theme).toBe('dark')
      expect(store.lastProblem()).toMatch(
        /settings\.json could not be saved \(.*\); the change holds until the app quits/,
      )
    } finally {
      rmSync(dir)
    }
  })

  it('tells listeners about real changes only, until unsubscribed', () => {
    const store = open()
    const seen: [string, string][] = []
    const unsubscribe = store.onChange((settings, previous) => seen.push([previous.theme, settings.theme]))
    store.update({ theme: 'dark' })
    store.update({ theme: 'dark' })
    store.update({})
    unsubscribe()
    store.update({ theme: 'light' })
    expect(seen).toEqual([['system', 'dark']])
  })

  it('hands out copies', () => {
    const store = open()
    const copy = store.get()
    copy.polling.activeSeconds = 1
    expect(store.get().polling.activeSeconds).toBe(60)
  })
})
