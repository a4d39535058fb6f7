import { expect, test } from './fixtures'

/** The tray's and notifications' side of the app, watched through the harness as a user would see it. */
test.describe('tray and notifications', () => {
  test('a DICE roll by the website moves the tray within one poll and notifies once, also across a restart', async ({
    page,
    app,
  }) => {
    const ctx = await app({ pollSeconds: 2 })
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await expect.poll(async () => (await ctx.harnessState()).tray.tooltip).toMatch(/left/)
    const before = await ctx.harnessState()
    expect(before.notifications).toEqual([])

    await fetch(`${ctx.api.url}/__control/play`, {
      method: 'POST',
      body: JSON.stringify({ game: 'dice', seconds: 2 * 86_400, operation: 'ADD' }),
    })
    await expect.poll(async () => (await ctx.harnessState()).notifications.length, { timeout: 8_000 }).toBe(1)
    const after = await ctx.harnessState()
    expect(`${after.notifications[0]!.title} ${after.notifications[0]!.body}`).toMatch(/from the dice/)
    expect(after.tray.tooltip).not.toBe(before.tray.tooltip)
    // The dashboard hears of it too, without a reload.
    await expect(
      page
        .getByRole('region', { name: 'Latest schedule changes' })
        .getByRole('listitem')
        .first()
        .getByText('Dice', { exact: true }),
    ).toBeVisible()

    await page.waitForTimeout(4_500)
    expect((await ctx.harnessState()).notifications).toHaveLength(1)

    await ctx.restart()
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await page.waitForTimeout(4_500)
    expect((await ctx.harnessState()).notifications).toEqual([])
  })

  test('a roll made in the app is shown in the window and not notified by the system', async ({
    page,
    app,
  }) => {
    const ctx = await app({ pollSeconds: 2 })
    await ctx.open()
    const current = page.getByRole('region', { name: 'Current session' })
    await expect.poll(async () => (await ctx.harnessState()).tray.tooltip).toMatch(/left/)
    const before = await ctx.harnessState()

    await current.getByRole('button', { name: 'Play Dice' }).click()
    await page
      .getByRole('dialog', { name: 'Roll the dice?' })
      .getByRole('button', { name: 'Roll the dice' })
      .click()
    await expect(current.getByText(/^Dice: [+−]\d+ (minute|hour|day)s?.*New end: /)).toBeVisible()
    // The sync has seen the roll (the tray moved, the row is the latest change) ...
    await expect.poll(async () => (await ctx.harnessState()).tray.tooltip).not.toBe(before.tray.tooltip)
    const latest = page.getByRole('region', { name: 'Latest schedule changes' }).getByRole('listitem').first()
    await expect(latest.getByText('Dice', { exact: true })).toBeVisible()
    // ... and two more polls later, the system has still not been asked to show it.
    await page.waitForTimeout(4_500)
    expect((await ctx.harnessState()).notifications).toEqual([])
  })

  test('with the API down the tray keeps counting from the cache and the app says when it last synced', async ({
    page,
    app,
  }) => {
    const ctx = await app({ pollSeconds: 2 })
    await ctx.open()
    await expect(page.getByRole('timer')).toBeVisible()
    await expect.poll(async () => (await ctx.harnessState()).sync.lastSyncAt).not.toBeNull()

    // The other pages' code, loading while idle, must not be cut off by the restart below.
    await page.waitForLoadState('networkidle')
    await ctx.api.close()
    await ctx.restart()
    await ctx.open()
    await expect(page.getByText(/Offline/)).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText(/Last synced/)).toBeVisible()
    await expect(page.getByRole('timer')).toBeVisible()
    const state = await ctx.harnessState()
    expect(state.tray.tooltip).toMatch(/left/)
    expect(state.tray.tooltip).toMatch(/offline/)
    expect(state.sync.offline).toBe(true)
  })

  test('a downloaded update appears in the tray menu, and choosing it restarts into the update', async ({
    app,
  }) => {
    const ctx = await app()
    const { updater, tray } = ctx.harness.platform
    await expect.poll(async () => (await ctx.harnessState()).tray.menu).toContain('Quit')
    expect((await ctx.harnessState()).tray.menu.join()).not.toMatch(/update/i)

    updater.report({ state: 'ready', version: '0.2.0' })
    await expect
      .poll(async () => (await ctx.harnessState()).tray.menu)
      .toContain('Restart to update to 0.2.0')
    expect(tray.click('install-update')).toBe(true)
    await expect.poll(() => updater.installs).toBe(1)
  })
})
