import { formatNear } from '../../src/shared/format'
import { expect, requestsTo, test, type AppContext } from './fixtures'

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
