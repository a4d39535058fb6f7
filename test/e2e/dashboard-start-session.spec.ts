import {
  activeSessionRow,
  collectPageErrors,
  expect,
  expectNoReload,
  goTo,
  markDocument,
  requestsTo,
  test,
  USER_ZONE,
  formatUserDateTime,
  userDate,
  userInstant,
} from './fixtures'
import { openStartForm, sessionFact, startForm } from './helpers'

test.use(USER_ZONE)

test.describe('dashboard: start a session', () => {
  test('a manual past session is saved, found in the list on its page, and deleted from there', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    await ctx.open()
    await markDocument(page)
    await openStartForm(page)
    const form = startForm(page)
    await form.getByLabel(/^Manual/).check()
    await form.getByLabel('Start date', { exact: true }).fill('2025-03-01')
    await form.getByLabel('Start time', { exact: true }).fill('10:00')
    await form.getByLabel('End date', { exact: true }).fill('2025-03-02')
    await form.getByLabel('End time', { exact: true }).fill('12:00')
    await form.getByLabel('Locked by').fill('Lady M')
    await form.getByLabel('Notes').fill('Weekend away')
    // A manual session has no games.
    await expect(form.getByLabel('Dice game')).toHaveCount(0)
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(page.getByText('Session saved')).toBeVisible()

    const heading = page.getByRole('heading', { level: 1, name: /^Session \d+$/ })
    await expect(heading).toBeVisible()
    const id = Number((await heading.textContent())?.replace('Session ', ''))
    await expect(page.getByRole('region', { name: 'Finished session' })).toBeVisible()
    await expect(sessionFact(page, 'Start')).toHaveText('Mar 1, 2025, 10:00 AM')
    await expect(sessionFact(page, 'End')).toHaveText('Mar 2, 2025, 12:00 PM')
    await expect(sessionFact(page, 'Duration')).toHaveText('1 day 2 hours')
    await expect(sessionFact(page, 'Locked by')).toHaveText('Lady M')
    await expect(sessionFact(page, 'Notes')).toHaveText('Weekend away')
    const row = ctx.api.state.sessions.get(id)
    expect(row).toMatchObject({ active: false, lockedby: 'Lady M', notes: 'Weekend away' })
    expect(row?.start).toBe(userInstant('2025-03-01', '10:00'))
    expect(row?.end).toBe(userInstant('2025-03-02', '12:00'))

    // The oldest of 21 sessions: the only row of the second page at 20 a page.
    await page.getByRole('button', { name: 'Back to sessions' }).click()
    await page.getByLabel('Per page').selectOption('20')
    const pager = page.getByRole('navigation', { name: 'Sessions pages' })
    await expect(pager).toContainText('1–20 of 21')
    await pager.getByRole('button', { name: 'Next page' }).click()
    await expect(pager).toContainText('21–21 of 21')
    const rows = page.getByRole('region', { name: 'All sessions' }).locator('tbody tr')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('Mar 1, 2025, 10:00 AM')
    await expect(rows.first()).toContainText('Mar 2, 2025, 12:00 PM')
    await expect(rows.first()).toContainText('Lady M')

    // Deleting the only row of the last page steps back to the page before, pager and all.
    await rows
      .first()
      .getByRole('button', { name: `Delete session ${id}`, exact: true })
      .click()
    await page
      .getByRole('dialog', { name: 'Delete this session?' })
      .getByRole('button', { name: 'Delete session' })
      .click()
    await expect(pager).toContainText('1–20 of 20')
    await expect(rows).toHaveCount(20)
    await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled()
    expect(ctx.api.state.sessions.has(id)).toBe(false)
    await expectNoReload(page)
    expect(errors).toEqual([])
  })

  test('after stopping the live session, a new live session starts with Dice and Luck and their penalties', async ({
    page,
    app,
  }) => {
    const errors = collectPageErrors(page)
    const ctx = await app()
    const old = activeSessionRow(ctx)
    if (!old) throw new Error('The demo seed has an active session')
    await ctx.open()
    await markDocument(page)
    await page.getByRole('button', { name: 'Open session details' }).click()
    await page
      .getByRole('form', { name: 'Stop session' })
      .getByRole('button', { name: 'Stop session' })
      .click()
    await page
      .getByRole('dialog', { name: 'Stop now?' })
      .getByRole('button', { name: 'Stop session' })
      .click()
    await expect(page.getByRole('region', { name: 'Finished session' })).toBeVisible()
    expect(old.active).toBe(false)

    await openStartForm(page)
    const form = startForm(page)
    await expect(form.getByLabel(/^Live/)).toBeChecked()
    const end = userDate(Date.now() + 4 * 86_400_000)
    await form.getByLabel('Scheduled end date').fill(end)
    await form.getByLabel('Scheduled end time').fill('20:00')
    await form.getByLabel('Locked by').fill('Mistress')
    await form.getByLabel('Public', { exact: true }).check()

    // Each game is a group; an amount and its unit are one answer.
    const dice = form.getByRole('group', { name: 'Dice', exact: true })
    await dice.getByLabel('Dice game').check()
    await dice.getByLabel('Number of dice').fill('2')
    await dice.getByLabel('Dice count in').selectOption({ label: 'hours' })
    await dice.getByLabel('Wait between rolls', { exact: true }).fill('30')
    await dice.getByLabel('Wait between rolls: unit').selectOption({ label: 'minutes' })
    await dice.getByLabel('Dice multiplier: lowest').fill('1')
    await dice.getByLabel('Dice multiplier: highest').fill('2.5')
    const dicePenalty = dice.getByRole('group', { name: 'Dice penalty', exact: true })
    await dicePenalty.getByLabel('Dice penalties').check()
    await dicePenalty.getByLabel('Fewest rolls').fill('3')
    await dicePenalty.getByLabel('Dice penalty adds', { exact: true }).fill('6')
    await dicePenalty.getByLabel('Dice penalty adds: unit').selectOption({ label: 'hours' })

    const luck = form.getByRole('group', { name: 'Luck', exact: true })
    await luck.getByLabel('Luck game').check()
    await luck.getByLabel('Bad luck adds', { exact: true }).fill('2')
    await luck.getByLabel('Bad luck adds: unit').selectOption({ label: 'hours' })
    await luck.getByLabel('Good luck removes', { exact: true }).fill('1')
    await luck.getByLabel('Good luck removes: unit').selectOption({ label: 'hours' })
    const luckPenalty = luck.getByRole('group', { name: 'Luck penalty', exact: true })
    await luckPenalty.getByLabel('Luck penalties').check()
    await luckPenalty.getByLabel('Fewest plays').fill('1')
    await luckPenalty.getByLabel('Luck penalty adds', { exact: true }).fill('1')
    await luckPenalty.getByLabel('Luck penalty adds: unit').selectOption({ label: 'days' })
    await luckPenalty.getByLabel('Luck penalty only once').check()

    await form.getByRole('button', { name: 'Start session' }).click()
    await expect(page.getByText('Session started')).toBeVisible()
    const heading = page.getByRole('heading', { level: 1, name: /^Session \d+$/ })
    await expect(heading).toBeVisible()
    const id = Number((await heading.textContent())?.replace('Session ', ''))
    expect(id).not.toBe(old.id)
    await expect(page.getByRole('region', { name: 'Active session' })).toBeVisible()
    await expect(sessionFact(page, 'Locked by')).toHaveText('Mistress')
    const scheduled = userInstant(end, '20:00')
    await expect(sessionFact(page, 'Scheduled end')).toHaveText(formatUserDateTime(scheduled))
    expect(requestsTo(ctx, 'POST', 'sessions.php')).toHaveLength(1)

    const row = ctx.api.state.sessions.get(id)
    expect(row).toMatchObject({ active: true, public: 1, scheduledEnd: scheduled })
    expect(row?.games).toEqual({
      dice: {
        dices: 2,
        addunit: 'HOUR',
        waitint: 30,
        waitunit: 'MINUTE',
        minmultiplier: 1,
        maxmultiplier: 2.5,
        penalties: { min: 3, addint: 6, addunit: 'HOUR', always: 1 },
      },
      link: null,
      luck: {
        addint: 2,
        addunit: 'HOUR',
        subint: 1,
        subunit: 'HOUR',
        waitint: 1,
        waitunit: 'HOUR',
        minmultiplier: 1,
        maxmultiplier: 1,
        penalties: { min: 1, addint: 1, addunit: 'DAY', always: 0 },
      },
    })

    // The overview follows without a reload: the new countdown and both games to play.
    await goTo(page, 'Overview')
    const current = page.getByRole('region', { name: 'Current session' })
    await expect(current.getByText('Time left')).toBeVisible()
    await expect(current.getByRole('button', { name: 'Play Dice' })).toBeVisible()
    await expect(current.getByRole('button', { name: 'Play Luck' })).toBeVisible()
    await current.getByRole('button', { name: 'Play Luck' }).click()
    await page
      .getByRole('dialog', { name: 'Try your luck?' })
      .getByRole('button', { name: 'Play Luck' })
      .click()
    await expect(current.getByText(/^Luck: [+−]/)).toContainText(/^Luck: [+−]\d+ hours?/)
    await expectNoReload(page)
    expect(errors).toEqual([])
  })
})
