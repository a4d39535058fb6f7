/**
 * The app as electron-builder packaged it, started in the real Electron on a fresh profile: its
 * window opens on the onboarding page, `window.api` offers exactly the contract's channels, and
 * its tray is there. Finds the unpacked app in dist/ for this system and architecture, or the
 * program CT_PACKAGED_APP names.
 */
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, expect, test, type ElectronApplication } from '@playwright/test'
import { isDistArch, unpackedApp } from '../../scripts/packaging/unpacked-app'
import { CHANNEL_NAMES } from '../../src/shared/ipc/contract'
import product from '../../src/shared/product.json' with { type: 'json' }

const root = join(import.meta.dirname, '../..')

/** A temporary folder's path may come back in another spelling (/private/var, RUNNER~1). */
const real = (path: string) => (existsSync(path) ? realpathSync.native(path) : path)

function executable(): string {
  if (process.env.CT_PACKAGED_APP) return process.env.CT_PACKAGED_APP
  if (!isDistArch(process.arch)) throw new Error(`No packaged app is built for ${process.arch}`)
  return unpackedApp(join(root, 'dist'), process.platform, process.arch).executable
}

test('the packaged app opens its window on onboarding, with its tray and the contract', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'ct-packaged-app-'))
  try {
    // Electron takes an absolute --user-data-dir as app.getPath('userData'): nothing of a real
    // profile is read, and the single-instance lock is this run's own.
    const electronApp = await _electron.launch({
      executablePath: executable(),
      args: [`--user-data-dir=${userData}`],
    })
    try {
      await checkApp(electronApp, userData)
    } finally {
      await electronApp.close()
    }
  } finally {
    rmSync(userData, { recursive: true, force: true })
  }
})

async function checkApp(electronApp: ElectronApplication, userData: string) {
  const page = await electronApp.firstWindow()
  try {
    await test.step('main: packaged, on the fresh profile, its window shown', async () => {
      const state = async () => {
        const seen = await electronApp.evaluate(({ app, BrowserWindow }) => ({
          packaged: app.isPackaged,
          name: app.getName(),
          userData: app.getPath('userData'),
          visibleWindows: BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length,
        }))
        return { ...seen, userData: real(seen.userData) }
      }
      await expect.poll(state).toEqual({
        packaged: true,
        name: product.productName,
        userData: real(userData),
        visibleWindows: 1,
      })
    })

    await test.step('the page: onboarding, and window.api with exactly the contract', async () => {
      await expect(page.getByRole('heading', { level: 1, name: /^Welcome to / })).toBeVisible()
      const channels = await page.evaluate(() => [
        ...(globalThis as unknown as { api: { channels: readonly string[] } }).api.channels,
      ])
      expect([...channels].sort()).toEqual([...CHANNEL_NAMES].sort())
    })

    await test.step('the tray', async () => {
      // Electron keeps no list of trays: the live Tray objects are found on the main process's
      // heap through its own inspector (queryObjects, as in the DevTools console).
      const liveTrays = () =>
        electronApp.evaluate(async () => {
          const { Session } = process.getBuiltinModule('node:inspector/promises')
          const session = new Session()
          session.connect()
          try {
            const prototype = await session.post('Runtime.evaluate', {
              expression: "require('electron').Tray.prototype",
              includeCommandLineAPI: true,
            })
            if (prototype.exceptionDetails) throw new Error(prototype.exceptionDetails.text)
            const trays = await session.post('Runtime.queryObjects', {
              prototypeObjectId: prototype.result.objectId ?? '',
            })
            const alive = await session.post('Runtime.callFunctionOn', {
              objectId: trays.objects.objectId ?? '',
              functionDeclaration: 'function () { return this.filter((tray) => !tray.isDestroyed()).length }',
              returnByValue: true,
            })
            return alive.result.value as number
          } finally {
            session.disconnect()
          }
        })
      await expect.poll(liveTrays).toBe(1)
    })
  } catch (error) {
    const screenshot = await page.screenshot().catch(() => null)
    if (screenshot) await test.info().attach('window', { body: screenshot, contentType: 'image/png' })
    throw error
  }
}
