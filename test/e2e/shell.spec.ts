/** What every page shares: arriving on a page, the connection banner, and writes blocked with a reason. */
import { TOKEN } from '../../tools/app'
import { expect, goTo, test, USER_ZONE } from './fixtures'

test.use(USER_ZONE)

const PRODUCT = 'Chastity Tracker Companion'

test.describe('the window shell', () => {
  test('arriving on a page puts focus on its heading and names the window after it', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused()
    await expect(page).toHaveTitle(`Overview – ${PRODUCT}`)

    // By keyboard: the navigation's buttons, then Enter.
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('button', { name: 'Orgasms' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Orgasms' })).toBeFocused()
    await expect(page).toHaveTitle(`Orgasms – ${PRODUCT}`)

    await goTo(page, 'Sessions')
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeFocused()
    await expect(page).toHaveTitle(`Sessions – ${PRODUCT}`)
  })

  test('offline: every page says so, shows the saved data and blocks changes with the reason', async ({
    page,
    app,
  }) => {
    const ctx = await app({ pollSeconds: 1 })
    await ctx.open()
    await goTo(page, 'Sessions')
    await expect(page.getByRole('table').first()).toBeVisible()
    ctx.api.faults.set({ dropConnection: {} })

    const banner = page.locator('.connection-banner > [aria-live]')
    await expect(banner).toContainText('Offline: Chastity Tracker cannot be reached', { timeout: 15_000 })
    await expect(page.getByRole('table').first()).toBeVisible()
    for (const name of ['Orgasms', 'Settings', 'Overview']) {
      await goTo(page, name)
      await expect(banner).toContainText('Offline')
    }
    await goTo(page, 'Orgasms')
    await expect(page.getByRole('note')).toHaveText(
      'You are offline: changes can be made once Chastity Tracker can be reached again.',
    )

    ctx.api.faults.clear()
    await expect(banner).toBeEmpty({ timeout: 15_000 })
    await expect(page.getByRole('note')).toHaveCount(0)
  })

  test('a token refused while in use keeps the saved dashboard, with the token form above it', async ({
    page,
    app,
  }) => {
    const ctx = await app({ pollSeconds: 1 })
    await ctx.open()
    await goTo(page, 'Sessions')
    const rows = page.getByRole('table').first().locator('tbody tr')
    await expect(rows.first()).toBeVisible()
    const shown = await rows.count()

    await ctx.control('revoke', { token: TOKEN })
    const banner = page.locator('.connection-banner > [aria-live]')
    await expect(banner).toContainText('no longer accepts your API token', { timeout: 15_000 })
    // Not the welcome page: the list is still there, and changes say why they cannot be made.
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
    await expect(rows).toHaveCount(shown)
    await expect(page.getByRole('note')).toHaveText(
      'Your token was refused: set a new token to make changes.',
    )

    const state = ctx.api.state
    state.tokens.set('a-new-token', { userId: state.mainUserId, write: true })
    const form = page.getByRole('region', { name: 'New API token' })
    await form.getByLabel('API token').fill('a-new-token')
    await form.getByRole('button', { name: 'Save the new token' }).click()
    await expect(form).toHaveCount(0)
    await expect(banner).toBeEmpty()
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
  })
})
