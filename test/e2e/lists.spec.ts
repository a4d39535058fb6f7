/**
 * The lists by keyboard only: each step is a key press on a focused control, and each checks
 * where focus went.
 */
import type { Locator, Page } from '@playwright/test'
import { activeSessionRow, expect, goTo, requestsTo, test, USER_ZONE } from './fixtures'
import { announced, mainUserRows, sessionLink, tableRows } from './helpers'

test.use(USER_ZONE)

const sessionRows = (page: Page) => tableRows(page, 'All sessions')
const listHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true })
/** The window's scroll position (the test runs under node's types: no DOM globals). */
type Scrolling = { scrollY: number; scrollBy: (x: number, y: number) => void }
const scrollY = (page: Page) => page.evaluate(() => (globalThis as unknown as Scrolling).scrollY)

/** Moves focus to a control and presses a key on it, as Tab then the key would. */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus()
  await expect(control).toBeFocused()
  await control.press(key)
}

/** A sidebar page, by keyboard. */
async function openPage(page: Page, name: string): Promise<void> {
  await press(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }))
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
}

/** A finished session's length as the dashboard rounds it for a question: its largest unit. */
function lengthText(s: { start: number; end: number | null }): string {
  const minutes = Math.floor(((s.end ?? s.start) - s.start) / 60_000)
  const [n, unit] =
    minutes >= 1440
      ? [Math.floor(minutes / 1440), 'day']
      : minutes >= 60
        ? [Math.floor(minutes / 60), 'hour']
        : [minutes, 'minute']
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

const rowOf = (page: Page, sessionId: number) =>
  sessionRows(page).filter({
    has: sessionLink(page, sessionId),
  })

test.describe('lists by keyboard', () => {
  test('a session list comes back on the page, filters and scroll it was left at; a page number jumps there', async ({
    page,
    app,
  }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width: 1000, height: 600 })
    const ctx = await app({ api: { seed: 'large', largeSessions: 150, largeHistoryRows: 200 } })
    const finished = mainUserRows(ctx, (s) => s.sessions).filter((s) => !s.active)
    expect(finished).toHaveLength(150)
    await ctx.open()
    await expect(page.getByText('Time left')).toBeVisible()
    await openPage(page, 'Sessions')

    const filters = page.getByRole('form', { name: 'Session filters' })
    await filters.getByLabel('Per page').selectOption('20')
    await filters.getByLabel('Active').selectOption({ label: 'No' })
    await press(filters.getByRole('button', { name: 'Apply filters' }))
    const pager = page.getByRole('navigation', { name: 'Sessions pages' })
    await expect(pager).toContainText('1–20 of 150')

    // Next page twice: each time the list's heading takes focus, in view.
    const heading = listHeading(page, 'All sessions')
    for (const shown of ['21–40 of 150', '41–60 of 150']) {
      await press(pager.getByRole('button', { name: 'Next page' }))
      await expect(pager).toContainText(shown)
      await expect(heading).toBeFocused()
      await expect(heading).toBeInViewport()
    }
    await expect(sessionRows(page)).toHaveCount(20)

    // Scrolled down to the fifth row, the user opens it.
    const pickId = Number(await sessionRows(page).nth(4).getAttribute('data-row-id'))
    await rowOf(page, pickId).scrollIntoViewIfNeeded()
    await page.evaluate(() => (globalThis as unknown as Scrolling).scrollBy(0, 120))
    const leftAt = await scrollY(page)
    expect(leftAt).toBeGreaterThan(200)
    await press(sessionLink(page, pickId))
    await expect(page.getByRole('heading', { level: 1, name: `Session ${pickId}` })).toBeFocused()

    // Back: the same page, filters and per-page, scrolled where it was.
    await press(page.getByRole('button', { name: 'Back to sessions' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeFocused()
    await expect(pager).toContainText('41–60 of 150')
    await expect(filters.getByLabel('Active')).toHaveValue('0')
    await expect(filters.getByLabel('Per page')).toHaveValue('20')
    await expect.poll(() => scrollY(page)).toBe(leftAt)
    await expect(rowOf(page, pickId)).toBeInViewport()

    // And after another page of the window.
    await openPage(page, 'Orgasms')
    await openPage(page, 'Sessions')
    await expect(pager).toContainText('41–60 of 150')
    await expect(filters.getByLabel('Active')).toHaveValue('0')

    // The page number: a wrong one is explained and keeps focus; a right one goes there.
    const number = pager.getByRole('spinbutton', { name: 'Page' })
    await expect(pager).toContainText('of 8')
    await expect(number).toHaveValue('3')
    await number.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('9')
    await page.keyboard.press('Enter')
    await expect(pager.getByRole('alert')).toHaveText('Enter a whole number from 1 to 8.')
    await expect(number).toBeFocused()
    await expect(number).toHaveAttribute('aria-invalid', 'true')
    await expect(pager).toContainText('41–60 of 150')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('7')
    await page.keyboard.press('Enter')
    await expect(pager).toContainText('121–140 of 150')
    await expect(heading).toBeFocused()
    await expect(pager.getByRole('alert')).toHaveCount(0)

    // The last page: "Next page" says it cannot go on, and keeps focus when pressed.
    await press(pager.getByRole('button', { name: 'Next page' }))
    await expect(pager).toContainText('141–150 of 150')
    const next = pager.getByRole('button', { name: 'Next page' })
    await press(next)
    await expect(next).toBeFocused()
    await expect(next).toHaveAttribute('aria-disabled', 'true')
    await expect(pager).toContainText('141–150 of 150')
  })

  test('deleting a session asks naming it, announces it and leaves focus on the next row, or the one before the last', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await openPage(page, 'Sessions')
    await expect(sessionRows(page)).toHaveCount(20)
    const newestFirst = mainUserRows(ctx, (s) => s.sessions).sort((a, b) => b.start - a.start)
    const victim = newestFirst[3]
    const following = newestFirst[4]
    if (!victim || !following) throw new Error('The demo seed has 20 sessions')

    await press(page.getByRole('button', { name: `Delete session ${victim.id}`, exact: true }))
    const dialog = page.getByRole('dialog', { name: 'Delete this session?' })
    const started = new Intl.DateTimeFormat(USER_ZONE.locale, {
      dateStyle: 'medium',
      timeZone: USER_ZONE.timezoneId,
    }).format(victim.start)
    await expect(dialog.getByText(/^Delete the session started /)).toHaveText(
      `Delete the session started ${started} (${lengthText(victim)})? Its history is deleted too. This cannot be undone.`,
    )
    // The safe answer has focus; Escape keeps the session.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: `Delete session ${victim.id}`, exact: true })).toBeFocused()
    expect(requestsTo(ctx, 'DELETE', 'sessions.php')).toHaveLength(0)

    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: 'Delete session' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(announced(page)).toHaveText('Session deleted')
    await expect(sessionRows(page)).toHaveCount(19)
    await expect(rowOf(page, following.id)).toBeFocused()
    expect(ctx.api.state.sessions.has(victim.id)).toBe(false)

    // The last row: focus goes to the one before it.
    const oldest = newestFirst.at(-1)
    const beforeOldest = newestFirst.at(-2)
    if (!oldest || !beforeOldest) throw new Error('The demo seed has 20 sessions')
    await press(page.getByRole('button', { name: `Delete session ${oldest.id}`, exact: true }))
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(sessionRows(page)).toHaveCount(18)
    await expect(rowOf(page, beforeOldest.id)).toBeFocused()
    await expect(announced(page)).toHaveText('Session deleted')
  })

  test('"Start a session" stays focusable during a session and says why it cannot be used; a past one can be logged', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    expect(activeSessionRow(ctx)).toBeDefined()
    await ctx.open()
    await openPage(page, 'Sessions')
    const start = page.getByRole('button', { name: 'Start a session' })
    await expect(start).toHaveAttribute('aria-disabled', 'true')
    await expect(start).toHaveAccessibleDescription('You are in a session already: stop it first.')
    await press(start)
    await expect(start).toBeFocused()
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
    // A finished session can still be logged.
    await press(page.getByRole('button', { name: 'Log a past session' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Start a session' })).toBeFocused()
    // On its manual kind, and nothing to lose yet: back to the list without a question.
    await expect(page.getByRole('radio', { name: /^Manual/ })).toBeChecked()
    await goTo(page, 'Sessions')
  })

  test('an orgasm is edited in a dialog on its row: focus goes back to its Edit button, and Escape keeps it as it was', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await openPage(page, 'Orgasms')
    const rows = tableRows(page, 'All orgasms')
    await expect(rows.first()).toBeVisible()
    const row = rows.nth(2)
    const editButton = row.getByRole('button', { name: /^Edit orgasm of / })

    await press(editButton)
    const editor = page.getByRole('dialog', { name: /^Edit the orgasm of / })
    await expect(editor.getByLabel('Date')).toBeFocused()
    const type = editor.getByLabel('Type')
    await type.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Changed by keyboard')
    await page.keyboard.press('Escape')
    await expect(editor).toBeHidden()
    await expect(editButton).toBeFocused()
    expect(requestsTo(ctx, 'PATCH', 'orgasms.php')).toHaveLength(0)

    await page.keyboard.press('Enter')
    await expect(editor.getByLabel('Date')).toBeFocused()
    await expect(type).not.toHaveValue('Changed by keyboard')

    // Unsaved changes: leaving (here, "Open dashboard" in the tray) asks first; staying keeps them.
    await type.focus()
    await page.keyboard.type(' and more')
    expect(ctx.harness.platform.tray.click('open')).toBe(true)
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect(leave).toContainText('your changes to this orgasm will be lost')
    await expect(leave.getByRole('button', { name: 'Stay on this page' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(leave).toBeHidden()
    await expect(type).toBeFocused()
    await expect(type).toHaveValue(/ and more$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Orgasms' })).toBeVisible()
    await type.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Changed by keyboard')
    await page.keyboard.press('Enter')
    await expect(editor).toBeHidden()
    await expect(announced(page)).toHaveText('Orgasm saved')
    await expect(row).toContainText('Changed by keyboard')
    await expect(editButton).toBeFocused()
    expect(requestsTo(ctx, 'PATCH', 'orgasms.php')).toHaveLength(1)

    // Deleting it by keyboard: named, announced, focus on the row that took its place.
    const afterIt = await rows.nth(3).getAttribute('data-row-id')
    await press(row.getByRole('button', { name: /^Delete orgasm of / }))
    const dialog = page.getByRole('dialog', { name: 'Delete this orgasm?' })
    await expect(dialog).toContainText(/Delete the orgasm of [A-Z][a-z]{2} \d{1,2}, \d{4} \(\w+\)\?/)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(announced(page)).toHaveText('Orgasm deleted')
    await expect(page.locator(`tr[data-row-id="${afterIt ?? ''}"]`)).toBeFocused()
  })

  test('the rule-change log of a long session is paged, in plain words, and it and the history keep their pages', async ({
    page,
    app,
  }) => {
    test.setTimeout(90_000)
    const ctx = await app({
      api: { seed: 'large', largeSessions: 5, largeHistoryRows: 200, largeGamesChanges: 45 },
    })
    const active = activeSessionRow(ctx)
    if (!active) throw new Error('The large seed has an active session')
    await ctx.open()
    await openPage(page, 'Sessions')
    await press(sessionLink(page, active.id))
    await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeFocused()

    const log = page.getByRole('region', { name: 'Game rule changes' })
    const entries = log.locator('li.audit-row')
    const pager = log.getByRole('navigation', { name: 'Game rule changes pages' })
    await expect(entries).toHaveCount(20)
    await expect(pager).toContainText('1–20 of 45')
    await expect(log).toContainText('Number of dice')
    await expect(log).not.toContainText('# of dice')
    await expect(log).not.toContainText('DICE')

    await press(pager.getByRole('button', { name: 'Next page' }))
    await expect(pager).toContainText('21–40 of 45')
    await expect(log.getByRole('heading', { name: 'Game rule changes' })).toBeFocused()
    await press(pager.getByRole('button', { name: 'Next page' }))
    await expect(pager).toContainText('41–45 of 45')
    await expect(entries).toHaveCount(5)

    // The history too keeps its page.
    const history = page.getByRole('region', { name: 'History' })
    const historyPager = history.getByRole('navigation', { name: 'History pages' })
    await expect(historyPager).toContainText('1–50 of 200')
    await press(historyPager.getByRole('button', { name: 'Next page' }))
    await expect(historyPager).toContainText('51–100 of 200')
    await expect(history.getByRole('heading', { name: 'History' })).toBeFocused()

    await press(page.getByRole('button', { name: 'Back to sessions' }))
    await press(sessionLink(page, active.id))
    await expect(pager).toContainText('41–45 of 45')
    await expect(historyPager).toContainText('51–100 of 200')
  })
})
