/** The application menu and the IPC sender check: plain data, no Electron needed. */
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMainFrameUrl } from '../../../../src/main/platform/electron/ipc'
import { applicationMenu } from '../../../../src/main/platform/electron/menu'

const roles = (menu: ReturnType<typeof applicationMenu>) => JSON.stringify(menu ?? [])

describe('the application menu', () => {
  it('has no reload or developer tools in a packaged app, on any system', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(applicationMenu(platform, true))).not.toMatch(
        /reload|forceReload|toggleDevTools|viewMenu/i,
      )
    }
  })

  it('keeps Edit on macOS, where copy and paste in text fields need it, and none elsewhere', () => {
    expect(applicationMenu('darwin', true)).toEqual([
      { role: 'appMenu' },
      { role: 'editMenu' },
      { role: 'windowMenu' },
    ])
    expect(applicationMenu('linux', true)).toBeNull()
    expect(applicationMenu('win32', true)).toBeNull()
  })

  it("keeps Electron's default menu in development", () => {
    expect(applicationMenu('linux', false)).toBeUndefined()
  })
})

describe('the IPC sender check', () => {
  const appContents = { id: 1 } as unknown as WebContents
  const otherContents = { id: 2 } as unknown as WebContents
  const isAppWindow = (c: WebContents) => c === appContents
  const event = (sender: WebContents, frame: { url: string; parent: object | null } | null) =>
    ({ sender, senderFrame: frame }) as unknown as Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>
  const url = 'file:///app/out/renderer/index.html'

  it("accepts the main frame of the app's window", () => {
    expect(appMainFrameUrl(event(appContents, { url, parent: null }), isAppWindow)).toBe(url)
  })

  it('refuses a subframe, a frame that is gone, and other contents even at the same URL', () => {
    expect(appMainFrameUrl(event(appContents, { url, parent: {} }), isAppWindow)).toBeNull()
    expect(appMainFrameUrl(event(appContents, null), isAppWindow)).toBeNull()
    expect(appMainFrameUrl(event(otherContents, { url, parent: null }), isAppWindow)).toBeNull()
  })
})
