/**
 * The Insight page and a session's sources, in Chromium against the emulator: every figure shown
 * equals a count made here from the emulator's own state; the calendar works by keyboard alone;
 * axe finds nothing serious in either theme, with the charts or their tables shown.
 */
import type { Page } from '@playwright/test'
import { formatDuration, formatSignedDuration } from '../../src/shared/format'
import { SOURCE_WORDS } from '../../src/shared/words'
import type { HistorySource, OrgasmMode } from '../../tools/fake-api/types'
import { expectAccessible } from './axe'
import {
  activeSessionRow,
  expect,
  goTo,
  test,
  userDateInDays,
  userInstant,
  USER_ZONE,
  type AppContext,
} from './fixtures'
import { mainUserRows } from './helpers'
import { setScheme } from './pages'

test.use(USER_ZONE)

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const SOURCES: readonly HistorySource[] = ['DICE', 'LINK', 'LUCK', 'PENALTY', 'DOM', 'MANUAL']
const MODE_WORDS: Record<OrgasmMode, string> = {
  full: 'Full',
  ruined: 'Ruined',
  milking: 'Milking',
  dom: 'Dom',
  ted: 'TED',
}

const length = (seconds: number) => formatDuration(seconds * 1000, { smallest: 'minute', maxUnits: 2 })
const orDash = (seconds: number) => (seconds === 0 ? '—' : length(seconds))

/** Seconds added and removed, and changes, per source, summed from the emulator's history rows. */
function sourceSums(ctx: AppContext, sessionIds: readonly number[]) {
  const sums = new Map<HistorySource, { added: number; removed: number; changes: number }>(
    SOURCES.map((s) => [s, { added: 0, removed: 0, changes: 0 }]),
  )
  for (const id of sessionIds)
    for (const row of ctx.api.state.histories.get(id) ?? []) {
      if (row.type === 'START' || row.source === null || row.unit === null) continue
      const sum = sums.get(row.source)
      if (sum === undefined) continue
      if (row.type === 'ADD') sum.added += row.unit
      else sum.removed += row.unit
      sum.changes++
    }
  return sums
}

/** The rows a sources table should have, in its order, as the cells' texts. */
function expectedSourceRows(sums: ReturnType<typeof sourceSums>): string[][] {
  return SOURCES.map((source) => {
    const s = sums.get(source) ?? { added: 0, removed: 0, changes: 0 }
    const net = s.added - s.removed
    return [
      SOURCE_WORDS[source],
      orDash(s.added),
      orDash(s.removed),
      net === 0 ? '—' : formatSignedDuration(net * 1000),
      String(s.changes),
    ]
  })
}

const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })

/** Shows a card's chart as a table and gives the table's body rows' cell texts. */
async function tableOf(page: Page, title: string, rows: number): Promise<string[][]> {
  const toggle = card(page, title).getByRole('button', { name: 'Show as table' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const body = card(page, title).getByRole('table').locator('tbody tr')
  await expect(body).toHaveCount(rows)
  return Promise.all((await body.all()).map((r) => r.locator('td').allTextContents()))
}

async function openInsight(page: Page, ctx: AppContext) {
  await ctx.open()
  await goTo(page, 'Insight')
  await expect(card(page, 'Where your time came from').locator('figure')).toBeVisible({ timeout: 30_000 })
}

test.describe('insight: the emulator’s figures', () => {
  test('where the time came from, all sessions and one session, as the history rows say', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await openInsight(page, ctx)
    const mine = mainUserRows(ctx, (s) => s.sessions)
    const all = expectedSourceRows(
      sourceSums(
        ctx,
        mine.map((s) => s.id),
      ),
    )
    expect(all.filter((r) => r[4] !== '0').length).toBeGreaterThan(1)
    const shown = await tableOf(page, 'Where your time came from', SOURCES.length + 1)
    expect(shown.slice(0, SOURCES.length)).toEqual(all)
    expect(shown[SOURCES.length]?.[0]).toBe('All sources')
    expect(shown[SOURCES.length]?.[4]).toBe(String(all.reduce((n, r) => n + Number(r[4]), 0)))

    const active = activeSessionRow(ctx)
    if (!active) throw new Error('The demo seed has an active session')
    await goTo(page, 'Overview')
    await page.getByRole('button', { name: 'Open session details' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeVisible()
    const own = expectedSourceRows(sourceSums(ctx, [active.id]))
    const sessionTable = await tableOf(page, 'Where this session’s time came from', SOURCES.length + 1)
    expect(sessionTable.slice(0, SOURCES.length)).toEqual(own)
  })

  test('records: the longest session opens from here; time locked in all', async ({ page, app }) => {
    const ctx = await app()
    await openInsight(page, ctx)
    const now = Date.now()
    const spans = mainUserRows(ctx, (s) => s.sessions).map((s) => ({
      id: s.id,
      ms: (s.end ?? now) - s.start,
    }))
    const longest = spans.reduce((a, s) => (s.ms > a.ms ? s : a))
    const records = card(page, 'Records')
    const fact = (term: string) => records.locator(`dt:text-is("${term}") + dd`)
    await expect(fact('Longest session')).toContainText(length(Math.floor(longest.ms / 1000)))
    const allMs = spans.reduce((t, s) => t + s.ms, 0)
    await expect(fact('Locked in all')).toHaveText(length(Math.floor(allMs / 1000)))
    await records.getByRole('button', { name: `Open session ${longest.id}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Session ${longest.id}` })).toBeFocused()
  })

  test('days between orgasms: how many of each kind', async ({ page, app }) => {
    const ctx = await app()
    await openInsight(page, ctx)
    const orgasms = mainUserRows(ctx, (s) => s.orgasms)
    const modes = [...new Set(orgasms.map((o) => o.mode))]
    const order: OrgasmMode[] = ['full', 'ruined', 'milking', 'dom', 'ted']
    modes.sort((a, b) => order.indexOf(a) - order.indexOf(b))
    const shown = await tableOf(page, 'Days between orgasms', modes.length + 1)
    expect(shown.map((r) => [r[0], r[1]])).toEqual([
      ['Any kind', String(orgasms.length)],
      ...modes.map((m) => [MODE_WORDS[m], String(orgasms.filter((o) => o.mode === m).length)]),
    ])
  })
})

test('an empty account: each view says there is nothing yet', async ({ page, app }) => {
  const ctx = await app({ api: { seed: 'empty' } })
  await ctx.open()
  await goTo(page, 'Insight')
  await expect(card(page, 'Where your time came from')).toContainText('No sessions yet.')
  await expect(card(page, 'Records')).toContainText('No sessions yet.')
  await expect(card(page, 'Days between orgasms')).toContainText('No orgasms logged yet.')
  const calendar = card(page, 'Locked hours per day, last 12 months')
  await expect(calendar).toContainText('Not locked on any of the last 365 days.')
  await expect(calendar.getByRole('grid').locator('td[aria-label$=": not locked"]')).toHaveCount(365)
})

test.describe('insight: kept current', () => {
  test('a game played and the session stopped on the website show without reopening the page', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await openInsight(page, ctx)
    if (!activeSessionRow(ctx)) throw new Error('The demo seed has an active session')
    const sources = card(page, 'Where your time came from')
    const dice = () =>
      sourceSums(
        ctx,
        mainUserRows(ctx, (s) => s.sessions).map((s) => s.id),
      ).get('DICE')
    await tableOf(page, 'Where your time came from', SOURCES.length + 1)
    const diceRow = sources.getByRole('table').locator('tbody tr').first()
    const before = dice()

    await ctx.control('play', { game: 'dice', operation: 'ADD', seconds: 7200 })
    await ctx.invoke('sync:refresh')

    const after = dice()
    expect(after?.changes).toBe((before?.changes ?? 0) + 1)
    await expect(diceRow.locator('td').nth(4)).toHaveText(String(after?.changes))
    await expect(diceRow.locator('td').nth(1)).toHaveText(orDash(after?.added ?? 0))

    await expect(card(page, 'Records')).toContainText('still running')
    await ctx.control('stop', {})
    await ctx.invoke('sync:refresh')
    await expect(card(page, 'Records')).not.toContainText('still running')
    // The same page all along: the table shown before is still shown.
    await expect(sources.getByRole('button', { name: 'Show as table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })
})

test.describe('insight: the calendar of locked hours', () => {
  test('one tab stop into the grid; arrows move by week and day; the caption follows', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await openInsight(page, ctx)
    const calendar = card(page, 'Locked hours per day, last 12 months')
    const grid = calendar.getByRole('grid', { name: 'Locked hours per day' })
    const caption = calendar.locator('.heatmap-caption')
    const dayText = new Intl.DateTimeFormat('en-US', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    const label = (date: string) => dayText.format(Date.parse(`${date}T00:00:00Z`))
    // Locked hours of a past day in the user's zone, from the emulator's sessions.
    const sessions = mainUserRows(ctx, (s) => s.sessions)
    const hours = (date: string) => {
      const from = userInstant(date, '00:00')
      const ms = sessions.reduce(
        (t, s) => t + Math.max(0, Math.min(s.end ?? Date.now(), from + DAY_MS) - Math.max(s.start, from)),
        0,
      )
      const h = Math.floor(ms / 1000) / 3600
      return h === 0 ? 'not locked' : `${h.toLocaleString('en-US', { maximumFractionDigits: 1 })} hour`
    }

    const toggle = calendar.getByRole('button', { name: 'Show as table' })
    await toggle.focus()
    await page.keyboard.press('Tab')
    const today = userDateInDays(0)
    const focused = grid.locator('td:focus')
    await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${label(today)}: `))
    await expect(grid.locator('td[tabindex="0"]')).toHaveCount(1)

    for (const [key, days] of [
      ['ArrowLeft', -7],
      ['ArrowUp', -8],
      ['ArrowRight', -1],
      ['ArrowUp', -2],
      ['ArrowDown', -1],
    ] as const) {
      await page.keyboard.press(key)
      const date = userDateInDays(days)
      await expect(focused, key).toHaveAttribute('aria-label', new RegExp(`^${label(date)}: ${hours(date)}`))
      await expect(caption).toHaveText((await focused.getAttribute('aria-label')) ?? '')
      await expect(grid.locator('td[tabindex="0"]')).toHaveCount(1)
    }
    // Out of the grid and back in: to the day last focused, in one tab stop.
    await page.keyboard.press('Shift+Tab')
    await expect(toggle).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${label(userDateInDays(-1))}: `))
  })

  test('the table by month adds up to the year', async ({ page, app }) => {
    const ctx = await app()
    await openInsight(page, ctx)
    const calendar = card(page, 'Locked hours per day, last 12 months')
    await calendar.getByRole('button', { name: 'Show as table' }).click()
    const rows = calendar.getByRole('table').locator('tbody tr')
    const months = new Set(Array.from({ length: 365 }, (_, i) => userDateInDays(-i).slice(0, 7)))
    await expect(rows).toHaveCount(months.size)
    const lockedDays = (await rows.locator('td:nth-child(2)').allTextContents()).reduce(
      (t, n) => t + Number(n),
      0,
    )
    const summary = await calendar.locator('.chart-summary').textContent()
    expect(summary).toContain(`Locked on ${lockedDays} of the last 365 days`)
  })
})

test.describe('insight: accessible and fits', () => {
  test('axe in light and dark, charts and tables; no sideways scroll at 640 px', async ({ page, app }) => {
    const ctx = await app()
    await page.setViewportSize({ width: 640, height: 600 })
    await openInsight(page, ctx)
    await expect(page.locator('figure .recharts-bar-rectangle path').first()).toBeVisible()
    const overflow = () =>
      page.evaluate(() => {
        const root = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } }
          }
        ).document.documentElement
        return root.scrollWidth - root.clientWidth
      })
    await expect.poll(overflow, { timeout: 3000 }).toBeLessThanOrEqual(0)
    for (const scheme of ['light', 'dark'] as const) {
      await setScheme(page, scheme)
      await expectAccessible(page, `insight, ${scheme}`)
    }
    for (const toggle of await page.getByRole('button', { name: 'Show as table' }).all()) await toggle.click()
    // Away from the last button clicked: axe judges the page as it rests, not a hovered button.
    await page.mouse.move(0, 0)
    await expect(page.getByRole('table')).toHaveCount(3)
    await expect.poll(overflow, { timeout: 3000 }).toBeLessThanOrEqual(0)
    for (const scheme of ['light', 'dark'] as const) {
      await setScheme(page, scheme)
      await expectAccessible(page, `insight as tables, ${scheme}`)
    }
  })

  test('a large account: the page loads', async ({ page, app }) => {
    test.setTimeout(120_000)
    const ctx = await app({ api: { seed: 'large', largeSessions: 2000, largeHistoryRows: 2000 } })
    await ctx.open()
    await goTo(page, 'Insight')
    await expect(card(page, 'Records').locator('dt:text-is("Longest session")')).toBeVisible({
      timeout: 30_000,
    })
    await expect(card(page, 'Where your time came from').locator('figure')).toBeVisible({ timeout: 90_000 })
    await expect(card(page, 'Locked hours per day, last 12 months').getByRole('grid')).toBeVisible()
  })
})
