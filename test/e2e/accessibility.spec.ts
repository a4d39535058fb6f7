import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, goTo, test, USER_ZONE } from './fixtures'
import { leaveUnsaved } from './helpers'
import { DASHBOARD_PAGES, setScheme, showOnboarding } from './pages'

test.use(USER_ZONE)

const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots')

/** axe on the page as shown, in the light and then the dark theme (the theme follows the system). */
async function checkBothThemes(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await setScheme(page, scheme)
    await expectAccessible(page, `${where}, ${scheme}`)
  }
}

test.describe('accessibility: axe finds no serious or critical WCAG 2.1 AA violation', () => {
  test('onboarding', async ({ page, app }) => {
    const ctx = await app({ token: null })
    await showOnboarding(page, ctx)
    await checkBothThemes(page, 'onboarding')
  })

  // Three apps for the eight pages keep each test well inside its time limit.
  const groups = [DASHBOARD_PAGES.slice(0, 3), DASHBOARD_PAGES.slice(3, 5), DASHBOARD_PAGES.slice(5)]
  for (const states of groups) {
    test(states.map((s) => s.name).join(', '), async ({ page, app }) => {
      const ctx = await app()
      await ctx.open()
      for (const state of states) {
        await state.show(page, ctx)
        await checkBothThemes(page, state.name)
      }
    })
  }
})

/** Computed CSS values of an element (the tests are compiled without the DOM types). */
const styleOf = (locator: Locator, names: string[]) =>
  locator.evaluate((el, props) => {
    const view = globalThis as unknown as {
      getComputedStyle(e: unknown): { getPropertyValue(name: string): string }
    }
    const style = view.getComputedStyle(el)
    return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))
  }, names)

const COLOURS = ['background-color', 'color']

/** The alpha of a computed colour, "rgb(…)" (1) or "rgba(…, a)"; NaN for anything else. */
function alpha(colour: string | undefined): number {
  const parts = /^rgba?\((.*)\)$/.exec(colour ?? '')?.[1]?.split(',') ?? []
  if (parts.length === 3) return 1
  return parts.length === 4 ? Number(parts[3]) : NaN
}

test.describe('styles the eye relies on', () => {
  test('forced colours: the current page and the pressed button stay marked', async ({ page, app }) => {
    const ctx = await app()
    await ctx.open()
    const sessions = DASHBOARD_PAGES.find((s) => s.name === 'sessions')
    if (!sessions) throw new Error('The tour has the sessions page')
    await sessions.show(page, ctx)
    await page.emulateMedia({ forcedColors: 'active' })
    const nav = page.getByRole('navigation', { name: 'Main' })
    const grouping = page.getByRole('group', { name: 'Chart grouping' })
    const pairs = [
      [
        'current page',
        nav.locator('button[aria-current="page"]'),
        nav.getByRole('button', { name: 'Overview' }),
      ],
      [
        'pressed button',
        grouping.locator('[aria-pressed="true"]'),
        grouping.locator('[aria-pressed="false"]').first(),
      ],
    ] as const
    const canvas = (await styleOf(page.locator('body'), ['background-color']))['background-color']
    for (const [what, marked, plain] of pairs) {
      const [m, p] = [await styleOf(marked, COLOURS), await styleOf(plain, COLOURS)]
      // Forced colours leave of the usual marks only a faint tint of the page colour: a real one is
      // (nearly) opaque. Chromium's Highlight itself has an alpha of 0.8.
      expect(alpha(m['background-color']), `${what}: opacity of its background`).toBeGreaterThanOrEqual(0.5)
      expect(m['background-color'], `${what}: unlike the page`).not.toBe(canvas)
      expect(m, `${what}: unlike the others`).not.toEqual(p)
    }
    await mkdir(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOTS, 'sessions-forced-colors.png') })
  })

  test('a pressed button keeps its contrast under the pointer, light and dark', async ({ page, app }) => {
    const ctx = await app()
    await ctx.open()
    await goTo(page, 'Sessions')
    const pressed = page.getByRole('group', { name: 'Chart grouping' }).locator('button[aria-pressed="true"]')
    await pressed.hover()
    for (const scheme of ['light', 'dark'] as const) {
      await setScheme(page, scheme)
      await expectAccessible(page, `a hovered pressed button (${scheme})`, ['color-contrast'])
    }
  })

  test('checks in the brand colour, disabled fields look disabled, number columns right-aligned', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await goTo(page, 'Settings')
    const form = page.getByRole('form', { name: 'Preferences' })
    const brand = (await styleOf(form.getByRole('button', { name: 'Save settings' }), ['background-color']))[
      'background-color'
    ]
    expect(
      (await styleOf(form.getByLabel('Quiet hours', { exact: true }), ['accent-color']))['accent-color'],
    ).toBe(brand)

    const start = form.getByLabel('Quiet hours start')
    const looks = ['background-color', 'border-style', 'cursor']
    await expect(start).toBeDisabled()
    const disabled = await styleOf(start, looks)
    await form.getByLabel('Quiet hours', { exact: true }).check()
    await expect(start).toBeEnabled()
    const enabled = await styleOf(start, looks)
    for (const name of looks) expect(disabled[name], name).not.toBe(enabled[name])

    await leaveUnsaved(page, 'Sessions')
    const table = page.getByRole('region', { name: 'All sessions' }).getByRole('table')
    const numbers = ['text-align', 'font-variant-numeric']
    const right = { 'text-align': 'right', 'font-variant-numeric': 'tabular-nums' }
    expect(await styleOf(table.getByRole('columnheader', { name: 'Duration' }), numbers)).toEqual(right)
    expect(await styleOf(table.locator('tbody tr').first().locator('td').nth(2), numbers)).toEqual(right)
  })
})
