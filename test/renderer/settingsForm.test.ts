import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../src/shared/settings'
import { settingsEqual, settingsPatch } from '../../src/renderer/src/forms/settings'

describe('settings patch', () => {
  const before = defaultSettings()

  it('is empty when nothing changed', () => {
    expect(settingsPatch(before, structuredClone(before))).toEqual({ ok: true, value: {} })
  })

  it('holds only the changed leaves', () => {
    const after = structuredClone(before)
    after.theme = 'dark'
    after.notifications.kinds.dice = false
    after.notifications.quietHours.start = '23:30'
    after.polling.activeSeconds = 30
    expect(settingsPatch(before, after)).toEqual({
      ok: true,
      value: {
        theme: 'dark',
        notifications: { kinds: { dice: false }, quietHours: { start: '23:30' } },
        polling: { activeSeconds: 30 },
      },
    })
  })

  it('names the invalid field by its path', () => {
    const after = structuredClone(before)
    after.polling.activeSeconds = 3
    after.apiBaseUrl = 'http://example.com'
    const r = settingsPatch(before, after)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(Object.keys(r.errors.fields).sort()).toEqual(['apiBaseUrl', 'polling.activeSeconds'])
    }
  })

  it('knows when the form holds what is saved', () => {
    const after = structuredClone(before)
    expect(settingsEqual(before, after)).toBe(true)
    after.notifications.quietHours.end = '06:00'
    expect(settingsEqual(before, after)).toBe(false)
  })
})
