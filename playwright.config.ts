import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium'

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'artifacts/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test has its own emulator, harness and data folder: tests run side by side, also those
  // of one file (so a file of long tests does not keep one worker busy while the other idles).
  // Three workers on two cores: much of a test is waiting (polls, timers, the emulator), and a
  // third worker filled that time (3.1 instead of 3.8 minutes, on this project's 2-core machine).
  fullyParallel: true,
  workers: 3,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
