import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, goTo, test, USER_ZONE, type AppContext } from './fixtures'

test.use(USER_ZONE)

const section = (page: Page) => page.getByRole('region', { name: 'Your data' })
const exportButton = (page: Page) => section(page).getByRole('button', { name: /^Export/ })

/** What the large seed holds for the main user, as the result's words count it. */
function expectedCounts(ctx: AppContext) {
  const { state } = ctx.api
  const sessions = [...state.sessions.values()].filter((s) => s.userId === state.mainUserId)
  const rows = (table: Map<number, unknown[]>) =>
    sessions.reduce((n, s) => n + (table.get(s.id)?.length ?? 0), 0)
  const orgasms = [...state.orgasms.values()].filter((o) => o.userId === state.mainUserId).length
  const n = (value: number) => value.toLocaleString('en-US')
  return `${n(sessions.length)} sessions, ${n(rows(state.histories))} history rows, ${n(rows(state.gamesChanges))} rule changes and ${n(orgasms)} orgasms`
}

/** The large seed, its export slowed down so each step can be seen, into a new folder. */
async function openSettings(page: Page, app: (o?: { api: { seed: 'large' } }) => Promise<AppContext>) {
  const ctx = await app({ api: { seed: 'large' } })
  const folder = await mkdtemp(join(tmpdir(), 'ct-e2e-export-'))
  ctx.harness.platform.dialogs.folder = folder
  await ctx.open()
  await expect(page.getByText('Time left')).toBeVisible()
  await ctx.control('faults', { latencyMs: 250 })
  await goTo(page, 'Settings')
  return { ctx, folder }
}

test.describe('dashboard: export', () => {
  test('exports the large seed whole: progress in words, then what was written and where', async ({
    page,
    app,
  }) => {
    const { ctx, folder } = await openSettings(page, app)
    try {
      await exportButton(page).click()
      const bar = section(page).getByRole('progressbar', { name: 'Export progress' })
      await expect(bar).toBeVisible()
      await expect(section(page)).toContainText(/Sessions: [\d,]+ of 2,001/)
      await expect(bar).toHaveAttribute('aria-valuetext', /Sessions|Orgasms|Histories|Writing/)
      await expect(section(page).getByRole('button', { name: 'Cancel export' })).toBeVisible()

      const words = new RegExp(
        `^Exported ${expectedCounts(ctx)} to ${folder.replaceAll('/', '\\/')}\\/chastity-tracker-export-`,
      )
      await expect(section(page).getByText(words)).toBeVisible({ timeout: 30_000 })
      await expect(page.locator('.toast-success')).toHaveText(words)
      await expect(bar).toBeHidden()
      await expect(section(page).getByRole('button', { name: 'Cancel export' })).toBeHidden()

      // The files are in the folder the dialog answered.
      const [made] = await readdir(folder)
      expect(made).toMatch(/^chastity-tracker-export-\d{4}-\d{2}-\d{2}-\d{6}$/)
      expect((await readdir(join(folder, made!))).sort()).toEqual([
        'chastity-tracker-export.json',
        'games_changes.csv',
        'histories.csv',
        'orgasms.csv',
        'sessions.csv',
      ])
      const doc = JSON.parse(await readFile(join(folder, made!, 'chastity-tracker-export.json'), 'utf8')) as {
        sessions: unknown[]
      }
      expect(doc.sessions).toHaveLength(2001)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('by keyboard: Enter starts it, Tab and Enter cancel it, focus returns to Export and nothing is written', async ({
    page,
    app,
  }) => {
    const { folder } = await openSettings(page, app)
    try {
      const start = exportButton(page)
      await start.focus()
      await expect(start).toBeFocused()
      await page.keyboard.press('Enter')
      // Busy, it keeps focus and says so.
      await expect(start).toHaveText('Exporting…')
      await expect(start).toBeFocused()
      await expect(section(page).getByRole('progressbar', { name: 'Export progress' })).toBeVisible()

      await page.keyboard.press('Tab')
      const cancel = section(page).getByRole('button', { name: 'Cancel export' })
      await expect(cancel).toBeFocused()
      await page.keyboard.press('Enter')

      await expect(section(page).getByText('Export cancelled: no files were written.')).toBeVisible()
      await expect(page.locator('.toast-info')).toHaveText('Export cancelled: no files were written.')
      await expect(cancel).toBeHidden()
      await expect(start).toHaveText('Export…')
      await expect(start).toBeFocused()
      expect(await readdir(folder)).toEqual([])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('a failure of the service is said in plain words, and nothing is written', async ({ page, app }) => {
    const { ctx, folder } = await openSettings(page, app)
    try {
      await ctx.control('faults', { status500: { paths: ['orgasms.php'] } })
      await exportButton(page).click()
      const words =
        'The export stopped, and no files were written. Chastity Tracker had a problem on its side. Try again in a few minutes.'
      await expect(section(page).getByText(words)).toBeVisible({ timeout: 30_000 })
      await expect(page.locator('.toast-error')).toContainText(words)
      await expect(exportButton(page)).toHaveText('Export…')
      expect(await readdir(folder)).toEqual([])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
