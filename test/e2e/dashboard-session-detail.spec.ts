import type { Page } from '@playwright/test'
import {
  activeSessionRow,
  collectPageErrors,
  expect,
  expectNoReload,
  markDocument,
  requestsTo,
  test,
  type AppContext,
  USER_ZONE,
  formatUserDateTime,
  userDate,
  userInstant,
  userTime,
} from './fixtures'
import { sessionFact, tableRows } from './helpers'

test.use(USER_ZONE)

const historyRows = (page: Page) => tableRows(page, 'History')

async function openActiveSession(page: Page, ctx: AppContext): Promise<number> {
  const active = activeSessionRow(ctx)
  if (!active) throw new Error('The demo seed has an active session')
  await ctx.open()
  await page.getByRole('button', { name: 'Open session details' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeVisible()
  return active.id
}

test.describe('dashboard: session detail', () => {
  test('draws the timeline, lists and filters the history, and shows the rule-change audit log', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    const id = await openActiveSession(page, ctx)
    const rows = ctx.api.state.histories.get(id) ?? []
    const changes = rows.filter((r) => r.type !== 'START')

    await expect(sessionFact(page, 'Locked by')).toHaveText('Mistress')
    await expect(sessionFact(page, 'Notes')).toHaveText('Locked for the holidays')
    await expect(sessionFact(page, 'End')).toHaveText('still running')

    // The timeline: the step line and one marker per change (dom actions as stars).
    const figure = page.getByRole('region', { name: 'Schedule timeline' }).locator('figure')
    await expect(figure.locator('figcaption')).toHaveText(
      `Scheduled end over time, ${changes.length} changes`,
    )
    const line = figure.locator('path.recharts-line-curve')
    await expect(line).toHaveCount(1)
    expect((await line.getAttribute('d'))?.length).toBeGreaterThan(100)
    await expect(figure.locator('.recharts-scatter-symbol')).toHaveCount(changes.length)
    const domCount = changes.filter((r) => r.dom === 1).length
    expect(domCount).toBeGreaterThan(0)
    await expect(figure.locator('.recharts-scatter-symbol polygon')).toHaveCount(domCount)
    const legend = figure.getByRole('list', { name: 'Legend' })
    for (const source of ['Dice', 'Public link', 'Luck', 'Penalty', 'Dom', 'By hand'])
      await expect(legend.getByText(source, { exact: true })).toBeVisible()
    await expect(legend.getByText('★ by dom')).toBeVisible()

    // History rows, 50 a page.
    const history = page.getByRole('region', { name: 'History' })
    await expect(historyRows(page)).toHaveCount(50)
    const pages = history.getByRole('navigation', { name: 'History pages' })
    await expect(pages).toContainText(`1–50 of ${rows.length}`)
    await pages.getByRole('button', { name: 'Next page' }).click()
    await expect(pages).toContainText(`51–100 of ${rows.length}`)

    // Filters narrow the rows, asked of the emulator.
    const filters = history.getByRole('form', { name: 'History filters' })
    await filters.getByLabel('Source').selectOption('DICE')
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    const dice = rows.filter((r) => r.source === 'DICE')
    await expect(historyRows(page)).toHaveCount(dice.length)
    await expect(historyRows(page).locator('td:nth-child(4)')).toHaveText(Array(dice.length).fill('Dice'))
    await expect(pages).toHaveCount(0)
    expect(requestsTo(ctx, 'GET', 'histories.php').some((r) => r.query.source === 'DICE')).toBe(true)

    // "Happened from", typed on the user's wall clock, is asked of the emulator in UTC.
    await filters.getByLabel('Source').selectOption('')
    const middle = [...rows].sort((a, b) => a.happened - b.happened)[Math.floor(rows.length / 2)]
    const from = Math.ceil((middle?.happened ?? 0) / 60_000) * 60_000
    await filters.getByLabel('Happened from').fill(`${userDate(from)}T${userTime(from)}`)
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    const later = rows.filter((r) => r.happened >= from)
    await expect(pages).toContainText(`1–50 of ${later.length}`)
    expect(requestsTo(ctx, 'GET', 'histories.php').at(-1)?.query.from).toBe(
      new Date(from).toISOString().slice(0, 19).replace('T', ' '),
    )
    await filters.getByLabel('Happened from').fill('')
    await filters.getByLabel('By dom').selectOption({ label: 'Yes' })
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    const byDom = rows.filter((r) => r.dom === 1)
    await expect(historyRows(page)).toHaveCount(byDom.length)
    await expect(historyRows(page).locator('td:nth-child(5)')).toHaveText(Array(byDom.length).fill('Yes'))
    await filters.getByLabel('Type').selectOption('SUB')
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    const domSubs = byDom.filter((r) => r.type === 'SUB')
    expect(domSubs.length).toBeGreaterThan(0)
    expect(domSubs.length).toBeLessThan(byDom.length)
    await expect(historyRows(page)).toHaveCount(domSubs.length)
    await expect(historyRows(page).locator('td:nth-child(2)')).toHaveText(
      Array(domSubs.length).fill('Removed'),
    )
    await filters.getByRole('button', { name: 'Clear filters' }).click()
    await expect(historyRows(page)).toHaveCount(50)

    // The audit log: who, what changed, and the raw configs on demand.
    const audit = page.getByRole('region', { name: 'Game rule changes' })
    const auditRows = ctx.api.state.gamesChanges.get(id) ?? []
    const entries = audit.locator('li.audit-row')
    await expect(entries).toHaveCount(auditRows.length)
    const update = entries.filter({ hasText: /Dice\s+changed the rules/ }).first()
    await expect(update).toContainText('Mistress')
    await expect(update.locator('ul.diff li').first()).toContainText('→')
    await expect(update.getByRole('heading', { name: 'Before' })).toHaveCount(0)
    await update.getByRole('button', { name: 'Show raw' }).click()
    await expect(update.getByRole('button', { name: 'Hide raw' })).toHaveAttribute('aria-expanded', 'true')
    const [before, after] = await update
      .locator('pre')
      .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? 'null') as unknown))
    expect(before).toEqual(expect.objectContaining({ dices: expect.any(Number) }))
    expect(after).toEqual(expect.objectContaining({ dices: expect.any(Number) }))
    expect(after).not.toEqual(before)
    await update.getByRole('button', { name: 'Hide raw' }).click()
    await expect(update.locator('pre')).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('shows a rule change whose values are an object or a list readably, as key: value lines', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    // A change the website may log although the docs show only plain values, and a field they never name.
    await ctx.control('raw-row', {
      table: 'games_changes',
      fields: {
        dom_nick: 'Lady Odd',
        changes: [
          { label: 'Penalty', from: null, to: { min: 2, addint: 1, addunit: 'DAY', always: 1 } },
          { label: 'Units', from: ['HOUR'], to: ['HOUR', 'DAY'] },
        ],
        extra: { note: 'unknown field' },
      },
    })
    const id = await openActiveSession(page, ctx)

    const audit = page.getByRole('region', { name: 'Game rule changes' })
    const odd = audit.locator('li.audit-row').filter({ hasText: 'Lady Odd' })
    await expect(odd).toHaveCount(1)
    const lines = odd.locator('ul.diff > li')
    await expect(lines).toHaveCount(2)
    await expect(lines.nth(0)).toContainText('Penalty: — →')
    await expect(lines.nth(0).locator('ul.json-value > li')).toHaveText([
      'Fewer plays than: 2',
      'Time added: 1',
      'Unit of time added: days',
      'Always: 1',
    ])
    await expect(lines.nth(1)).toHaveText('Units: hours → hours, days')
    await expect(audit).not.toContainText('[object Object]')
    await expect(audit).not.toContainText('{"min"')
    // The rest of the log is still there.
    await expect(audit.locator('li.audit-row')).toHaveCount((ctx.api.state.gamesChanges.get(id) ?? []).length)
  })

  test('edits the live session (notes, locked by, scheduled end, no scheduled end) and stops it', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    const id = await openActiveSession(page, ctx)
    const row = ctx.api.state.sessions.get(id)
    if (!row) throw new Error('no session')
    await markDocument(page)
    const form = page.getByRole('form', { name: 'Edit session' })

    await form.getByLabel('Notes').fill('Key with the neighbour')
    await form.getByLabel('Locked by').fill('Sir Edward')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
    await expect(sessionFact(page, 'Notes')).toHaveText('Key with the neighbour')
    await expect(sessionFact(page, 'Locked by')).toHaveText('Sir Edward')
    expect(row.notes).toBe('Key with the neighbour')
    expect(row.lockedby).toBe('Sir Edward')
    // Only the changed fields were sent.
    expect(requestsTo(ctx, 'PATCH', 'sessions.php')).toHaveLength(1)
    await expect(form.getByLabel('Notes')).toHaveValue('Key with the neighbour')

    // A new scheduled end, typed on the user's wall clock.
    const historyBefore = (ctx.api.state.histories.get(id) ?? []).length
    const day = userDate((row.scheduledEnd ?? Date.now()) + 3 * 86_400_000)
    const newEnd = userInstant(day, '18:30')
    await form.getByLabel('Scheduled end date').fill(day)
    await form.getByLabel('Scheduled end time').fill('18:30')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect.poll(() => row.scheduledEnd).toBe(newEnd)
    await expect(sessionFact(page, 'Scheduled end')).toHaveText(formatUserDateTime(newEnd))
    await expect(sessionFact(page, 'Scheduled end')).toContainText('6:30 PM')
    // The move is a row set by hand in the history, shown without a reload.
    expect((ctx.api.state.histories.get(id) ?? []).length).toBe(historyBefore + 1)
    await expect(historyRows(page).first().locator('td:nth-child(4)')).toHaveText('By hand')
    await expect(page.getByRole('region', { name: 'Schedule timeline' }).locator('figcaption')).toContainText(
      `${historyBefore} changes`,
    )

    // Removing the end asks first, naming what it does.
    await form.getByRole('button', { name: 'Remove scheduled end' }).click()
    const removeDialog = page.getByRole('dialog', { name: 'Remove the scheduled end?' })
    await expect(removeDialog).toHaveAccessibleDescription(
      'The session will have no end date and the countdown stops.',
    )
    await removeDialog.getByRole('button', { name: 'Remove the end' }).click()
    await expect(page.getByText('Scheduled end removed', { exact: true })).toBeVisible()
    await expect(sessionFact(page, 'Scheduled end')).toHaveText('none')
    expect(row.scheduledEnd).toBeNull()
    await expect(form.getByLabel('Scheduled end date')).toHaveValue('')
    await expect(form.getByRole('button', { name: 'Remove scheduled end' })).toHaveCount(0)

    // Stop now.
    const stop = page.getByRole('form', { name: 'Stop session' })
    await expect(stop.getByLabel('Now')).toBeChecked()
    await stop.getByRole('button', { name: 'Stop session' }).click()
    const stopDialog = page.getByRole('dialog', { name: 'Stop now?' })
    await expect(stopDialog).toHaveAccessibleDescription('The session ends and cannot be restarted.')
    await stopDialog.getByRole('button', { name: 'Stop session' }).click()
    await expect(page.getByRole('region', { name: 'Finished session' })).toBeVisible()
    await expect(sessionFact(page, 'End')).toHaveText(/\d{4}, \d{1,2}:\d\d [AP]M/)
    await expect(page.getByRole('form', { name: 'Stop session' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Delete session' })).toBeVisible()
    expect(row.active).toBe(false)
    expect(row.end).not.toBeNull()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Overview' }).click()
    await expect(page.getByText('You are not locked right now.')).toBeVisible()
    await expectNoReload(page)
    expect(errors).toEqual([])
  })
})
