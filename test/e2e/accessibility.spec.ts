import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { test, USER_ZONE } from './fixtures'
import { DASHBOARD_PAGES, setScheme, showOnboarding } from './pages'

test.use(USER_ZONE)

/** axe on the page as shown, in the light and then the dark theme (the theme follows the system). */
async function checkBothThemes(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await setScheme(page, scheme)
    await expectAccessible(page, `${where}, ${scheme}`)
  }
}

test.describe('accessibility: axe finds no serious or critical WCAG 2.1 AA violation', () => {
  test('onboarding', async ({ page, app }) => {
    const ctx = await app({ token: null })
    await showOnboarding(page, ctx)
    await checkBothThemes(page, 'onboarding')
  })

  // Two apps for the seven pages keep each test well inside its time limit.
  const half = Math.ceil(DASHBOARD_PAGES.length / 2)
  for (const states of [DASHBOARD_PAGES.slice(0, half), DASHBOARD_PAGES.slice(half)]) {
    test(states.map((s) => s.name).join(', '), async ({ page, app }) => {
      const ctx = await app()
      await ctx.open()
      for (const state of states) {
        await state.show(page, ctx)
        await checkBothThemes(page, state.name)
      }
    })
  }
})
