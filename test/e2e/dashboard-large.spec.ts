import { activeSessionRow, collectPageErrors, expect, goTo, test, USER_ZONE } from './fixtures'
import { sessionLink } from './helpers'

test.use(USER_ZONE)

test.describe('dashboard: a large account', () => {
  test('2000 sessions page and chart; a 20000-row history draws a thinned timeline', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000)
    const errors = collectPageErrors(page)
    const ctx = await app({ api: { seed: 'large', largeSessions: 2000, largeHistoryRows: 20_000 } })
    const state = ctx.api.state
    const total = [...state.sessions.values()].filter((s) => s.userId === state.mainUserId).length
    expect(total).toBe(2001)
    const active = activeSessionRow(ctx)
    if (!active) throw new Error('The large seed has an active session')
    const historyRows = state.histories.get(active.id) ?? []
    expect(historyRows.length).toBeGreaterThanOrEqual(20_000)

    await ctx.open()
    await expect(page.getByText('Time left')).toBeVisible()
    await goTo(page, 'Sessions')

    // Paging over 2001 sessions.
    const rows = page.getByRole('region', { name: 'All sessions' }).locator('tbody tr')
    const pager = page.getByRole('navigation', { name: 'Sessions pages' })
    await expect(rows).toHaveCount(50)
    await expect(pager).toContainText(`1–50 of ${total}`)
    const firstOfPage1 = await rows.first().textContent()
    await pager.getByRole('button', { name: 'Next page' }).click()
    await expect(pager).toContainText(`51–100 of ${total}`)
    await expect(rows.first()).not.toHaveText(firstOfPage1 ?? '')
    await page.getByLabel('Per page').selectOption('200')
    await expect(pager).toContainText(`1–200 of ${total}`)
    await expect(rows).toHaveCount(200)

    // The chart says it covers the first 2000 of them. 2000 bars are neither readable nor quick to
    // draw, so it groups them per month by itself (per week would still be over 300 bars).
    const durations = page.getByRole('region', { name: 'Durations' })
    const caption = durations.locator('figcaption')
    await expect(caption).toHaveText(`Total locked time per month (the first 2000 of ${total} sessions)`)
    await expect(durations.getByRole('button', { name: 'Per month' })).toHaveAttribute('aria-pressed', 'true')
    const bars = durations.locator('figure .recharts-bar-rectangle path.recharts-rectangle')
    await expect(bars.first()).toBeAttached()
    const months = await bars.count()
    expect(months).toBeGreaterThan(100)
    expect(months).toBeLessThanOrEqual(300)
    // Per session (or per week), the latest 300 bars are drawn, and the caption says so.
    await durations.getByRole('button', { name: 'Per session' }).click()
    await expect(caption).toHaveText(
      `Session durations over time, the latest 300 of 2000 sessions (the first 2000 of ${total} sessions)`,
    )
    await expect(bars).toHaveCount(300)
    await durations.getByRole('button', { name: 'Per week' }).click()
    await expect(caption).toContainText('Total locked time per week, the latest 300 of ')
    await expect(bars).toHaveCount(300)

    // The active session: thousands of changes become grouped markers on a thinned line.
    await sessionLink(page, active.id).click()
    await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeVisible()
    const figure = page.getByRole('region', { name: 'Schedule timeline' }).locator('figure')
    const changes = historyRows.filter((r) => r.type !== 'START').length
    await expect(figure.locator('figcaption')).toHaveText(
      `Scheduled end over time, ${changes} changes (grouped: too many to show one by one)`,
      { timeout: 30_000 },
    )
    const line = figure.locator('path.recharts-line-curve')
    await expect(line).toHaveCount(1)
    const segments = ((await line.getAttribute('d')) ?? '').split(/[LHV]/).length
    expect(segments).toBeGreaterThan(50)
    expect(segments).toBeLessThan(historyRows.length)
    const markers = await figure.locator('.recharts-scatter-symbol').count()
    expect(markers).toBeGreaterThan(10)
    expect(markers).toBeLessThan(1000)

    const history = page.getByRole('region', { name: 'History' })
    await expect(history.locator('tbody tr')).toHaveCount(50)
    await expect(history.getByRole('navigation', { name: 'History pages' })).toContainText(
      `1–50 of ${historyRows.length}`,
    )
    // The rule-change log shows its 300 entries a page at a time.
    const log = page.getByRole('region', { name: 'Game rule changes' })
    const ruleChanges = (state.gamesChanges.get(active.id) ?? []).length
    expect(ruleChanges).toBe(300)
    await expect(log.locator('li.audit-row')).toHaveCount(20)
    await expect(log.getByRole('navigation', { name: 'Game rule changes pages' })).toContainText(
      `1–20 of ${ruleChanges}`,
    )
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(errors).toEqual([])
  })
})
