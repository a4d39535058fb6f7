/** The settings through electron-store, against a stand-in of the `electron` module. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({
  default: {
    app: { getPath: () => tmpdir(), getVersion: () => '1.2.3' },
    ipcMain: { on: () => undefined },
    shell: {},
  },
}))

const { electronStoreEngine } = await import('../../../../src/main/platform/electron/settings-engine')
const { SettingsStore } = await import('../../../../src/main/store/settings-store')

describe('settings through electron-store', () => {
  it('keeps settings.json in the data folder, read back validated by a new store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-settings-electron-'))
    const open = () => new SettingsStore({ dir, now: () => 0, engine: electronStoreEngine })
    open().update({ theme: 'dark', polling: { activeSeconds: 30 } })
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
      polling: { activeSeconds: 30 },
    })
    expect(open().get()).toMatchObject({ theme: 'dark', polling: { activeSeconds: 30 } })
  })

  it('sets a damaged file aside and says so, as every document does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-settings-electron-'))
    writeFileSync(join(dir, 'settings.json'), '{ not json')
    const store = new SettingsStore({ dir, now: () => 0, engine: electronStoreEngine })
    expect(store.get().theme).toBe('system')
    expect(store.lastProblem()).toMatch(/settings\.json could not be read/)
  })
})
