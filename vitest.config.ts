import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Playwright specs (*.spec.ts) run under Playwright, never here.
    exclude: ['test/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    server: {
      deps: {
        // electron-store imports 'electron' itself; inlining it lets a test's mock of 'electron' apply.
        inline: ['electron-store'],
      },
    },
  },
})
