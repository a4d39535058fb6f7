/**
 * The README's client example runs as written against the emulator.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFakeApi, type FakeApi } from '../../tools/fake-api/server'

let api: FakeApi
beforeAll(async () => {
  api = await startFakeApi({ port: 0, seed: 'demo' })
})
afterAll(async () => {
  await api.close()
})

it('scripts/client-example.ts calls every endpoint and exits cleanly', async () => {
  const root = resolve(import.meta.dirname, '../..')
  // Asynchronous: the emulator answers from this same process.
  const result = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/client-example.ts'],
    {
      cwd: root,
      env: { ...process.env, CT_API_BASE_URL: api.url },
      encoding: 'utf8',
      timeout: 30_000,
    },
  )
  expect(result.stderr).toBe('')
  expect(result.stdout).toMatch(/Tester: locked=true/)
  expect(result.stdout).toMatch(/a second live session is refused: conflict \(409\)/)
  const paths = new Set(api.requestLog.map((r) => `${r.method} ${r.path.split('/').pop()}`))
  for (const endpoint of [
    'GET stats.php',
    'GET sessions.php',
    'PATCH sessions.php',
    'POST sessions.php',
    'GET histories.php',
    'GET games_changes.php',
    'POST games.php',
    'POST orgasms.php',
    'PATCH orgasms.php',
    'GET orgasms.php',
    'DELETE orgasms.php',
  ]) {
    expect(paths).toContain(endpoint)
  }
})
