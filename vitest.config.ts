import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Playwright specs (*.spec.ts) run under Playwright, never here.
    exclude: ['test/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The smoke test runs the built entry: out/ is built first when it is missing or stale.
    globalSetup: ['test/smoke/global-setup.ts'],
    pool: 'forks',
    // Most files wait on timers and sockets far more than they compute: one worker more than the
    // cores (vitest's default is one fewer: a single worker on two cores).
    maxWorkers: availableParallelism() + 1,
    server: {
      deps: {
        // electron-store imports 'electron' itself; inlining it lets a test's mock of 'electron' apply.
        inline: ['electron-store'],
      },
    },
  },
})
