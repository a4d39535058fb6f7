import { beforeEach, describe, expect, it, vi } from 'vitest'

/** Electron's dialog and focused window, reduced to what the adapter uses; the answers are the test's. */
const electron = vi.hoisted(() => {
  const calls: { window: unknown; options: Record<string, unknown> }[] = []
  const state = {
    focused: null as object | null,
    answer: { canceled: false, filePaths: ['/home/me/Backups'] } as {
      canceled: boolean
      filePaths: string[]
    },
  }
  const dialog = {
    async showOpenDialog(...args: unknown[]) {
      const [window, options] = args.length === 2 ? args : [undefined, args[0]]
      calls.push({ window, options: options as Record<string, unknown> })
      return state.answer
    },
  }
  const BrowserWindow = { getFocusedWindow: () => state.focused }
  return { calls, state, dialog, BrowserWindow }
})
vi.mock('electron', () => ({ dialog: electron.dialog, BrowserWindow: electron.BrowserWindow }))

const { ElectronDialogs } = await import('../../../../src/main/platform/electron/dialogs')

const ask = () => new ElectronDialogs().pickFolder({ title: 'Choose a folder', buttonLabel: 'Export here' })

beforeEach(() => {
  electron.calls.length = 0
  electron.state.focused = null
  electron.state.answer = { canceled: false, filePaths: ['/home/me/Backups'] }
})

describe('ElectronDialogs.pickFolder', () => {
  it('asks for one folder, which may be created in the dialog, and answers it', async () => {
    expect(await ask()).toBe('/home/me/Backups')
    expect(electron.calls).toEqual([
      {
        window: undefined,
        options: {
          title: 'Choose a folder',
          buttonLabel: 'Export here',
          properties: ['openDirectory', 'createDirectory'],
        },
      },
    ])
  })

  it('attaches the dialog to the focused window', async () => {
    const dashboard = { id: 1 }
    electron.state.focused = dashboard
    await ask()
    expect(electron.calls[0]?.window).toBe(dashboard)
  })

  it('answers null when the user cancelled, or chose nothing', async () => {
    electron.state.answer = { canceled: true, filePaths: [] }
    expect(await ask()).toBeNull()
    electron.state.answer = { canceled: false, filePaths: [] }
    expect(await ask()).toBeNull()
  })
})
