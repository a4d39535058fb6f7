/**
 * The games in the window and the tray: each play button and tray item waits for its game's wait,
 * a game becoming ready is notified once, and LINK's vote link is shared. The tray's tests come
 * first in the file: one waits a real minute, and runs while the other worker goes on.
 */
import { formatNear } from '../../src/shared/format'
import { expect, requestsTo, test, USER_ZONE, type AppContext } from './fixtures'
import { announced } from './helpers'

test.use(USER_ZONE)

/** The tray's game items and the notifications about games, against the emulator. */
test.describe('games from the tray', () => {
  const menuItem = (state: GameState, id: string) => state.menuItems.find((m) => m.id === id)

  test('a game becoming ready notifies once and its tray item changes; a tray play changes the tray and notifies', async ({
    app,
  }) => {
    test.setTimeout(150_000)
    const ctx = await app({ pollSeconds: 2 })
    // Dice waits one minute between rolls; the website rolls now.
    await ctx.control('rules', { game: 'DICE', action: 'UPDATE', config: { waitint: 1, waitunit: 'MINUTE' } })
    await ctx.control('play', { game: 'dice', seconds: 3_600, operation: 'ADD' })
    await expect
      .poll(async () => menuItem(await gameState(ctx), 'play-dice'), { timeout: 10_000 })
      .toEqual({ kind: 'item', id: 'play-dice', label: 'Play Dice - in 1 minute', enabled: false })
    const ready = (state: GameState) => state.notifications.filter((n) => n.title === 'Dice is ready')
    expect(ready(await gameState(ctx))).toEqual([])

    // The wait ends: the item can be used, and one notification says so.
    await expect
      .poll(async () => menuItem(await gameState(ctx), 'play-dice'), { timeout: 70_000, intervals: [1_000] })
      .toMatchObject({ label: 'Play Dice now', enabled: true })
    await expect.poll(async () => ready(await gameState(ctx)), { timeout: 5_000 }).toHaveLength(1)
    expect(ready(await gameState(ctx))[0]!.body).toBe('Dice can be played now')
    await new Promise((r) => setTimeout(r, 4_500))
    expect(ready(await gameState(ctx))).toHaveLength(1)

    // Played from the tray: the service is asked as the dashboard's button would ask it.
    const before = await gameState(ctx)
    const plays = () => requestsTo(ctx, 'POST', 'games.php').length
    expect(ctx.harness.platform.tray.click('play-dice')).toBe(true)
    await expect.poll(plays).toBe(1)
    await expect
      .poll(async () => (await gameState(ctx)).notifications.filter((n) => n.title === 'Dice played'))
      .toHaveLength(1)
    const after = await gameState(ctx)
    const played = after.notifications.find((n) => n.title === 'Dice played')!
    expect(played.body).toMatch(/^Dice: \+\d+ (day|hour|minute)/)
    expect(after.tooltip).not.toBe(before.tooltip)
    expect(menuItem(after, 'play-dice')).toEqual({
      kind: 'item',
      id: 'play-dice',
      label: 'Play Dice - in 1 minute',
      enabled: false,
    })
    // The new end is the one the service answered.
    const summary = await ctx.control<{ scheduledEndUtc: string }>('state', undefined, 'GET')
    const end = Date.parse(`${summary.scheduledEndUtc.replace(' ', 'T').replace(' UTC', '')}Z`)
    expect(after.tooltip).toContain(formatUserWeekdayTime(end))
  })

  test('with a LINK game the tray offers the vote link and counts the votes; the app never votes', async ({
    app,
  }) => {
    const ctx = await app({ pollSeconds: 2 })
    const summary = await ctx.control<{ linkUrl: string | null }>('state', undefined, 'GET')
    expect(summary.linkUrl).not.toBeNull()
    await expect
      .poll(async () => menuItem(await gameState(ctx), 'copy-vote-link'), { timeout: 10_000 })
      .toMatchObject({ label: 'Copy vote link', enabled: true })
    const votesLine = async () => menuItem(await gameState(ctx), 'link-votes')
    const before = (await ctx.call('games:readiness')).link!.votes

    // Someone votes on the public page, as the website would take it.
    await ctx.control('play', { game: 'link', type: 'add' })
    await expect
      .poll(async () => (await votesLine())?.label, { timeout: 10_000 })
      .toBe(`Votes so far: ${before.added + 1} added, ${before.removed} taken off`)
    expect((await votesLine())?.enabled).toBe(false)

    expect(ctx.harness.platform.tray.click('copy-vote-link')).toBe(true)
    await expect.poll(() => ctx.harness.platform.clipboard.texts).toEqual([summary.linkUrl])
    // The dashboard gets the same view, and copies the same link.
    const view = await ctx.call('games:readiness')
    expect(view.link).toEqual({
      url: summary.linkUrl,
      votes: { added: before.added + 1, removed: before.removed },
    })
    expect(await ctx.call('games:copyVoteLink')).toBe(true)
    expect(ctx.harness.platform.clipboard.texts).toEqual([summary.linkUrl, summary.linkUrl])
    expect(requestsTo(ctx, 'POST', 'games.php')).toEqual([])
  })
})

interface GameState {
  tooltip: string
  menuItems: { kind: string; id?: string; label?: string; enabled?: boolean }[]
  notifications: { id: string; title: string; body: string }[]
}

/** The tray's items and the notifications, as the harness holds them. */
async function gameState(ctx: AppContext): Promise<GameState> {
  const response = await fetch(`${ctx.harness.url}/harness/state`)
  const state = (await response.json()) as {
    tray: Pick<GameState, 'tooltip' | 'menuItems'>
    notifications: GameState['notifications']
  }
  return { tooltip: state.tray.tooltip, menuItems: state.tray.menuItems, notifications: state.notifications }
}

/** An instant as the tray names it near now, in the harness's locale and zone ("Mon 14:00"). */
function formatUserWeekdayTime(instant: number): string {
  return formatNear(instant, Date.now(), {
    locale: process.env.CT_LOCALE ?? 'en-GB',
    timeZone: process.env.CT_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  })
}

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
