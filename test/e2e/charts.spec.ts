import type { Locator, Page } from '@playwright/test'
import { activeSessionRow, expect, goTo, test, USER_ZONE } from './fixtures'
import { mainUserRows } from './helpers'
import { SOURCE_WORDS, sourceWords } from '../../src/shared/words'

test.use(USER_ZONE)

/** The user's zone is fixed at +01:00 (see USER_ZONE). */
const OFFSET_MS = 3_600_000
const MINUTE = 60_000
const UNIT_MS: Record<string, number> = { day: 86_400_000, hour: 3_600_000, minute: MINUTE }

/** "3 days 4 hours 5 minutes" back to milliseconds. */
function parseLength(text: string): number {
  let ms = 0
  for (const [, n = '0', unit = ''] of text.matchAll(/(\d+) (day|hour|minute)s?/g))
    ms += Number(n) * (UNIT_MS[unit] ?? 0)
  return ms
}

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat(USER_ZONE.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${month}-01T00:00:00Z`),
  )

/** The first instant of a month "YYYY-MM" at the user's midnight, and of the next one. */
function monthBounds(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return [Date.UTC(y, m - 1, 1) - OFFSET_MS, Date.UTC(y, m, 1) - OFFSET_MS]
}

const chartFigure = (page: Page, region: string) =>
  page.getByRole('region', { name: region }).locator('figure')

async function showTable(figure: Locator): Promise<Locator> {
  const toggle = figure.getByRole('button', { name: 'Show as table' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(figure.locator('.chart-area')).toHaveCount(0)
  return figure.getByRole('table')
}

/** Cells of each body row, as text. */
const cells = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')))

/**
 * What axe's rules on hidden content and on SVG text look for: nothing focusable inside the parts
 * hidden from assistive technology, a description read with each figure, and axis text drawn with
 * a fill only, at normal weight.
 */
async function expectAccessibleDrawing(page: Page, figure: Locator): Promise<void> {
  const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'
  const focusableHidden = await page
    .locator('[aria-hidden="true"]')
    .evaluateAll(
      (els, selector) =>
        els.flatMap((el) => [
          ...(el.matches(selector) ? [el.outerHTML.slice(0, 80)] : []),
          ...[...el.querySelectorAll(selector)].map((f) => f.outerHTML.slice(0, 80)),
        ]),
      focusable,
    )
  expect(focusableHidden).toEqual([])
  const describedBy = (await figure.getAttribute('aria-describedby')) ?? ''
  await expect(page.locator(`[id="${describedBy}"]`)).not.toBeEmpty()
  const ticks = figure.locator('.recharts-cartesian-axis-tick-value')
  expect(await ticks.count()).toBeGreaterThan(3)
  const styles = await ticks.evaluateAll((els) => {
    const g = globalThis as unknown as {
      getComputedStyle(e: unknown): { stroke: string; fontWeight: string }
    }
    return els.map((e) => {
      const s = g.getComputedStyle(e)
      return `${s.stroke}|${s.fontWeight}`
    })
  })
  expect(new Set(styles)).toEqual(new Set(['none|400']))
  // Both axes are titled.
  expect(await figure.locator('.recharts-label').count()).toBeGreaterThanOrEqual(2)
}

test.describe('charts: summaries, tables and what assistive technology gets', () => {
  test('the monthly orgasm chart: legend top to bottom as stacked, a summary, a table of the counts', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const orgasms = mainUserRows(ctx, (s) => s.orgasms)
    await ctx.open()
    await goTo(page, 'Orgasms')
    const figure = chartFigure(page, 'Frequency')
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeAttached()
    await expectAccessibleDrawing(page, figure)
    await expect(figure.locator('.chart-summary')).toContainText(`${orgasms.length} orgasms from `)
    // Stacks grow from Full up to TED: the legend lists the top one first.
    await expect(figure.locator('.recharts-legend-item-text')).toHaveText([
      'TED',
      'Dom',
      'Milking',
      'Ruined',
      'Full',
    ])

    const byMonth = new Map<string, Record<string, number>>()
    for (const o of orgasms) {
      const row = byMonth.get(o.date.slice(0, 7)) ?? {}
      row[o.mode] = (row[o.mode] ?? 0) + 1
      byMonth.set(o.date.slice(0, 7), row)
    }
    const months = [...byMonth.keys()].sort()
    const table = await showTable(figure)
    const rows = await cells(table)
    const first = months[0] ?? ''
    const last = months[months.length - 1] ?? ''
    // Every month from the first to the last, the empty ones too.
    const [fy, fm] = first.split('-').map(Number) as [number, number]
    const [ly, lm] = last.split('-').map(Number) as [number, number]
    expect(rows).toHaveLength((ly - fy) * 12 + lm - fm + 1)
    for (const month of months) {
      const counts = byMonth.get(month) ?? {}
      const row = rows.find((r) => r[0] === monthLabel(month))
      expect(row, month).toEqual([
        monthLabel(month),
        ...['full', 'ruined', 'milking', 'dom', 'ted'].map((m) => String(counts[m] ?? 0)),
        String(Object.values(counts).reduce((a, n) => a + n, 0)),
      ])
    }
    await figure.getByRole('button', { name: 'Show as table' }).click()
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeAttached()
  })

  test('the durations chart: months split at the user midnight, none above its length, as the emulator has them', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const sessions = mainUserRows(ctx, (s) => s.sessions)
    await ctx.open()
    await goTo(page, 'Sessions')
    const region = page.getByRole('region', { name: 'Durations' })
    const figure = chartFigure(page, 'Durations')
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeAttached()
    await expectAccessibleDrawing(page, figure)
    await expect(figure.locator('.chart-summary')).toContainText(`${sessions.length} sessions from `)
    await region.getByRole('button', { name: 'Per month' }).click()
    const table = await showTable(figure)
    // The table stays while the grouping changes.
    await expect(table.locator('thead')).toContainText('Month')
    const rows = await cells(table)
    const now = Date.now()
    for (const [label, locked, count] of rows) {
      const month = [...Array(24).keys()]
        .map((i) => new Date(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() - i, 1)))
        .map((d) => d.toISOString().slice(0, 7))
        .find((m) => monthLabel(m) === label)
      if (month === undefined) throw new Error(`Not a month of the last two years: ${label}`)
      const [from, to] = monthBounds(month)
      const expected = sessions.reduce((a, s) => {
        const end = s.end ?? now
        return a + Math.max(0, Math.min(end, to) - Math.max(s.start, from))
      }, 0)
      const running = sessions.filter((s) => s.start < to && (s.end ?? now) > from)
      expect(count, label).toBe(String(running.length))
      const shown = parseLength(locked ?? '')
      expect(shown, label).toBeLessThanOrEqual(to - from)
      // Lengths are shown to the minute; the running session grows while the test runs.
      expect(Math.abs(shown - expected), label).toBeLessThanOrEqual(2 * MINUTE)
    }
    const total = parseLength((await region.locator('dt:text-is("Total locked") + dd').textContent()) ?? '')
    const sum = rows.reduce((a, r) => a + parseLength(r[1] ?? ''), 0)
    expect(Math.abs(total - sum)).toBeLessThanOrEqual(rows.length * MINUTE)
  })

  test('the timeline: a shape per source in legend order, a tooltip on every kind of marker, a table of the changes', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const active = activeSessionRow(ctx)
    if (!active) throw new Error('The demo seed has an active session')
    const changes = (ctx.api.state.histories.get(active.id) ?? []).filter((r) => r.type !== 'START')
    await ctx.open()
    await page.getByRole('button', { name: 'Open session details' }).click()
    const figure = chartFigure(page, 'Schedule timeline')
    await expect(figure.locator('path.recharts-line-curve')).toHaveCount(1)
    await expectAccessibleDrawing(page, figure)
    await expect(figure.locator('.chart-summary')).toContainText('the scheduled end moved from')

    // Series are drawn in the legend's order, each source with its own shape.
    const legend = figure.getByRole('list', { name: 'Legend' })
    const sourceNames: readonly string[] = Object.values(SOURCE_WORDS)
    const listed = (await legend.locator('li').allTextContents()).filter((t) => sourceNames.includes(t))
    expect(listed.length).toBeGreaterThan(1)
    const drawn = await figure
      .locator('.recharts-scatter')
      .evaluateAll((layers) =>
        layers.map((l) => l.querySelector('.recharts-symbols')?.getAttribute('d')?.slice(0, 12) ?? ''),
      )
    expect(new Set(drawn.filter(Boolean)).size).toBeGreaterThanOrEqual(listed.length)

    // A tooltip for the first marker of every series.
    const layers = figure.locator('.recharts-scatter')
    for (let i = 0; i < (await layers.count()); i++) {
      await layers.nth(i).locator('.recharts-scatter-symbol').first().hover({ force: true })
      await expect(figure.locator('.chart-tooltip')).toContainText('Scheduled end:')
      await page.mouse.move(0, 0)
      await expect(figure.locator('.chart-tooltip')).toHaveCount(0)
    }

    const rows = await cells(await showTable(figure))
    expect(rows).toHaveLength(changes.length)
    expect(rows.filter((r) => r[3] === 'Yes')).toHaveLength(changes.filter((c) => c.dom === 1).length)
    const sources = changes.map((c) => (c.source === null ? '—' : sourceWords(c.source))).sort()
    expect(rows.map((r) => r[2] ?? '').sort()).toEqual(sources)
  })
})
