import { collectPageErrors, expect, goTo, test } from './fixtures'

test('an empty account: every page says there is nothing yet, the tray says not locked, nothing breaks', async ({
  page,
  app,
}) => {
  const errors = collectPageErrors(page)
  const ctx = await app({ api: { seed: 'empty' } })
  await ctx.open()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.getByText('You are not locked right now.')).toBeVisible()
  await expect.poll(async () => (await ctx.harnessState()).tray.tooltip).toBe('Not locked')

  await goTo(page, 'Sessions')
  await expect(page.getByText('No sessions to chart.')).toBeVisible()
  await expect(page.getByText('No sessions recorded yet.')).toBeVisible()

  await goTo(page, 'Orgasms')
  await expect(page.getByText('No orgasms recorded yet.')).toBeVisible()

  expect((await ctx.harnessState()).notifications).toEqual([])
  expect(errors).toEqual([])
})
