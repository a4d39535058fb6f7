import type { Page } from '@playwright/test'
import { expect, formatUserDateTime, goTo, test, USER_ZONE } from './fixtures'

test.use(USER_ZONE)

const prefs = (page: Page) => page.getByRole('form', { name: 'Preferences' })
const computer = (page: Page) => page.getByRole('region', { name: 'This computer' })
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
    await expect(page.locator(`[id="${errorId}"]`)).toHaveText('At least 10 seconds')
    // The summary links to the field, and the failed save put focus on it.
    await expect(form.getByRole('alert').getByRole('link', { name: 'At least 10 seconds' })).toBeVisible()
    await expect(activeSeconds).toBeFocused()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(form.getByLabel('Discreet mode')).toBeChecked()

    await activeSeconds.fill('30')
    const save = form.getByRole('button', { name: 'Save settings' })
    await save.click()
    await expect(page.locator('[aria-live]').getByText('Settings saved', { exact: true })).toBeVisible()
    await expect(save).toBeFocused()
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
  test('launch at login is what the system says, with a note when it waits for approval or cannot', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const system = ctx.harness.platform.app
    await ctx.open()
    await goTo(page, 'Settings')
    const launch = computer(page).getByLabel('Launch at login')
    await expect(launch).not.toBeChecked()
    await expect(launch).toBeEnabled()

    await launch.check()
    await expect(launch).toBeChecked()
    expect(system.launchAtLogin).toBe(true)
    await launch.uncheck()
    await expect(launch).not.toBeChecked()
    expect(system.launchAtLogin).toBe(false)

    // macOS 13+ keeps a new login item waiting until the user allows it.
    system.platform = 'darwin'
    system.loginItems = 'approval'
    await page.reload()
    await goTo(page, 'Settings')
    await launch.press('Space')
    await expect(launch).toBeChecked()
    await expect(launch).toHaveAccessibleDescription(
      'macOS needs your approval first: open System Settings > General > Login Items and allow Chastity Tracker Companion.',
    )

    // A system that cannot: the box is off limits and says why.
    system.loginItems = 'none'
    await launch.click()
    await expect(launch).toBeDisabled()
    await expect(launch).toHaveAccessibleDescription('Only an installed copy of the app can start at login.')
  })

  test('when the system refuses notifications, Settings says so and where to allow them', async ({
    page,
    app,
  }) => {
    const ctx = await app({ pollSeconds: 2 })
    const { notifier, app: system } = ctx.harness.platform
    system.platform = 'darwin'
    notifier.refuse = 'Notifications are not allowed for this application'
    await ctx.open()
    await goTo(page, 'Settings')
    const note = computer(page).getByRole('status').filter({ hasText: 'notifications' })
    await expect(computer(page)).not.toContainText('not showing')
    await expect.poll(async () => (await ctx.harnessState()).sync.lastSyncAt).not.toBeNull()

    await fetch(`${ctx.api.url}/__control/play`, {
      method: 'POST',
      body: JSON.stringify({ game: 'dice', seconds: 86_400, operation: 'ADD' }),
    })
    await expect(note).toContainText("Your system is not showing the app's notifications.", {
      timeout: 8_000,
    })
    await expect(note).toContainText('It said: “Notifications are not allowed for this application”')
    await expect(note).toContainText(
      'open System Settings > Notifications > Chastity Tracker Companion and turn on Allow notifications',
    )
    await expect(note).toContainText('The tray and the dashboard still show every change.')
    expect((await ctx.harnessState()).notifications).toEqual([])

    // Allowed again: the next change is shown and the note goes away.
    notifier.refuse = null
    await fetch(`${ctx.api.url}/__control/play`, {
      method: 'POST',
      body: JSON.stringify({ game: 'dice', seconds: 3_600, operation: 'ADD' }),
    })
    await expect.poll(async () => (await ctx.harnessState()).notifications.length, { timeout: 8_000 }).toBe(1)
    await expect(computer(page)).not.toContainText('not showing')
  })

  test('shows where updates stand, installs one on request, and opens the logs folder', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const { updater, app: system } = ctx.harness.platform
    await ctx.open()
    await goTo(page, 'Settings')
    const section = computer(page)
    await expect(section).toContainText('This copy of the app does not check for updates.')

    await section.getByRole('button', { name: 'Open logs folder' }).click()
    await expect.poll(() => system.openedFolders).toEqual([ctx.dataDir])

    updater.report({ state: 'downloading', version: '0.2.0', percent: 42.7 })
    await expect(section).toContainText('Downloading version 0.2.0 (42%)')
    updater.report({ state: 'ready', version: '0.2.0' })
    await expect(section.getByRole('status').filter({ hasText: 'Version 0.2.0' })).toHaveText(
      'Version 0.2.0 is ready: restart to update.',
    )
    // Keyboard: the button takes focus and Enter restarts.
    await section.getByRole('button', { name: 'Restart to update' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => updater.installs).toBe(1)

    const url = 'https://github.com/ct-companion/ct-companion/releases/tag/v0.3.0'
    updater.report({ state: 'manual', version: '0.3.0', url })
    await expect(section).toContainText('Version 0.3.0 is available.')
    await section.getByRole('button', { name: 'Download version 0.3.0' }).click()
    await expect.poll(() => system.opened).toEqual([url])

    updater.report({ state: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' })
    await expect(section).toContainText(
      'The last check for updates did not work. The app will try again later.',
    )
    await expect(section).not.toContainText('ERR_INTERNET')

    const checkedAt = Date.UTC(2026, 10, 30, 8, 15)
    updater.report({ state: 'idle', checkedAt })
    await expect(section).toContainText(`Up to date (checked ${formatUserDateTime(checkedAt)}).`)
    await expect(section.getByRole('button', { name: /Restart|Download/ })).toHaveCount(0)
  })
})
