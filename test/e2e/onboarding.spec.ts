import { expect, test } from './fixtures'

test.describe('first start', () => {
  test('with no token: onboarding, a wrong token refused, a good token accepted, data shown', async ({
    page,
    app,
  }) => {
    const ctx = await app({ token: null })
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible()
    const field = page.getByLabel('API token')
    await expect(field).toHaveAttribute('type', 'password')

    await field.fill('wrong-token-123456')
    await page.getByRole('button', { name: 'Save token' }).click()
    await expect(page.getByText(/refused/i).first()).toBeVisible()
    await expect(field).toHaveValue('wrong-token-123456')
    expect((await ctx.harnessState()).notifications).toEqual([])

    await field.fill('dev-token')
    await page.getByRole('button', { name: 'Save token' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await expect(page.getByText('Time left')).toBeVisible()
    await expect(page.getByText('Mistress')).toBeVisible()

    // The page never holds the token: window.api has only the bridge.
    const html = await page.content()
    expect(html).not.toContain('dev-token')
    const apiKeys = await page.evaluate(() =>
      Object.keys((globalThis as unknown as { api: object }).api).sort(),
    )
    expect(apiKeys).toEqual(['channels', 'invoke', 'on'])
    await expect.poll(async () => (await ctx.harnessState()).tray.tooltip).toMatch(/left|Ends/)
  })

  test('the page cannot call a channel outside the contract, nor from another origin', async ({
    page,
    app,
  }) => {
    const ctx = await app()
    await ctx.open()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    const unknown = await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { invoke: (c: string) => Promise<unknown> } }).api
      return api.invoke('fs:readFile')
    })
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'internal' } })
    const foreign = await fetch(`${ctx.harness.url}/ipc/auth:status`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: 'null',
    })
    expect(await foreign.json()).toMatchObject({ ok: false })
  })
})
