/** The overview's games: each play button waits for its game's wait, and LINK's vote link is shared. */
import { expect, requestsTo, test, USER_ZONE } from './fixtures'
import { announced } from './helpers'

test.use(USER_ZONE)

test.describe('games on the overview', () => {
  test('a roll blocks Play Dice with the time left beside it, and the button keeps focus', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    // The website's rules: a wait of one hour between rolls.
    await ctx.control('rules', { game: 'DICE', action: 'UPDATE', config: { waitint: 1, waitunit: 'HOUR' } })
    await ctx.open()
    const current = page.getByRole('region', { name: 'Current session' })
    const playDice = current.getByRole('button', { name: 'Play Dice' })

    await ctx.control('play', { game: 'dice', seconds: 3600, operation: 'ADD' })
    await page.getByRole('region', { name: 'Sync' }).getByRole('button', { name: 'Refresh' }).click()
    await expect(playDice).toHaveAttribute('aria-disabled', 'true')
    await expect(playDice).toHaveAccessibleDescription(/^Dice: next roll in (1 hour|60 minutes|59 minutes)/)

    // By keyboard: Enter on the waiting button asks nothing and sends nothing; focus stays.
    await playDice.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Roll the dice?' })).toBeHidden()
    await expect(playDice).toBeFocused()
    expect(requestsTo(ctx, 'POST', 'games.php')).toEqual([])
  })

  test("LINK's vote link is shown with the votes so far, and copied by keyboard; the app never votes", async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const summary = await ctx.control<{ linkUrl: string | null }>('state', undefined, 'GET')
    expect(summary.linkUrl).not.toBeNull()
    await ctx.open()
    const link = page.getByRole('group', { name: 'Public link game' })
    await expect(link).toContainText(summary.linkUrl ?? '')
    await expect(link).toContainText(/added/)

    const copy = link.getByRole('button', { name: 'Copy vote link' })
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(announced(page)).toHaveText('Vote link copied')
    await expect(copy).toBeFocused()
    expect(ctx.harness.platform.clipboard.texts).toEqual([summary.linkUrl])
    expect(requestsTo(ctx, 'POST', 'games.php')).toEqual([])
  })
})
