import {
  activeSessionRow,
  collectPageErrors,
  expect,
  expectNoReload,
  markDocument,
  requestsTo,
  test,
  USER_ZONE,
} from './fixtures'

test.use(USER_ZONE)

test.describe('dashboard: overview', () => {
  test('shows the live countdown, who locked, the latest changes and the stats; Dice is played from it', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()

    const current = page.getByRole('region', { name: 'Current session' })
    await expect(current.getByText('Time left')).toBeVisible()
    const timer = current.getByRole('timer')
    // The emulator's active session ends 2 to 5 days from now.
    await expect(timer).toHaveText(/^[2-5]d \d\d:\d\d:\d\d$/)
    const first = await timer.textContent()
    await expect(timer).not.toHaveText(first ?? '', { timeout: 3000 })
    await expect(current.getByRole('progressbar', { name: 'Session progress' })).toBeVisible()
    await expect(current.getByText('Mistress')).toBeVisible()

    const changes = page.getByRole('region', { name: 'Latest schedule changes' }).getByRole('listitem')
    await expect(changes.first()).toBeVisible()
    expect(await changes.count()).toBeGreaterThan(3)
    await expect(changes.first()).toContainText(/^[+−]\d+ (second|minute|hour|day)/)

    const stats = page.getByRole('region', { name: 'Your stats' })
    await expect(stats.getByText('Tester')).toBeVisible()
    await expect(stats.getByText('Current lock time')).toBeVisible()
    await expect(page.getByText(/Last synced: .*\d{4}/)).toBeVisible()

    // Play Dice: the result is shown, and the new Dice row becomes the latest change without a reload.
    await markDocument(page)
    const active = activeSessionRow(ctx)
    if (!active) throw new Error('The demo seed has an active session')
    const endBefore = active.scheduledEnd
    const latestBefore = await changes.first().textContent()
    await current.getByRole('button', { name: 'Play Dice' }).click()
    const rollDialog = page.getByRole('dialog', { name: 'Roll the dice?' })
    await expect(rollDialog).toHaveAccessibleDescription(
      'The result changes your scheduled end and cannot be undone.',
    )
    await rollDialog.getByRole('button', { name: 'Roll the dice' }).click()
    const result = current.getByText(/^Dice: [+−]/)
    await expect(result).toContainText(/^Dice: [+−]\d+ (minute|hour|day)s?.*New end: /)
    expect(requestsTo(ctx, 'POST', 'games.php')).toHaveLength(1)
    expect(active.scheduledEnd).not.toBe(endBefore)
    const rows = ctx.api.state.histories.get(active.id) ?? []
    const newest = rows.reduce((a, b) => (b.happened > a.happened ? b : a))
    expect(newest.source).toBe('DICE')
    const amount = /^Dice: ([+−][^(.]+?)(?: \(×|\. New end)/.exec((await result.textContent()) ?? '')?.[1]
    expect(amount).toBeTruthy()
    await expect(changes.first()).not.toHaveText(latestBefore ?? '')
    await expect(changes.first().getByText('Dice', { exact: true })).toBeVisible()
    await expect(changes.first().locator('strong')).toHaveText(amount ?? '')
    await expectNoReload(page)

    await current.getByRole('button', { name: 'Open session details' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeVisible()
    expect(errors).toEqual([])
  })
})
