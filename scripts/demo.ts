/**
 * npm run demo: the emulator with the demo account and the app in the browser harness, so the
 * whole product can be tried without Electron or an account. Open the printed address.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { MemoryTokenStore } from '../src/main/auth/memory-token-store'
import { startFakeApi } from '../tools/fake-api/server'
import { startHarness } from '../tools/harness/server'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    'api-port': { type: 'string', default: '8787' },
    seed: { type: 'string', default: 'demo' },
  },
})
const seed = values.seed === 'large' || values.seed === 'empty' ? values.seed : 'demo'
const api = await startFakeApi({ port: Number(values['api-port']), seed, token: 'dev-token' })
const tokenStore = new MemoryTokenStore()
await tokenStore.set('dev-token')
const harness = await startHarness({
  port: Number(values.port),
  apiBaseUrl: api.url,
  tokenStore,
  dataDir: await mkdtemp(join(tmpdir(), 'ct-demo-')),
  rendererDir: join(root, 'out/renderer'),
  version: '0.1.0',
  pollSeconds: 15,
})
console.log(`Emulator (demo account, token dev-token): ${api.url}`)
console.log(`Open the app in your browser: ${harness.url}`)
console.log(`Tray and notifications as the app shows them: ${harness.url}/harness/state`)
console.log('Press Ctrl+C to stop.')

const stop = () => {
  void harness
    .close()
    .then(() => api.close())
    .then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
