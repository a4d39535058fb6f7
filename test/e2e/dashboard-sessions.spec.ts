import type { Locator, Page } from '@playwright/test'
import {
  collectPageErrors,
  expect,
  expectNoReload,
  goTo,
  markDocument,
  requestsTo,
  test,
  type AppContext,
  USER_ZONE,
  userDate,
} from './fixtures'
import { mainUserRows, sessionLink, tableRows } from './helpers'

test.use(USER_ZONE)

const mainSessions = (ctx: AppContext) => mainUserRows(ctx, (state) => state.sessions)
const sessionRows = (page: Page) => tableRows(page, 'All sessions')

/** The bars recharts drew inside the durations figure. */
const bars = (page: Page): Locator =>
  page
    .getByRole('region', { name: 'Durations' })
    .locator('figure .recharts-bar-rectangle path.recharts-rectangle')

async function applyFilters(page: Page, values: Record<string, string>): Promise<void> {
  const form = page.getByRole('form', { name: 'Session filters' })
  for (const [label, value] of Object.entries(values)) {
    const field = form.getByLabel(label, { exact: true })
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption({ label: value })
    else await field.fill(value)
  }
  await form.getByRole('button', { name: 'Apply filters' }).click()
}

test.describe('dashboard: sessions', () => {
  test('lists every session with paging, filters by active, public and dates, and charts the durations', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    const all = mainSessions(ctx)
    expect(all).toHaveLength(20)
    await ctx.open()
    await goTo(page, 'Sessions')

    await expect(sessionRows(page)).toHaveCount(20)
    const pager = page.getByRole('navigation', { name: 'Sessions pages' })
    await expect(pager).toContainText('1–20 of 20')
    await expect(sessionRows(page).first()).toContainText('Active')
    await expect(sessionRows(page).first()).toContainText('Mistress')

    // Paging: 20 sessions at 20 per page is one page (the cached first page answers it).
    await page.getByLabel('Per page').selectOption('20')
    await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled()
    await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled()
    await expect(pager).toContainText('1–20 of 20')

    // The chart: one bar per session, with a height, and the summary beside it.
    const figure = page.getByRole('region', { name: 'Durations' }).locator('figure')
    await expect(figure.locator('figcaption')).toHaveText('Session durations over time')
    await expect(bars(page)).toHaveCount(20)
    for (const d of await bars(page).evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '')))
      expect(d).toMatch(/^M ?[\d.]+/)
    const durations = page.getByRole('region', { name: 'Durations' })
    await expect(durations.getByText('Longest')).toBeVisible()
    await expect(durations.getByText('Sessions', { exact: true })).toBeVisible()
    await durations.getByRole('button', { name: 'Per month' }).click()
    await expect(figure.locator('figcaption')).toHaveText('Total locked time per month')
    const months = await bars(page).count()
    expect(months).toBeGreaterThan(3)
    expect(months).toBeLessThanOrEqual(8)
    await durations.getByRole('button', { name: 'Per session' }).click()

    // Active: only the live session.
    await applyFilters(page, { Active: 'Yes' })
    await expect(sessionRows(page)).toHaveCount(1)
    await expect(sessionRows(page).first()).toContainText('Active')
    await expect(bars(page)).toHaveCount(1)

    // Public: every row says so, as many as the emulator holds.
    await applyFilters(page, { Active: 'Any', Public: 'Yes' })
    const publicCount = all.filter((s) => s.public === 1).length
    await expect(sessionRows(page)).toHaveCount(publicCount)
    await expect(sessionRows(page).locator('td:nth-child(6)')).toHaveText(Array(publicCount).fill('Yes'))
    await applyFilters(page, { Public: 'No' })
    await expect(sessionRows(page)).toHaveCount(20 - publicCount)

    // A date range: the sessions that start within it (on the user's calendar).
    const sorted = [...all].sort((a, b) => b.start - a.start)
    const from = userDate(sorted[9]?.start ?? 0)
    const to = userDate(sorted[4]?.start ?? 0)
    const inRange = all.filter((s) => userDate(s.start) >= from && userDate(s.start) <= to)
    await applyFilters(page, { Public: 'Any', From: from, To: to })
    await expect(sessionRows(page)).toHaveCount(inRange.length)
    expect(inRange.length).toBeGreaterThanOrEqual(5)
    await expect(bars(page)).toHaveCount(inRange.length)
    const last = requestsTo(ctx, 'GET', 'sessions.php').at(-1)
    expect(last?.query).toMatchObject({ from, to })

    await page
      .getByRole('form', { name: 'Session filters' })
      .getByRole('button', { name: 'Clear filters' })
      .click()
    await expect(sessionRows(page)).toHaveCount(20)
    expect(errors).toEqual([])
  })

  test('deletes inactive sessions from the list and from their page after confirming; never the active one', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    await ctx.open()
    await goTo(page, 'Sessions')
    await expect(sessionRows(page)).toHaveCount(20)
    await markDocument(page)
    await expect(
      sessionRows(page)
        .first()
        .getByRole('button', { name: /^Delete/ }),
    ).toHaveCount(0)

    const victim = mainSessions(ctx)
      .filter((s) => !s.active)
      .sort((a, b) => b.start - a.start)[2]
    if (!victim) throw new Error('The demo seed has finished sessions')
    const deleteButton = page.getByRole('button', { name: `Delete session ${victim.id}`, exact: true })

    // Cancel sends nothing.
    await deleteButton.click()
    const dialog = page.getByRole('dialog', { name: 'Delete this session?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    expect(requestsTo(ctx, 'DELETE', 'sessions.php')).toHaveLength(0)

    await deleteButton.click()
    await dialog.getByRole('button', { name: 'Delete session' }).click()
    await expect(dialog).toBeHidden()
    await expect(sessionRows(page)).toHaveCount(19)
    await expect(page.getByRole('navigation', { name: 'Sessions pages' })).toContainText('1–19 of 19')
    await expect(sessionLink(page, victim.id)).toHaveCount(0)
    await expect(bars(page)).toHaveCount(19)
    expect(requestsTo(ctx, 'DELETE', 'sessions.php')).toHaveLength(1)
    expect(ctx.api.state.sessions.has(victim.id)).toBe(false)

    // From a finished session's own page: back to the list, one fewer.
    const other = mainSessions(ctx).find((s) => !s.active)
    if (!other) throw new Error('The demo seed has finished sessions')
    await sessionLink(page, other.id).click()
    await expect(page.getByRole('region', { name: 'Finished session' })).toBeVisible()
    await page
      .getByRole('region', { name: 'Delete session' })
      .getByRole('button', { name: 'Delete session' })
      .click()
    await page
      .getByRole('dialog', { name: `Delete session ${other.id} (started` })
      .getByRole('button', { name: 'Delete session' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
    await expect(sessionRows(page)).toHaveCount(18)
    expect(ctx.api.state.sessions.has(other.id)).toBe(false)
    await expectNoReload(page)
    expect(errors).toEqual([])
  })
})
