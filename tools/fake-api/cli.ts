/** `npm run fake-api -- --port 8787 --seed demo ...`: runs the emulator until interrupted. */
import { parseArgs } from 'node:util'
import { startFakeApi } from './server'
import type { SeedName } from './types'

const SEEDS: readonly SeedName[] = ['empty', 'demo', 'large']

function intOption(values: Record<string, string | undefined>, name: string): number | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      seed: { type: 'string', default: 'demo' },
      'seed-number': { type: 'string' },
      token: { type: 'string', default: 'dev-token' },
      'read-only-token': { type: 'string', default: 'ro-token' },
      'other-token': { type: 'string', default: 'other-token' },
      'large-sessions': { type: 'string' },
      'large-history-rows': { type: 'string' },
      'latency-ms': { type: 'string' },
      'user-offset': { type: 'string' },
    },
    strict: true,
  })
  const seed = values.seed as SeedName
  if (!SEEDS.includes(seed)) throw new Error(`--seed must be one of ${SEEDS.join(', ')}`)
  const latencyMs = intOption(values, 'latency-ms')
  const api = await startFakeApi({
    port: intOption(values, 'port') ?? 8787,
    host: '127.0.0.1',
    seed,
    seedNumber: intOption(values, 'seed-number'),
    token: values.token,
    readOnlyToken: values['read-only-token'],
    otherUserToken: values['other-token'],
    largeSessions: intOption(values, 'large-sessions'),
    largeHistoryRows: intOption(values, 'large-history-rows'),
    userOffset: values['user-offset'],
    faults: latencyMs === undefined ? undefined : { latencyMs },
  })
  console.log(`Fake Chastity Tracker API listening on ${api.url}`)
  const shutdown = () => {
    void api.close().then(() => process.exit(0))
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
