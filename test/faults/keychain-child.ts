/**
 * Run as a child process by keychain.test.ts, with the session bus pointed at nothing (libsecret
 * reads the bus address once per process): the real core with the real keychain store, against
 * the emulator. Prints what the user would see as one JSON line.
 */
import { join } from 'node:path'
import { KeychainTokenStore } from '../../src/main/auth/token-store'
import { startHarness } from '../../tools/harness/server'

const apiBaseUrl = process.env.CT_API_URL
const dataDir = process.env.CT_DATA_DIR
const token = process.env.CT_TOKEN
if (!apiBaseUrl || !dataDir || !token) throw new Error('CT_API_URL, CT_DATA_DIR and CT_TOKEN are required')

const harness = await startHarness({
  apiBaseUrl,
  tokenStore: new KeychainTokenStore(),
  dataDir,
  rendererDir: join(dataDir, 'no-renderer'),
  version: '0.0.0-test',
  pollSeconds: 3600,
})
const call = (channel: string, arg?: unknown) => harness.core.dispatch(channel, arg, harness.url)

const atStart = await call('auth:status')
const toKeychain = await call('auth:setToken', { token })
const toMemory = await call('auth:setToken', { token, memoryOnly: true })
const refresh = await call('sync:refresh')
const overview = await call('overview:get')
const afterwards = await call('auth:status')
await harness.close()
process.stdout.write(`${JSON.stringify({ atStart, toKeychain, toMemory, refresh, overview, afterwards })}\n`)
