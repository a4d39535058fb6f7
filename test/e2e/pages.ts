/**
 * Every page and state of the dashboard, each reached from wherever the previous one left off and
 * fully drawn (charts and lists loaded), for the specs that look at all of them: accessibility,
 * layout and screenshots.
 */
import type { Page } from '@playwright/test'
import { activeSessionRow, expect, type AppContext } from './fixtures'
import { mainUserRows, openStartForm, sessionLink, startForm } from './helpers'

export interface PageState {
  /** Also the screenshot's file name. */
  name: string
  show: (page: Page, ctx: AppContext) => Promise<void>
}

/**
 * To a page by the navigation. The tour leaves the start form filled in, so the window may ask
 * before leaving it: the tour leaves.
 */
async function arrive(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()
  const heading = page.getByRole('heading', { level: 1, name })
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(heading.or(ask)).toBeVisible()
  if (await ask.isVisible()) await ask.getByRole('button', { name: 'Leave without saving' }).click()
  await expect(heading).toBeVisible()
}

const chartBars = (page: Page) => page.locator('figure .recharts-bar-rectangle path').first()

/** The toggles that show every game's fields, penalties included (see forms/games.ts). */
const GAME_TOGGLES = ['Dice game', 'Dice penalties', 'Public link game', 'Luck game', 'Luck penalties']

/** The dashboard's pages with the demo seed: a running session and finished ones. */
export const DASHBOARD_PAGES: readonly PageState[] = [
  {
    name: 'overview',
    show: async (page) => {
      await arrive(page, 'Overview')
      await expect(page.getByText('Time left')).toBeVisible()
    },
  },
  {
    name: 'sessions',
    show: async (page) => {
      await arrive(page, 'Sessions')
      await expect(chartBars(page)).toBeVisible()
    },
  },
  {
    name: 'session-active',
    show: async (page, ctx) => {
      const active = activeSessionRow(ctx)
      if (!active) throw new Error('The demo seed has an active session')
      await arrive(page, 'Overview')
      await page.getByRole('button', { name: 'Open session details' }).click()
      await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeVisible()
      await expect(page.locator('figure path.recharts-line-curve')).toBeVisible()
      await expect(
        page.getByRole('region', { name: 'Game rule changes' }).locator('li').first(),
      ).toBeVisible()
    },
  },
  {
    name: 'session-ended',
    show: async (page, ctx) => {
      const ended = mainUserRows(ctx, (s) => s.sessions).find((s) => !s.active)
      if (!ended) throw new Error('The demo seed has finished sessions')
      await arrive(page, 'Sessions')
      await sessionLink(page, ended.id).click()
      await expect(page.getByRole('region', { name: 'Finished session' })).toBeVisible()
      // The demo's finished sessions have no history: the list is loaded once it says so.
      await expect(page.getByRole('region', { name: 'History' }).getByText('No history rows.')).toBeVisible()
    },
  },
  {
    name: 'start-session',
    show: async (page) => {
      await openStartForm(page)
      await startForm(page).getByRole('radio', { name: /^Live/ }).check()
      for (const toggle of GAME_TOGGLES) await startForm(page).getByLabel(toggle, { exact: true }).check()
      await expect(startForm(page).getByLabel('Luck penalty only once')).toBeVisible()
    },
  },
  {
    name: 'orgasms',
    show: async (page) => {
      await arrive(page, 'Orgasms')
      await expect(chartBars(page)).toBeVisible()
    },
  },
  {
    name: 'insight',
    show: async (page) => {
      await arrive(page, 'Insight')
      await expect(page.getByRole('grid', { name: 'Locked hours per day' })).toBeVisible()
      await expect(chartBars(page)).toBeVisible()
      await expect(
        page
          .getByRole('region', { name: 'Where your time came from' })
          .locator('.recharts-bar-rectangle path')
          .first(),
      ).toBeVisible()
    },
  },
  {
    name: 'settings',
    show: async (page) => {
      await arrive(page, 'Settings')
      await expect(page.getByRole('form', { name: 'Preferences' })).toBeVisible()
    },
  },
]

/** The first-start page, with an app started without a token. */
export async function showOnboarding(page: Page, ctx: AppContext): Promise<void> {
  await ctx.open()
  await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible()
}

/** Switches the system colour scheme (the theme setting is 'system') and waits for the page to follow. */
export async function setScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme })
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
}
