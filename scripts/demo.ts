/**
 * npm run demo: the emulator with the demo account and the app in the browser harness, so the
 * whole product can be tried without Electron or an account. Open the printed address.
 */
import { parseArgs } from 'node:util'
import { startApp, TOKEN } from '../tools/app'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    'api-port': { type: 'string', default: '8787' },
    seed: { type: 'string', default: 'demo' },
  },
})
const seed = values.seed === 'large' || values.seed === 'empty' ? values.seed : 'demo'
const app = await startApp({
  api: { port: Number(values['api-port']), seed },
  renderer: true,
  port: Number(values.port),
  version: '0.1.0',
  pollSeconds: 15,
})
const { api, harness } = app
console.log(`Emulator (${seed} account, token ${TOKEN}): ${api.url}`)
console.log(`Open the app in your browser: ${harness.url}`)
console.log(`Tray and notifications as the app shows them: ${harness.url}/harness/state`)
console.log('Press Ctrl+C to stop.')

const stop = () => void app.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
