import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, USER_ZONE } from './fixtures'
import { DASHBOARD_PAGES, setScheme, showOnboarding } from './pages'

test.use({ ...USER_ZONE, viewport: { width: 1280, height: 900 } })

const DIR = resolve(import.meta.dirname, '../../artifacts/screenshots')

/** A wide window and the narrowest supported one (where the sidebar becomes a bar on top). */
const WIDTHS = [1280, 640] as const

const background = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as {
      getComputedStyle(e: unknown): { backgroundColor: string }
      document: { body: unknown }
    }
    return g.getComputedStyle(g.document.body).backgroundColor
  })

/**
 * The page as shown, full length, in both schemes at both widths: `<name>-<scheme>[-640].png`.
 * Returns the body's background per scheme.
 */
async function captureAll(page: Page, name: string): Promise<Record<string, string>> {
  const backgrounds: Record<string, string> = {}
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    for (const scheme of ['light', 'dark'] as const) {
      // Switching the scheme or the width needs no reload.
      await setScheme(page, scheme)
      backgrounds[scheme] ??= await background(page)
      const suffix = width === WIDTHS[0] ? '' : `-${width}`
      await page.screenshot({ path: join(DIR, `${name}-${scheme}${suffix}.png`), fullPage: true })
    }
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 })
  await setScheme(page, 'light')
  return backgrounds
}

test.describe('dashboard: screenshots', () => {
  test('every page, light and dark (the theme follows the system), wide and 640 px', async ({
    page,
    app,
  }) => {
    await mkdir(DIR, { recursive: true })
    const ctx = await app()
    await page.emulateMedia({ colorScheme: 'light' })
    await ctx.open()
    for (const state of DASHBOARD_PAGES) {
      await state.show(page, ctx)
      const backgrounds = await captureAll(page, state.name)
      expect(backgrounds.light, state.name).not.toBe(backgrounds.dark)
    }
  })

  test('onboarding, light and dark, wide and 640 px', async ({ page, app }) => {
    await mkdir(DIR, { recursive: true })
    const ctx = await app({ token: null })
    await showOnboarding(page, ctx)
    const backgrounds = await captureAll(page, 'onboarding')
    expect(backgrounds.light).not.toBe(backgrounds.dark)
  })
})
