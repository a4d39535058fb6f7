import type { Page } from '@playwright/test'
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
  userDateInDays,
} from './fixtures'
import { announced, mainUserRows, tableRows } from './helpers'

test.use(USER_ZONE)

const mainOrgasms = (ctx: AppContext) => mainUserRows(ctx, (state) => state.orgasms)
const orgasmRows = (page: Page) => tableRows(page, 'All orgasms')
const pager = (page: Page) => page.getByRole('navigation', { name: 'Orgasms pages' })
const filterForm = (page: Page) => page.getByRole('form', { name: 'Orgasm filters' })
/** What the window last said (the toast at the top, read out too). */

test.describe('dashboard: orgasms', () => {
  test('lists, filters and charts the orgasms', async ({ page, app }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    const all = mainOrgasms(ctx)
    expect(all.length).toBeGreaterThan(30)
    await ctx.open()
    await goTo(page, 'Orgasms')

    await expect(orgasmRows(page)).toHaveCount(all.length)
    await expect(pager(page)).toContainText(`1–${all.length} of ${all.length}`)
    await expect(page.getByText(/^Last one: /)).toContainText(/today|1 day ago|\d+ days ago/)

    // The chart: stacked bars per month and mode, with a legend.
    const figure = page.getByRole('region', { name: 'Frequency' }).locator('figure')
    await expect(figure.locator('figcaption')).toHaveText('Orgasms per month by mode')
    const bars = figure.locator('.recharts-bar-rectangle path.recharts-rectangle')
    await expect(bars.first()).toBeVisible()
    expect(await bars.count()).toBeGreaterThan(6)
    await expect(figure.locator('.recharts-legend-wrapper')).toContainText('Ruined')

    // Mode: only that mode, as many as the emulator holds.
    await filterForm(page).getByLabel('Mode').selectOption({ label: 'Ruined' })
    await filterForm(page).getByRole('button', { name: 'Apply filters' }).click()
    const ruined = all.filter((o) => o.mode === 'ruined')
    await expect(orgasmRows(page)).toHaveCount(ruined.length)
    await expect(orgasmRows(page).locator('td:nth-child(2)')).toHaveText(Array(ruined.length).fill('Ruined'))
    await expect(page.getByText(/^Last one matching the filters: /)).toBeVisible()
    expect(requestsTo(ctx, 'GET', 'orgasms.php').some((r) => r.query.mode === 'ruined')).toBe(true)

    // Dom orgasms are never public: the form says so before asking.
    await filterForm(page).getByLabel('Mode').selectOption({ label: 'Dom' })
    await filterForm(page).getByLabel('Public').selectOption({ label: 'Yes' })
    await expect(filterForm(page).getByText('Dom orgasms are never public')).toBeVisible()
    await expect(filterForm(page).getByRole('button', { name: 'Apply filters' })).toBeDisabled()

    // Public and a date range.
    const from = userDateInDays(-60)
    const to = userDateInDays(-10)
    await filterForm(page).getByLabel('Mode').selectOption({ label: 'Any' })
    await filterForm(page).getByLabel('From').fill(from)
    await filterForm(page).getByLabel('To').fill(to)
    await filterForm(page).getByRole('button', { name: 'Apply filters' }).click()
    const matching = all.filter((o) => o.public === 1 && o.date >= from && o.date <= to)
    expect(matching.length).toBeGreaterThan(0)
    await expect(orgasmRows(page)).toHaveCount(matching.length)
    await expect(orgasmRows(page).locator('td:nth-child(5)')).toHaveText(Array(matching.length).fill('Yes'))

    await filterForm(page).getByRole('button', { name: 'Clear filters' }).click()
    await expect(orgasmRows(page)).toHaveCount(all.length)
    expect(errors).toEqual([])
  })

  test('logs two at once, edits one and deletes it, each shown without a reload', async ({ page, app }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    const before = mainOrgasms(ctx).length
    await ctx.open()
    await goTo(page, 'Orgasms')
    await markDocument(page)
    await expect(pager(page)).toContainText(`of ${before}`)

    const add = page.getByRole('form', { name: 'Add orgasm' })
    const date = userDateInDays(-1)
    await add.getByLabel('Date').fill(date)
    await add.getByLabel('Mode').selectOption({ label: 'Ruined' })
    await add.getByLabel('Type').fill('Edge session')
    await add.getByLabel('Granted by').fill('Sir Edward')
    await add.getByLabel('How many').fill('2')
    await add.getByRole('button', { name: 'Add orgasm' }).click()
    await expect(announced(page)).toHaveText('2 orgasms added')

    const created = orgasmRows(page).filter({ hasText: 'Edge session' })
    await expect(created).toHaveCount(2)
    await expect(pager(page)).toContainText(`of ${before + 2}`)
    await expect(created.first()).toContainText('Ruined')
    await expect(created.first()).toContainText('Sir Edward')
    const stored = mainOrgasms(ctx).filter((o) => o.type === 'Edge session')
    expect(stored.map((o) => ({ date: o.date, mode: o.mode, grantedby: o.grantedby }))).toEqual([
      { date, mode: 'ruined', grantedby: 'Sir Edward' },
      { date, mode: 'ruined', grantedby: 'Sir Edward' },
    ])
    expect(requestsTo(ctx, 'POST', 'orgasms.php')).toHaveLength(1)
    // The form is ready for the next one and keeps the date.
    await expect(add.getByLabel('Type')).toHaveValue('')
    await expect(add.getByLabel('Date')).toHaveValue(date)

    // Edit one of them, in a dialog on its row.
    await created.first().getByRole('button', { name: /^Edit/ }).click()
    const editor = page.getByRole('dialog', { name: /^Edit the orgasm of / })
    const edit = editor.getByRole('form', { name: 'Edit orgasm' })
    await expect(edit.getByLabel('Type')).toHaveValue('Edge session')
    await expect(edit.getByLabel('How many')).toHaveCount(0)
    await edit.getByLabel('Mode').selectOption({ label: 'Full' })
    await edit.getByLabel('Type').fill('Reward')
    await edit.getByRole('button', { name: 'Save orgasm' }).click()
    await expect(editor).toBeHidden()
    await expect(announced(page)).toHaveText('Orgasm saved')
    const edited = orgasmRows(page).filter({ hasText: 'Reward' })
    await expect(edited).toHaveCount(1)
    await expect(edited).toContainText('Full')
    await expect(created).toHaveCount(1)
    expect(mainOrgasms(ctx).filter((o) => o.type === 'Reward' && o.mode === 'full')).toHaveLength(1)
    expect(requestsTo(ctx, 'PATCH', 'orgasms.php')).toHaveLength(1)

    // Delete it, after confirming.
    await edited.getByRole('button', { name: /^Delete/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete this orgasm?' })
    await expect(dialog).toContainText(
      /^Delete this orgasm\?Delete the orgasm of .+ \(Full\)\? This cannot be undone\./,
    )
    await dialog.getByRole('button', { name: 'Delete orgasm' }).click()
    await expect(dialog).toBeHidden()
    await expect(announced(page)).toHaveText('Orgasm deleted')
    await expect(edited).toHaveCount(0)
    await expect(pager(page)).toContainText(`of ${before + 1}`)
    expect(mainOrgasms(ctx).filter((o) => o.type === 'Reward')).toHaveLength(0)
    expect(requestsTo(ctx, 'DELETE', 'orgasms.php')).toHaveLength(1)

    // Ten more make a second page of one; deleting that one steps back to the first page.
    const total = before + 1 + 10
    expect(total).toBe(51)
    await add.getByLabel('Type').fill('Batch')
    await add.getByLabel('How many').fill('10')
    await add.getByRole('button', { name: 'Add orgasm' }).click()
    await expect(announced(page)).toHaveText('10 orgasms added')
    await expect(pager(page)).toContainText(`1–50 of ${total}`)
    await pager(page).getByRole('button', { name: 'Next page' }).click()
    await expect(pager(page)).toContainText(`51–51 of ${total}`)
    await orgasmRows(page)
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click()
    await dialog.getByRole('button', { name: 'Delete orgasm' }).click()
    await expect(pager(page)).toContainText(`1–50 of ${total - 1}`)
    await expect(orgasmRows(page)).toHaveCount(50)
    await expectNoReload(page)
    expect(errors).toEqual([])
  })
})
