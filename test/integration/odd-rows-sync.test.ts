/**
 * The real core (through the browser harness, without a browser) against the emulator serving
 * rows the documentation does not show: the sync keeps the active session and the tray counts
 * down; the audit log still lists the odd rule change, its object value intact for the dashboard.
 */
import { afterEach, expect, it } from 'vitest'
import { startApp, TOKEN } from '../../tools/app'
import { startFakeApi, type FakeApi } from '../../tools/fake-api/server'

const open: { close(): Promise<void> }[] = []

afterEach(async () => {
  while (open.length > 0) await open.pop()?.close()
})

async function plant(api: FakeApi, body: unknown): Promise<void> {
  const response = await fetch(`${api.url}/__control/raw-row`, { method: 'POST', body: JSON.stringify(body) })
  expect(response.status).toBe(200)
}

const penalties = { min: 2, addint: 1, addunit: 'DAY', always: 1 }

it('an object in a rule change, an unknown history source and an extra field never stop the sync', async () => {
  // The odd rows are there before the app's first sync, which reads every row of the session.
  const api = await startFakeApi({ port: 0, seed: 'demo', token: TOKEN })
  open.push(api)
  await plant(api, {
    table: 'games_changes',
    fields: { changes: [{ label: 'Penalty', from: null, to: penalties }], extra: { any: 'thing' } },
  })
  await plant(api, { table: 'histories', fields: { source: 'BONUS', unit: 60 } })
  const app = await startApp({ api })
  open.push(app)
  const { activeSessionId: session } = await app.control<{ activeSessionId: number }>(
    'state',
    undefined,
    'GET',
  )

  await app.call('sync:refresh')
  const overview = await app.call('overview:get')
  expect(overview.activeSession?.id).toBe(session)
  expect(app.harness.platform.tray.tooltip).not.toMatch(/Not locked/)
  expect(app.harness.core.syncState().lastError).toBeNull()

  const log = await app.call('gamesChanges:all', { session, include_raw: 1 })
  const odd = log.items.find((item) => item.extra !== undefined)
  expect(odd?.changes).toEqual([{ label: 'Penalty', from: null, to: penalties }])
  expect(odd?.extra).toEqual({ any: 'thing' })

  // Later polls too: a real rule change after another odd row is noticed and told.
  await app.control('raw-row', { table: 'games_changes', fields: { changes: [{ label: 'x', to: [1, 2] }] } })
  await app.control('rules', { game: 'LINK', action: 'UPDATE', config: { waitint: 7 }, dom_nick: 'Mistress' })
  await app.call('sync:refresh')
  expect(app.harness.core.syncState().lastError).toBeNull()
  expect(app.harness.platform.tray.tooltip).not.toMatch(/Not locked/)
  const shown = app.harness.platform.notifier.shown.map((n) => `${n.title} ${n.body}`).join('\n')
  expect(shown).toMatch(/LINK/)
})
