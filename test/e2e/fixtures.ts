/**
 * Each test gets its own emulator and harness: the real core, served to Debian's Chromium.
 */
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { startApp, TOKEN, type RunningApp } from '../../tools/app'
import type { FakeApiOptions } from '../../tools/fake-api/server'

const root = resolve(import.meta.dirname, '../..')

export interface AppOptions {
  /** Seed and token of the emulator. */
  api?: FakeApiOptions
  /** The token the app starts with (null: none, onboarding). */
  token?: string | null
  pollSeconds?: number
  dataDir?: string
}

export interface AppContext extends RunningApp {
  open(path?: string): Promise<void>
  harnessState(): Promise<HarnessState>
}

export interface HarnessState {
  tray: { title: string; tooltip: string; menu: string[]; icon: { description: string } }
  notifications: { id: string; title: string; body: string }[]
  sync: { lastSyncAt: number | null; offline: boolean; lastError: string | null }
}

export async function launchApp(page: Page, options: AppOptions = {}): Promise<AppContext> {
  const version = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string })
    .version
  const app = await startApp({
    renderer: true,
    version,
    token: options.token === undefined ? (options.api?.token ?? TOKEN) : options.token,
    ...(options.api ? { api: options.api } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.pollSeconds !== undefined ? { pollSeconds: options.pollSeconds } : {}),
  })
  return Object.assign(app, {
    async open(path = '/') {
      await page.goto(new URL(path, app.harness.url).href)
    },
    async harnessState() {
      const response = await fetch(`${app.harness.url}/harness/state`)
      return (await response.json()) as HarnessState
    },
  })
}

export const test = base.extend<{
  app: (options?: AppOptions) => Promise<AppContext>
  pageErrors: string[]
}>({
  app: async ({ page }, use) => {
    const started: AppContext[] = []
    await use(async (options) => {
      const ctx = await launchApp(page, options)
      started.push(ctx)
      return ctx
    })
    for (const ctx of started) await ctx.close()
  },
  // Every test fails on an uncaught error or a console error in the page, without asking. It
  // depends on `app` so that it stops listening before the app is stopped under the open page.
  pageErrors: [
    async ({ page, app: _app }, use) => {
      const errors = collectPageErrors(page)
      await use(errors)
      expect(errors, 'errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

/**
 * The browser's locale and zone for dashboard specs: the emulator's user lives at +01:00, and a
 * zone fixed at +01:00 all year (POSIX names invert the sign) keeps the expected texts the same
 * in every season.
 */
export const USER_ZONE = { locale: 'en-US', timezoneId: 'Etc/GMT-1' } as const
const USER_OFFSET_MS = 3_600_000

/** The user's calendar date ("YYYY-MM-DD") of an instant. */
export const userDate = (instant: number) => new Date(instant + USER_OFFSET_MS).toISOString().slice(0, 10)

/** The user's calendar date a number of days from now (negative: before). */
export const userDateInDays = (days: number) => userDate(Date.now() + days * 86_400_000)

/** The user's wall-clock time ("HH:MM") of an instant. */
export const userTime = (instant: number) => new Date(instant + USER_OFFSET_MS).toISOString().slice(11, 16)

/** An instant from a date and time on the user's wall clock. */
export const userInstant = (date: string, time: string) => Date.parse(`${date}T${time}:00+01:00`)

/** Medium date and short time, as the dashboard writes an instant in USER_ZONE. */
export const formatUserDateTime = (instant: number) =>
  new Intl.DateTimeFormat(USER_ZONE.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: USER_ZONE.timezoneId,
  }).format(instant)

/** The sidebar button of a page ('Overview', 'Sessions', 'Orgasms', 'Settings'). */
export async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/** The API requests the emulator answered with this method on this endpoint, e.g. ('POST', 'orgasms.php'). */
export function requestsTo(ctx: AppContext, method: string, endpoint: string) {
  return ctx.api.requestLog.filter((r) => r.method === method && r.path.endsWith(`/${endpoint}`))
}

/** The main user's active session in the emulator's database, if any. */
export function activeSessionRow(ctx: AppContext) {
  const state = ctx.api.state
  return [...state.sessions.values()].find((s) => s.active && s.userId === state.mainUserId)
}

type Marked = { __e2eLoadMark?: string }

/** Marks the loaded document; `expectNoReload` then proves that no full reload happened since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(globalThis as unknown as Marked).__e2eLoadMark = 'still here'
  })
}

export async function expectNoReload(page: Page): Promise<void> {
  const mark = await page.evaluate(() => (globalThis as unknown as Marked).__e2eLoadMark)
  expect(mark, 'the page was not reloaded').toBe('still here')
}

/** Uncaught page errors and console errors, collected from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return errors
}

export { expect }
