/**
 * Every endpoint through the typed client, against the emulator:
 *   npm run fake-api -- --port 8787 --seed demo     (in one terminal)
 *   npx tsx scripts/client-example.ts               (in another)
 */
import { ApiClient } from '../src/main/api/client'
import { ApiError } from '../src/main/api/errors'

const client = new ApiClient({
  baseUrl: process.env.CT_API_BASE_URL ?? 'http://127.0.0.1:8787',
  getToken: () => process.env.CT_TOKEN ?? 'dev-token',
  userAgent: 'ChastityTrackerCompanion-example/0.1',
})

const stats = await client.stats()
console.log(`${stats.nick}: locked=${stats.locked}, total ${stats.total_locked_since}`)

const active = await client.activeSession()
console.log(
  'active session',
  active?.id,
  'ends',
  active?.scheduledend,
  'games',
  Object.keys(active?.games ?? {}),
)

const sessions = await client.listSessions({ active: 0, limit: 5 })
console.log(`${sessions.total} finished sessions; newest starts ${sessions.items[0]?.start}`)

if (active) {
  const history = await client.allHistories({ session: active.id })
  console.log(`${history.items.length} history rows`)
  const changes = await client.listGamesChanges({ session: active.id, include_raw: 1 })
  console.log(`${changes.total} rule changes; latest:`, changes.items[0]?.changes)
  await client.updateSession(active.id, { notes: 'Edited from the example' })
  const roll = await client.playGame({ game: 'dice', dom: 0, session: active.id })
  console.log(`dice: ${roll.operation} ${roll.seconds}s, now ends ${roll.scheduledend_utc}`)
}

const created = await client.createOrgasms({ date: '2026-11-01', mode: 'ruined', public: 0 })
const id = created.ids?.[0]
if (id) {
  await client.updateOrgasm(id, { type: 'Edited' })
  console.log('orgasm', await client.getOrgasm(id))
  await client.deleteOrgasm(id)
}
console.log(`${(await client.listOrgasms({ limit: 1 })).total} orgasms`)

try {
  await client.createSession({ type: 'live', scheduledend: '2030-01-01' })
} catch (e) {
  if (e instanceof ApiError)
    console.log(`a second live session is refused: ${e.kind} (${e.status}): ${e.message}`)
  else throw e
}
