/** Locators and steps that several dashboard specs share. */
import type { Locator, Page } from '@playwright/test'
import { expect, goTo, type AppContext } from './fixtures'

type EmulatorState = AppContext['api']['state']

/** The main user's rows of one of the emulator's tables. */
export function mainUserRows<T extends { userId: number }>(
  ctx: AppContext,
  table: (state: EmulatorState) => Map<number, T>,
): T[] {
  const state = ctx.api.state
  return [...table(state).values()].filter((row) => row.userId === state.mainUserId)
}

/** The body rows of the table inside a titled region. */
export const tableRows = (page: Page, region: string) =>
  page.getByRole('region', { name: region }).getByRole('table').locator('tbody tr')

/** The value next to a term in the facts of a session's page. */
export const sessionFact = (page: Page, term: string) =>
  page.getByRole('region', { name: /^(Active|Finished) session$/ }).locator(`dt:text-is("${term}") + dd`)

export const startForm = (page: Page) => page.getByRole('form', { name: 'Start a session' })

/**
 * From the open dashboard to the "Start a session" form, by the Sessions page: during a session
 * by "Log a past session" ("Start a session" is blocked then).
 */
export async function openStartForm(page: Page): Promise<void> {
  await goTo(page, 'Sessions')
  const start = page.getByRole('button', { name: 'Start a session' })
  const logPast = page.getByRole('button', { name: 'Log a past session' })
  // Once the page knows whether a session is under way, one of them can be used.
  const usable = start.and(page.locator(':not([aria-disabled])')).or(logPast)
  await expect(usable).toBeVisible()
  await usable.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Start a session' })).toBeVisible()
  await expect(startForm(page)).toBeVisible()
}

/** The button in the sessions list that opens a session: its start date, then "(session <id>)". */
export const sessionLink = (page: Page, id: number) =>
  page.getByRole('button', { name: new RegExp(`\\(session ${id}\\)$`) })

/** What the window last said to everyone: the announcer's message, in its polite live region. */
export const announced = (page: Page) => page.locator('.announcer [aria-live="polite"]')

/** From a form with unsaved changes to another page: the window asks first, and the user leaves. */
export async function leaveUnsaved(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/**
 * With focus on the button that asks: Enter opens the dialog with focus on Cancel, Tab reaches the
 * confirming button, Enter confirms.
 */
export async function confirmByKeyboard(page: Page, dialog: Locator, confirm: string): Promise<void> {
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: confirm })).toBeFocused()
  await page.keyboard.press('Enter')
}
