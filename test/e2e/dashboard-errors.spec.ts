import type { Locator, Page } from '@playwright/test'
import {
  collectPageErrors,
  expect,
  goTo,
  requestsTo,
  test,
  USER_ZONE,
  userDate,
  userDateInDays,
} from './fixtures'
import { announced, leaveUnsaved, openStartForm, startForm } from './helpers'

test.use(USER_ZONE)

const READ_ONLY =
  'This token can only read. Generate a token with write permission on the website to change data here.'
const SERVER_ERROR = 'Chastity Tracker had a problem on its side. Try again in a few minutes.'

const topAlert = (form: Locator) => form.locator(':scope > [role="alert"]')

/** The message shown next to a field (linked to it by aria-describedby). */
async function fieldError(page: Page, field: Locator): Promise<Locator> {
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  const ids = (await field.getAttribute('aria-describedby')) ?? ''
  const id = ids.split(' ').find((ref) => ref.endsWith('-error'))
  return page.locator(`[id="${id}"]`)
}

test.describe('dashboard: errors keep the form and say what is wrong', () => {
  test('logging a session: client validation (nothing sent), a server 400 and an overlap 409', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    // No session runs (stopped on the website, then refreshed), so a live one may be started.
    await ctx.control('stop')
    await ctx.open()
    await page.getByRole('region', { name: 'Sync' }).getByRole('button', { name: 'Refresh' }).click()
    await expect(page.getByText('You are not locked right now.')).toBeVisible()
    await openStartForm(page)
    const form = startForm(page)
    const submit = form.getByRole('button', { name: 'Start session' })
    const dice = form.getByRole('group', { name: 'Dice', exact: true })

    // Client side: a game needs a scheduled end, and the lowest multiplier must not exceed the highest.
    await dice.getByLabel('Dice game').check()
    await dice.getByLabel('Dice multiplier: lowest').fill('3')
    await dice.getByLabel('Dice multiplier: highest').fill('2')
    await form.getByLabel('Notes').fill('Typed by hand')
    await submit.click()
    await expect(topAlert(form)).toContainText('Some fields need attention')
    await expect(await fieldError(page, dice.getByLabel('Dice multiplier: lowest'))).toHaveText(
      'The minimum multiplier must not exceed the maximum',
    )
    await expect(await fieldError(page, form.getByLabel('Scheduled end date'))).toHaveText(
      'A scheduled end is required with any game',
    )
    await expect(dice.getByLabel('Dice multiplier: lowest')).toHaveValue('3')
    await expect(form.getByLabel('Notes')).toHaveValue('Typed by hand')
    expect(requestsTo(ctx, 'POST', 'sessions.php')).toHaveLength(0)

    // Manual: too short is caught before sending; too far in the past only the service knows.
    await form.getByLabel(/^Manual/).check()
    await form.getByLabel('Start date', { exact: true }).fill('2000-01-01')
    await form.getByLabel('Start time', { exact: true }).fill('10:00')
    await form.getByLabel('End date', { exact: true }).fill('2000-01-01')
    await form.getByLabel('End time', { exact: true }).fill('10:30')
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(await fieldError(page, form.getByLabel('End date', { exact: true }))).toHaveText(
      'A manual session must last at least one hour',
    )
    expect(requestsTo(ctx, 'POST', 'sessions.php')).toHaveLength(0)

    await form.getByLabel('End date', { exact: true }).fill('2000-01-03')
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(topAlert(form)).toHaveText('The start date is too far in the past')
    await expect(form.getByLabel('Start date', { exact: true })).toHaveValue('2000-01-01')
    await expect(form.getByLabel('End date', { exact: true })).toHaveValue('2000-01-03')
    expect(requestsTo(ctx, 'POST', 'sessions.php').map((r) => r.status)).toEqual([400])

    // 409 again: dates that overlap a finished session.
    const state = ctx.api.state
    // One that ended days ago (not the one stopped above): its last day is over.
    const finished = [...state.sessions.values()].find(
      (s) =>
        s.userId === state.mainUserId && !s.active && s.end !== null && s.end < Date.now() - 2 * 86_400_000,
    )
    if (!finished || finished.end === null) throw new Error('The demo seed has finished sessions')
    await form.getByLabel('Start date', { exact: true }).fill(userDate(finished.start))
    await form.getByLabel('Start time', { exact: true }).fill('')
    await form.getByLabel('End date', { exact: true }).fill(userDate(finished.end))
    await form.getByLabel('End time', { exact: true }).fill('23:59')
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(topAlert(form)).toHaveText('The session overlaps an existing session')
    expect(requestsTo(ctx, 'POST', 'sessions.php').map((r) => r.status)).toEqual([400, 409])
    await expect(page.getByRole('heading', { level: 1, name: 'Start a session' })).toBeVisible()
    expect(errors).toEqual([])
  })

  test('a read-only token: a write attempt is refused with a clear message, then writes are off', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app({ token: 'ro-token' })
    await ctx.open()
    await expect(page.getByText('Time left')).toBeVisible()
    await goTo(page, 'Orgasms')
    const before = ctx.api.state.orgasms.size

    const add = page.getByRole('form', { name: 'Add orgasm' })
    await add.getByLabel('Type').fill('Stroke')
    await add.getByRole('button', { name: 'Add orgasm' }).click()
    // The refusal is explained where the user acted, and from then on above every write control.
    await expect(page.getByText(READ_ONLY).first()).toBeVisible()
    expect(requestsTo(ctx, 'POST', 'orgasms.php').map((r) => r.status)).toEqual([403])
    expect(ctx.api.state.orgasms.size).toBe(before)
    await expect(page.getByRole('note')).toHaveText(READ_ONLY)
    // The form stays with what was typed; its submit says why it waits.
    await expect(add.getByLabel('Type')).toHaveValue('Stroke')
    const submit = add.getByRole('button', { name: 'Add orgasm' })
    await expect(submit).toHaveAttribute('aria-disabled', 'true')
    await expect(submit).toHaveAccessibleDescription(READ_ONLY)
    await expect(page.getByRole('button', { name: /^Edit orgasm/ })).toHaveCount(0)

    // What was typed is still there: leaving asks first.
    await leaveUnsaved(page, 'Sessions')
    await expect(page.getByRole('note')).toHaveText(READ_ONLY)
    await expect(page.getByRole('button', { name: 'Start a session' })).toBeDisabled()
    await expect(page.getByRole('button', { name: /^Delete session/ })).toHaveCount(0)

    await goTo(page, 'Overview')
    await expect(page.getByRole('note')).toHaveText(READ_ONLY)
    await expect(page.getByRole('button', { name: 'Play Dice' })).toBeDisabled()

    await page.getByRole('button', { name: 'Open session details' }).click()
    await expect(page.getByRole('note')).toHaveText(READ_ONLY)
    for (const [form, button] of [
      ['Edit session', 'Save changes'],
      ['Stop session', 'Stop session'],
    ] as const) {
      const blocked = page.getByRole('form', { name: form }).getByRole('button', { name: button })
      await expect(blocked).toHaveAttribute('aria-disabled', 'true')
      await expect(blocked).toHaveAccessibleDescription(READ_ONLY)
    }
    // Reading still works.
    await expect(page.getByRole('region', { name: 'History' }).locator('tbody tr').first()).toBeVisible()

    await goTo(page, 'Settings')
    await expect(
      page.getByRole('region', { name: 'API token' }).locator('dt:text-is("Permission") + dd'),
    ).toHaveText('Read only')
    expect(requestsTo(ctx, 'POST', 'orgasms.php')).toHaveLength(1)
    expect(errors).toEqual([])
  })

  test('a server error keeps the typed values and says to try again; a double click sends once', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    await ctx.open()
    await goTo(page, 'Orgasms')
    const before = ctx.api.state.orgasms.size
    const add = page.getByRole('form', { name: 'Add orgasm' })
    const date = userDate(Date.now() - 2 * 86_400_000)

    ctx.api.faults.set({ status500: { count: 1, paths: ['orgasms.php'], methods: ['POST'] } })
    await add.getByLabel('Date').fill(date)
    await add.getByLabel('Mode').selectOption({ label: 'Milking' })
    await add.getByLabel('Type').fill('After a retry')
    await add.getByLabel('Granted by').fill('Sir Edward')
    await add.getByRole('button', { name: 'Add orgasm' }).click()
    await expect(topAlert(add)).toHaveText(SERVER_ERROR)
    await expect(add.getByLabel('Date')).toHaveValue(date)
    await expect(add.getByLabel('Mode')).toHaveValue('milking')
    await expect(add.getByLabel('Type')).toHaveValue('After a retry')
    await expect(add.getByLabel('Granted by')).toHaveValue('Sir Edward')
    expect(ctx.api.state.orgasms.size).toBe(before)
    expect(requestsTo(ctx, 'POST', 'orgasms.php').map((r) => r.status)).toEqual([500])

    // A date in the future: the form's schema lets it through, the service refuses it (400).
    await add.getByLabel('Date').fill(userDateInDays(3))
    await add.getByRole('button', { name: 'Add orgasm' }).click()
    await expect(topAlert(add)).toHaveText('The date cannot be in the future')
    await expect(add.getByLabel('Type')).toHaveValue('After a retry')

    // The retry, double-clicked while the service is slow: one request, one orgasm.
    ctx.api.faults.set({ stallMs: { ms: 800, count: 1, paths: ['orgasms.php'], methods: ['POST'] } })
    await add.getByLabel('Date').fill(date)
    await add.getByRole('button', { name: 'Add orgasm' }).dblclick()
    await expect(add.getByRole('button', { name: 'Saving…' })).toBeDisabled()
    await expect(announced(page)).toHaveText('Orgasm added')
    await expect(topAlert(add)).toHaveCount(0)
    expect(requestsTo(ctx, 'POST', 'orgasms.php').map((r) => r.status)).toEqual([500, 400, 201])
    expect(ctx.api.state.orgasms.size).toBe(before + 1)
    await expect(
      page.getByRole('region', { name: 'All orgasms' }).locator('tbody tr', { hasText: 'After a retry' }),
    ).toHaveCount(1)

    // The same on a session edit: a 500, the typed notes kept, then saved once despite two submits.
    await goTo(page, 'Overview')
    await page.getByRole('button', { name: 'Open session details' }).click()
    const edit = page.getByRole('form', { name: 'Edit session' })
    ctx.api.faults.set({ status500: { count: 1, paths: ['sessions.php'], methods: ['PATCH'] } })
    await edit.getByLabel('Notes').fill('Typed, not yet saved')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(topAlert(edit)).toHaveText(SERVER_ERROR)
    await expect(edit.getByLabel('Notes')).toHaveValue('Typed, not yet saved')

    ctx.api.faults.set({ stallMs: { ms: 800, count: 1, paths: ['sessions.php'], methods: ['PATCH'] } })
    await edit.evaluate((form) => {
      const f = form as unknown as { requestSubmit(): void }
      f.requestSubmit()
      f.requestSubmit()
    })
    await expect(announced(page)).toHaveText('Session saved')
    expect(requestsTo(ctx, 'PATCH', 'sessions.php').map((r) => r.status)).toEqual([500, 200])
    await expect(
      page.getByRole('region', { name: 'Active session' }).locator('dt:text-is("Notes") + dd'),
    ).toHaveText('Typed, not yet saved')
    expect(errors).toEqual([])
  })
})
