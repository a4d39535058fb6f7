import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { collectPageErrors, expect, goTo, test, USER_ZONE } from './fixtures'

test.use({ ...USER_ZONE, viewport: { width: 1280, height: 900 } })

const DIR = resolve(import.meta.dirname, '../../artifacts/screenshots')

/** Each page, opened and drawn (charts included) before it is captured. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
  [
    'overview',
    async (page) => {
      await goTo(page, 'Overview')
      await expect(page.getByText('Time left')).toBeVisible()
    },
  ],
  [
    'sessions',
    async (page) => {
      await goTo(page, 'Sessions')
      await expect(page.locator('figure .recharts-bar-rectangle path').first()).toBeVisible()
    },
  ],
  [
    'session-detail',
    async (page) => {
      await goTo(page, 'Overview')
      await page.getByRole('button', { name: 'Open session details' }).click()
      await expect(page.locator('figure path.recharts-line-curve')).toBeVisible()
      await expect(
        page.getByRole('region', { name: 'Game rule changes' }).locator('li').first(),
      ).toBeVisible()
    },
  ],
  [
    'start-session',
    async (page) => {
      await goTo(page, 'Sessions')
      await page.getByRole('button', { name: 'Log a past session' }).click()
      await page.getByLabel('Dice game').check()
      await expect(page.getByLabel('Number of dice')).toBeVisible()
    },
  ],
  [
    'orgasms',
    async (page) => {
      await goTo(page, 'Orgasms')
      await expect(page.locator('figure .recharts-bar-rectangle path').first()).toBeVisible()
    },
  ],
  [
    'settings',
    async (page) => {
      await goTo(page, 'Settings')
      await expect(page.getByRole('form', { name: 'Preferences' })).toBeVisible()
    },
  ],
]

const background = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as {
      getComputedStyle(e: unknown): { backgroundColor: string }
      document: { body: unknown }
    }
    return g.getComputedStyle(g.document.body).backgroundColor
  })

test.describe('dashboard: screenshots', () => {
  test('every page, light and dark (the theme follows the system)', async ({ page, app }) => {
    const errors = collectPageErrors(page)
    await mkdir(DIR, { recursive: true })
    const ctx = await app()
    await page.emulateMedia({ colorScheme: 'light' })
    await ctx.open()
    const backgrounds: Record<string, string> = {}
    // Each page is opened once and captured in both schemes: switching the scheme needs no reload.
    for (const [name, show] of PAGES) {
      await show(page)
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
        backgrounds[scheme] ??= await background(page)
        await page.screenshot({ path: join(DIR, `${name}-${scheme}.png`), fullPage: true })
      }
      await page.emulateMedia({ colorScheme: 'light' })
    }
    expect(backgrounds.light).not.toBe(backgrounds.dark)
    expect(errors).toEqual([])
  })
})
