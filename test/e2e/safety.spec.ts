/**
 * Irreversible actions ask first, in words that name the consequence, and the keyboard never
 * loses its place: after a dialog, a save, a stop or a game, focus is where the user can go on.
 */
import type { Page } from '@playwright/test'
import { control } from '../../tools/app'
import { activeSessionRow, expect, requestsTo, test, USER_ZONE, type AppContext } from './fixtures'
import { announced, confirmByKeyboard } from './helpers'

test.use(USER_ZONE)

async function openActiveSession(page: Page, ctx: AppContext): Promise<number> {
  const active = activeSessionRow(ctx)
  if (!active) throw new Error('The demo seed has an active session')
  await ctx.open()
  await page.getByRole('button', { name: 'Open session details' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Session ${active.id}` })).toBeFocused()
  return active.id
}

test.describe('safe, keyboard-friendly actions', () => {
  test('stopping by keyboard asks first; Escape cancels back to the button; confirming stops and says so', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const id = await openActiveSession(page, ctx)
    const stopButton = page
      .getByRole('form', { name: 'Stop session' })
      .getByRole('button', { name: 'Stop session' })
    const dialog = page.getByRole('dialog', { name: 'Stop now?' })

    await stopButton.focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await expect(dialog).toHaveAccessibleDescription('The session ends and cannot be restarted.')
    // The safe choice has focus: a second Enter does not stop anything.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(stopButton).toBeFocused()
    expect(requestsTo(ctx, 'PATCH', 'sessions.php')).toHaveLength(0)
    expect(ctx.api.state.sessions.get(id)?.active).toBe(true)

    await confirmByKeyboard(page, dialog, 'Stop session')

    await expect(page.getByRole('heading', { level: 2, name: 'Finished session' })).toBeFocused()
    await expect(announced(page)).toHaveText('Session stopped')
    await expect(dialog).toBeHidden()
    expect(ctx.api.state.sessions.get(id)?.active).toBe(false)
    expect(requestsTo(ctx, 'PATCH', 'sessions.php')).toHaveLength(1)
  })

  test('a stop made on the website while focus is on Stop moves focus to the finished heading, not the page', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await openActiveSession(page, ctx)
    const stopButton = page
      .getByRole('form', { name: 'Stop session' })
      .getByRole('button', { name: 'Stop session' })
    await stopButton.focus()
    await control(ctx.api, 'stop', {})
    await ctx.invoke('sync:refresh')
    await expect(page.getByRole('heading', { level: 2, name: 'Finished session' })).toBeFocused()
  })

  test('playing Dice by keyboard asks first, shows the result in the window and keeps focus on the button', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const active = activeSessionRow(ctx)
    if (!active) throw new Error('The demo seed has an active session')
    const endBefore = active.scheduledEnd
    await ctx.open()
    const current = page.getByRole('region', { name: 'Current session' })
    const play = current.getByRole('button', { name: 'Play Dice' })
    const dialog = page.getByRole('dialog', { name: 'Roll the dice?' })

    await play.focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveAccessibleDescription(
      'The result changes your scheduled end and cannot be undone.',
    )
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(play).toBeFocused()
    expect(requestsTo(ctx, 'POST', 'games.php')).toHaveLength(0)

    await confirmByKeyboard(page, dialog, 'Roll the dice')
    const result = current.getByText(/^Dice: [+−]\d+ (minute|hour|day)s?.*New end: /)
    await expect(result).toBeVisible()
    // The same words at the top of the window, where a screen reader hears them.
    await expect(announced(page)).toHaveText((await result.textContent()) ?? '')
    await expect(play).toBeFocused()
    expect(requestsTo(ctx, 'POST', 'games.php')).toHaveLength(1)
    expect(active.scheduledEnd).not.toBe(endBefore)
  })

  test('editing by keyboard saves with focus kept on Save; unsaved changes ask before leaving', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const id = await openActiveSession(page, ctx)
    const form = page.getByRole('form', { name: 'Edit session' })
    const save = form.getByRole('button', { name: 'Save changes' })

    await form.getByLabel('Notes').focus()
    await page.keyboard.type('Typed by keyboard')
    // On to Save through the date and time fields, by Tab alone.
    for (let i = 0; i < 12 && !(await save.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(save).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(announced(page)).toHaveText('Session saved')
    await expect(save).toBeFocused()
    await expect.poll(() => ctx.api.state.sessions.get(id)?.notes ?? '').toContain('Typed by keyboard')

    // Leaving with unsaved changes asks first; staying keeps them.
    await form.getByLabel('Locked by').fill('Not saved yet')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Overview' }).click()
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect(leave).toContainText('your changes to this session')
    await leave.getByRole('button', { name: 'Stay on this page' }).click()
    await expect(form.getByLabel('Locked by')).toHaveValue('Not saved yet')
    await expect(page.getByRole('heading', { level: 1, name: `Session ${id}` })).toBeVisible()
  })

  test('clearing the scheduled end in the form asks before saving; cancel returns focus to Save', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const id = await openActiveSession(page, ctx)
    const form = page.getByRole('form', { name: 'Edit session' })
    const save = form.getByRole('button', { name: 'Save changes' })
    const dialog = page.getByRole('dialog', { name: 'Remove the scheduled end?' })

    await form.getByLabel('Scheduled end date').fill('')
    await save.focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveAccessibleDescription(
      'The session will have no end date and the countdown stops.',
    )
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(save).toBeFocused()
    expect(requestsTo(ctx, 'PATCH', 'sessions.php')).toHaveLength(0)

    await confirmByKeyboard(page, dialog, 'Remove the end')
    await expect(announced(page)).toHaveText('Scheduled end removed')
    await expect(save).toBeFocused()
    await expect.poll(() => ctx.api.state.sessions.get(id)?.scheduledEnd).toBeNull()
  })

  test('deleting a finished session names it, then the list says it was deleted, without asking about its unsaved edits', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    const id = await openActiveSession(page, ctx)
    const stopForm = page.getByRole('form', { name: 'Stop session' })
    await stopForm.getByRole('button', { name: 'Stop session' }).click()
    await page
      .getByRole('dialog', { name: 'Stop now?' })
      .getByRole('button', { name: 'Stop session' })
      .click()
    await expect(page.getByRole('heading', { level: 2, name: 'Finished session' })).toBeFocused()

    const deleteButton = page.getByRole('region', { name: 'Delete session' }).getByRole('button', {
      name: 'Delete session',
    })
    await deleteButton.click()
    const started = new Intl.DateTimeFormat(USER_ZONE.locale, {
      dateStyle: 'medium',
      timeZone: USER_ZONE.timezoneId,
    }).format(ctx.api.state.sessions.get(id)?.start ?? 0)
    const dialog = page.getByRole('dialog', { name: `Delete session ${id} (started ${started})?` })
    await expect(dialog).toHaveAccessibleDescription('Its history is deleted too. This cannot be undone.')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(deleteButton).toBeFocused()

    // Changes typed into the session's form are moot once it is deleted: nothing more is asked.
    await page.getByRole('form', { name: 'Edit session' }).getByLabel('Notes').fill('Typed, then deleted')
    await deleteButton.click()
    await dialog.getByRole('button', { name: 'Delete session' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeFocused()
    await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeHidden()
    await expect(announced(page)).toHaveText(`Session ${id} deleted`)
    expect(ctx.api.state.sessions.has(id)).toBe(false)
  })

  test('offline, the write buttons stay focusable, say why they cannot be used and send nothing', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await openActiveSession(page, ctx)
    await ctx.api.close()
    await ctx.invoke('sync:refresh')
    const stopButton = page
      .getByRole('form', { name: 'Stop session' })
      .getByRole('button', { name: 'Stop session' })
    await expect(stopButton).toHaveAttribute('aria-disabled', 'true')
    await expect(stopButton).toHaveAccessibleDescription(/You are offline/)
    const save = page
      .getByRole('form', { name: 'Edit session' })
      .getByRole('button', { name: 'Save changes' })
    await expect(save).toHaveAccessibleDescription(/You are offline/)

    await stopButton.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Stop now?' })).toBeHidden()
    await expect(stopButton).toBeFocused()
  })
})
