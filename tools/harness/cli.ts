/**
 * npm run harness -- --port 5174 --api-base-url http://127.0.0.1:8787 --token dev-token
 *   [--data-dir DIR] [--poll-seconds N]
 * Serves the built renderer with the real core, on loopback only.
 */
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { KeychainTokenStore } from '../../src/main/auth/token-store'
import { MemoryTokenStore } from '../../src/main/auth/memory-token-store'
import { startHarness } from './server'

const root = resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    'api-base-url': { type: 'string', default: 'http://127.0.0.1:8787' },
    token: { type: 'string' },
    'data-dir': { type: 'string' },
    'poll-seconds': { type: 'string' },
  },
})

const rendererDir = join(root, 'out/renderer')
if (!(await stat(join(rendererDir, 'index.html')).catch(() => null))) {
  console.error('The renderer is not built: run `npx electron-vite build` (npm run harness does it for you).')
  process.exit(1)
}

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }
const tokenStore = new MemoryTokenStore()
if (values.token) await tokenStore.set(values.token)
const dataDir = values['data-dir']
  ? resolve(values['data-dir'])
  : await mkdtemp(join(tmpdir(), 'ct-harness-'))

const harness = await startHarness({
  port: Number(values.port),
  apiBaseUrl: values['api-base-url'],
  tokenStore: values.token ? tokenStore : new KeychainTokenStore(),
  dataDir,
  rendererDir,
  version: pkg.version,
  pollSeconds: values['poll-seconds'] ? Number(values['poll-seconds']) : undefined,
})
console.log(`Harness listening on ${harness.url} (API ${values['api-base-url']}, data in ${dataDir})`)

const shutdown = () => {
  void harness.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
