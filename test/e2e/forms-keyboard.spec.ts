/** The forms by keyboard alone: where focus goes after each step, and what is read out. */
import type { Locator, Page } from '@playwright/test'
import { collectPageErrors, expect, goTo, requestsTo, test, USER_ZONE } from './fixtures'
import { openStartForm, startForm } from './helpers'

test.use(USER_ZONE)

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el.matches(':focus'))) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** Text the window reads out: inside a live region or an alert. */
const spoken = (page: Page, text: string) =>
  page.locator('[aria-live], [role="alert"]').getByText(text, { exact: true })

/** Words only a library or the API would use. */
const NOT_PLAIN = /invalid|expected|too small|too big|nan|undefined|startdate|enddate/i

test.describe('forms by keyboard', () => {
  test('start a session: an empty submit focuses the first field, the summary links to each, and a fixed form is saved and announced', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    await ctx.open()
    await openStartForm(page)
    const form = startForm(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Start a session' })).toBeFocused()

    // During a session the form opens on its manual kind; the arrow keys change the kind.
    const live = form.getByRole('radio', { name: /^Live/ })
    const manual = form.getByRole('radio', { name: /^Manual/ })
    await expect(manual).toBeChecked()
    await tabTo(page, manual)
    await page.keyboard.press('ArrowUp')
    await expect(live).toBeChecked()
    await page.keyboard.press('ArrowDown')
    await expect(manual).toBeChecked()
    await expect(manual).toBeFocused()

    const save = form.getByRole('button', { name: 'Save session' })
    await tabTo(page, save)
    await page.keyboard.press('Enter')

    const startDate = form.getByLabel('Start date', { exact: true })
    const endDate = form.getByLabel('End date', { exact: true })
    await expect(startDate).toBeFocused()
    const summary = form.getByRole('alert')
    const links = summary.getByRole('link')
    await expect(links).toHaveText(['Enter the start date', 'Enter the end date'])
    await expect(summary).not.toContainText(NOT_PLAIN)
    await expect(startDate).toHaveAttribute('aria-invalid', 'true')
    expect(requestsTo(ctx, 'POST', 'sessions.php')).toHaveLength(0)

    // Each link of the summary moves focus to its field.
    const endLink = links.filter({ hasText: 'Enter the end date' })
    await tabTo(page, endLink, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(endDate).toBeFocused()

    // An end before the start says so, on the end.
    await endDate.fill('2025-03-01')
    await startDate.fill('2025-03-02')
    await startDate.press('Enter')
    await expect(endDate).toBeFocused()
    await expect(links).toHaveText(['The end must be after the start'])

    await endDate.fill('2025-03-04')
    await tabTo(page, save)
    await page.keyboard.press('Enter')
    await expect(spoken(page, 'Session saved')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: /^Session \d+$/ })).toBeFocused()
    expect(requestsTo(ctx, 'POST', 'sessions.php').map((r) => r.status)).toEqual([201])
    expect(errors).toEqual([])
  })

  test('start a session: while a session runs, a live start is refused with the reason beside the button, and focus stays', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await openStartForm(page)
    const form = startForm(page)
    // Opened on its manual kind during a session; the user picks a live one.
    await form.getByRole('radio', { name: /^Live/ }).check()
    const start = form.getByRole('button', { name: 'Start session' })
    await expect(start).toHaveAttribute('aria-disabled', 'true')
    const reason = form.getByText('A session is already running: stop it before starting a new one.')
    await expect(reason).toBeVisible()
    await expect(start).toHaveAccessibleDescription(/already running/)

    // Enter in a field and on the button: nothing is sent, focus does not drop to the page.
    const lockedBy = form.getByLabel('Locked by')
    await tabTo(page, lockedBy)
    await page.keyboard.type('Mistress')
    await page.keyboard.press('Enter')
    await expect(lockedBy).toBeFocused()
    await tabTo(page, start)
    await page.keyboard.press('Enter')
    await expect(start).toBeFocused()
    expect(requestsTo(ctx, 'POST', 'sessions.php')).toHaveLength(0)

    // Leaving with what was typed asks first.
    await page.getByRole('button', { name: 'Back to sessions' }).press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect(dialog).toContainText('the session you were setting up')
    await dialog.getByRole('button', { name: 'Stay on this page' }).press('Enter')
    await expect(lockedBy).toHaveValue('Mistress')
  })

  test('onboarding: an empty or refused token is read out, and focus stays on the token field', async ({
    page,
    app,
  }) => {
    const ctx = await app({ token: null })
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeFocused()
    const field = page.getByLabel('API token')
    const save = page.getByRole('button', { name: 'Save token' })

    await tabTo(page, save)
    await page.keyboard.press('Enter')
    await expect(spoken(page, 'Paste your API token first')).toBeVisible()
    await expect(field).toBeFocused()

    await page.keyboard.type('wrong-token-123456')
    await page.keyboard.press('Enter')
    const refused =
      'This token was refused by Chastity Tracker. Check that you copied it whole, or generate a new one.'
    await expect(spoken(page, refused)).toBeVisible()
    await expect(field).toBeFocused()
    await expect(field).toHaveAccessibleDescription(refused)
    await expect(field).toHaveValue('wrong-token-123456')

    // From the button too, focus goes back to the field to fix it.
    await tabTo(page, save)
    await page.keyboard.press('Enter')
    await expect(field).toBeFocused()
    await expect(spoken(page, refused)).toBeVisible()
  })

  test('settings: a refused value focuses its field; a save by keyboard is announced and keeps focus', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await goTo(page, 'Settings')
    const form = page.getByRole('form', { name: 'Preferences' })
    const seconds = form.getByLabel('While locked, every (seconds)')
    const save = form.getByRole('button', { name: 'Save settings' })

    await tabTo(page, seconds)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('5')
    await tabTo(page, save)
    await page.keyboard.press('Enter')
    await expect(seconds).toBeFocused()
    await expect(form.getByRole('alert').getByRole('link')).toHaveText(['At least 10 seconds'])

    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('30')
    await page.keyboard.press('Enter')
    await expect(spoken(page, 'Settings saved')).toBeVisible()
    await expect(seconds).toBeFocused()
    await expect(form.getByRole('alert')).toHaveCount(0)

    await form.getByLabel('Discreet mode').press('Space')
    await tabTo(page, save)
    await page.keyboard.press('Enter')
    await expect(spoken(page, 'Settings saved')).toBeVisible()
    await expect(save).toBeFocused()
    await expect(page.locator('body')).not.toBeFocused()

    // Unsaved changes: leaving asks first, and staying keeps them.
    await form.getByLabel('Discreet mode').press('Space')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Overview' })
      .press('Enter')
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect(leave).toContainText('your changes to the settings')
    await leave.getByRole('button', { name: 'Stay on this page' }).press('Enter')
    await expect(form.getByLabel('Discreet mode')).not.toBeChecked()
    await form.getByRole('button', { name: 'Undo changes' }).press('Enter')
    await expect(form.getByLabel('Discreet mode')).toBeChecked()

    // Closing the token form returns focus to the button that opened it.
    const replace = page.getByRole('button', { name: 'Replace token' })
    await replace.press('Enter')
    await page.getByRole('button', { name: 'Keep the current token' }).press('Enter')
    await expect(replace).toBeFocused()

    await page.reload()
    await goTo(page, 'Settings')
    await expect(seconds).toHaveValue('30')
    await expect(form.getByLabel('Discreet mode')).toBeChecked()
  })
})
