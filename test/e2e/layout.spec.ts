import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test, USER_ZONE } from './fixtures'
import { DASHBOARD_PAGES, showOnboarding } from './pages'

test.use(USER_ZONE)

/**
 * The smallest window the app supports and a common small one, both 600 high; and 320 CSS px,
 * which is the 640 px window at 200% zoom (WCAG 1.4.10 reflow).
 */
const WIDTHS = [640, 800, 320] as const
const HEIGHT = 600

/** The little of the page's window the checks read (the tests are compiled without the DOM types). */
interface PageWindow {
  document: { documentElement: { scrollWidth: number; clientWidth: number; scrollHeight: number } }
  scrollY: number
  scrollTo(x: number, y: number): void
}

/** How far the document scrolls sideways: 0 when nothing is wider than the window. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as PageWindow).document.documentElement
    return root.scrollWidth - root.clientWidth
  })

/** Scrolls the document to the given height (clamped to its bottom) and says how far it went. */
const scrollTo = (page: Page, y: number) =>
  page.evaluate((top) => {
    const w = globalThis as unknown as PageWindow
    w.scrollTo(0, top)
    return w.scrollY
  }, y)

/** The sidebar buttons that are not wholly on screen (none: the navigation stays reachable). */
async function sidebarOffScreen(page: Page): Promise<string[]> {
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('The tests set a viewport')
  const off: string[] = []
  for (const button of await page.getByRole('navigation', { name: 'Main' }).getByRole('button').all()) {
    const box = await button.boundingBox()
    const inside =
      box !== null &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height
    if (!inside) off.push((await button.textContent()) ?? '')
  }
  return off
}

test.describe('layout: no sideways scrolling at 640 and 800 px, nor at 320 CSS px (200% zoom)', () => {
  // One app per width keeps each test well inside its time limit.
  for (const width of WIDTHS) {
    test(`every dashboard page at ${width}x${HEIGHT}; the sidebar stays in view when a page is scrolled`, async ({
      page,
      app,
    }) => {
      const ctx = await app()
      await page.setViewportSize({ width, height: HEIGHT })
      await ctx.open()
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button')).toHaveCount(5)
      const longPages = new Set<string>()
      for (const state of DASHBOARD_PAGES) {
        await state.show(page, ctx)
        // Charts take their width a moment after they are drawn: the layout is checked once settled.
        await expect.soft
          .poll(() => sidewaysOverflow(page), {
            message: `${state.name}: sideways overflow in px`,
            timeout: 3000,
          })
          .toBeLessThanOrEqual(0)
        if ((await scrollTo(page, Number.MAX_SAFE_INTEGER)) > 0) longPages.add(state.name)
        expect.soft(await sidebarOffScreen(page), `${state.name}: sidebar buttons off screen`).toEqual([])
        // Tables wider than the window scroll in their own box, which must then be reachable by keyboard.
        await expectAccessible(page, state.name, ['scrollable-region-focusable'])
        await scrollTo(page, 0)
      }
      // The sidebar check proves something only on pages that scroll: these do at 600 high.
      expect([...longPages]).toEqual(expect.arrayContaining(['sessions', 'session-active', 'start-session']))
    })
  }

  test('onboarding', async ({ page, app }) => {
    const ctx = await app({ token: null })
    await showOnboarding(page, ctx)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT })
      expect
        .soft(await sidewaysOverflow(page), `onboarding at ${width}x${HEIGHT}: sideways overflow in px`)
        .toBeLessThanOrEqual(0)
    }
  })
})
