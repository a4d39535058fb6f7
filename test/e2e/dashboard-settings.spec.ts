import type { Page } from '@playwright/test'
import { expect, goTo, test, USER_ZONE } from './fixtures'

test.use(USER_ZONE)

const prefs = (page: Page) => page.getByRole('form', { name: 'Preferences' })
const tokenFact = (page: Page, term: string) =>
  page.getByRole('region', { name: 'API token' }).locator(`dt:text-is("${term}") + dd`)

async function expectSavedValues(page: Page): Promise<void> {
  const form = prefs(page)
  await expect(form.getByLabel('Dice rolls')).not.toBeChecked()
  await expect(form.getByLabel('Penalties')).toBeChecked()
  await expect(form.getByLabel('Discreet mode')).toBeChecked()
  await expect(form.getByLabel('Quiet hours', { exact: true })).toBeChecked()
  await expect(form.getByLabel('Quiet hours start')).toHaveValue('22:00')
  await expect(form.getByLabel('Quiet hours end')).toHaveValue('07:00')
  await expect(form.getByLabel('While locked, every (seconds)')).toHaveValue('30')
  await expect(form.getByLabel('Tray shows')).toHaveValue('endTime')
  await expect(form.getByLabel('Show seconds')).toHaveValue('always')
  await expect(form.getByLabel('Theme')).toHaveValue('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
}

test.describe('dashboard: settings', () => {
  test('shows the token status; saved preferences apply at once and survive a reload and a restart', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await expect(page.getByText('Time left')).toBeVisible()
    await goTo(page, 'Settings')

    await expect(tokenFact(page, 'Status')).toHaveText('Working')
    await expect(tokenFact(page, 'Account')).toHaveText('Tester')
    await expect(tokenFact(page, 'Permission')).toHaveText('Not known yet')
    await expect(page.getByRole('region', { name: 'About' })).toContainText(ctx.api.url)
    // The token itself is never in the page.
    expect(await page.content()).not.toContain('dev-token')

    const form = prefs(page)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect((await ctx.harnessState()).tray.title).not.toMatch(/^Ends /)
    await form.getByLabel('Dice rolls').uncheck()
    await form.getByLabel('Discreet mode').check()
    await form.getByLabel('Quiet hours', { exact: true }).check()
    await form.getByLabel('Quiet hours start').fill('22:00')
    await form.getByLabel('Quiet hours end').fill('07:00')
    await form.getByLabel('Tray shows').selectOption({ label: 'End time' })
    await form.getByLabel('Show seconds').selectOption({ label: 'Always' })
    await form.getByLabel('Theme').selectOption({ label: 'Dark' })

    // A value the settings schema refuses: the message is next to the field and nothing is saved.
    const activeSeconds = form.getByLabel('While locked, every (seconds)')
    await activeSeconds.fill('5')
    await form.getByRole('button', { name: 'Save settings' }).click()
    await expect(form.getByRole('alert')).toContainText('Some fields need attention')
    await expect(activeSeconds).toHaveAttribute('aria-invalid', 'true')
    const describedBy = await activeSeconds.getAttribute('aria-describedby')
    const errorId = describedBy?.split(' ').find((idRef) => idRef.endsWith('-error'))
    await expect(page.locator(`[id="${errorId}"]`)).toContainText(/10/)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(form.getByLabel('Discreet mode')).toBeChecked()

    await activeSeconds.fill('30')
    await form.getByRole('button', { name: 'Save settings' }).click()
    await expect(form.getByRole('status')).toHaveText('Settings saved.')
    await expect(form.getByRole('alert')).toHaveCount(0)
    await expectSavedValues(page)
    // The tray follows the new display setting.
    await expect.poll(async () => (await ctx.harnessState()).tray.title).toMatch(/^Ends /)

    await page.reload()
    await goTo(page, 'Settings')
    await expectSavedValues(page)

    // Kept on disk: a new app process over the same data directory reads them back.
    await ctx.restart()
    await ctx.open()
    await goTo(page, 'Settings')
    await expectSavedValues(page)

    // Undo puts back what is saved.
    await prefs(page).getByLabel('Discreet mode').uncheck()
    await prefs(page).getByRole('button', { name: 'Undo changes' }).click()
    await expect(prefs(page).getByLabel('Discreet mode')).toBeChecked()
  })
})
