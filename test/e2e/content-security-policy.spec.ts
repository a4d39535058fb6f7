import { expect, goTo, test } from './fixtures'
import { openStartForm, startForm } from './helpers'

test('the page runs under its strict Content-Security-Policy without a single violation', async ({
  page,
  app,
}) => {
  // Recorded from the first script on: zod's eval probe would show here as a violation.
  await page.addInitScript(() => {
    interface Violation {
      violatedDirective: string
      blockedURI: string
      sourceFile: string
      lineNumber: number
    }
    const g = globalThis as unknown as {
      cspViolations: string[]
      document: { addEventListener(type: string, listener: (e: Violation) => void): void }
    }
    const seen: string[] = []
    g.cspViolations = seen
    g.document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    )
  })
  const ctx = await app()
  await ctx.open()
  await goTo(page, 'Settings')
  // Validating a form parses an object with zod: the moment a JIT probe would run.
  await page.getByRole('button', { name: 'Save settings' }).click()
  // A past session can be logged while one runs: an empty one is refused by the form's zod parse.
  await openStartForm(page)
  await startForm(page)
    .getByLabel(/^Manual/)
    .check()
  await startForm(page).getByRole('button', { name: 'Save session' }).click()
  await expect(startForm(page).getByText('Some fields need attention')).toBeVisible()
  const violations = await page.evaluate(
    () => (globalThis as unknown as { cspViolations: string[] }).cspViolations,
  )
  expect(violations).toEqual([])
})
