/**
 * Run as a child process by local-state.test.ts, with the session bus pointed at nothing (libsecret
 * reads the bus address once per process): the real core with the real keychain store, against
 * the emulator. Prints what the user would see as one JSON line.
 */
import { KeychainTokenStore } from '../../src/main/auth/token-store'
import { startApp } from '../../tools/app'

const apiBaseUrl = process.env.CT_API_URL
const dataDir = process.env.CT_DATA_DIR
const token = process.env.CT_TOKEN
if (!apiBaseUrl || !dataDir || !token) throw new Error('CT_API_URL, CT_DATA_DIR and CT_TOKEN are required')

const app = await startApp({ api: { url: apiBaseUrl }, tokenStore: new KeychainTokenStore(), dataDir })

const atStart = await app.invoke('auth:status')
const toKeychain = await app.invoke('auth:setToken', { token })
const toMemory = await app.invoke('auth:setToken', { token, memoryOnly: true })
const refresh = await app.invoke('sync:refresh')
const overview = await app.invoke('overview:get')
const afterwards = await app.invoke('auth:status')
await app.close()
process.stdout.write(`${JSON.stringify({ atStart, toKeychain, toMemory, refresh, overview, afterwards })}\n`)
