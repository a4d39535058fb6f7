import { defineConfig } from '@playwright/test'

/**
 * The packaged-app test, run by the release workflow after electron-builder on each system:
 *   npx playwright test -c test/release/playwright.config.ts     (xvfb-run first on Linux)
 * Apart from the browser tests (playwright.config.ts, test/e2e): it needs the real Electron.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../artifacts/release-test-results',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
})
