/**
 * The export, run by the real core (through the harness) against the emulator's large seed: every
 * row of every kind is in the JSON document exactly once and in its CSV, nothing the cache holds
 * is fetched again, and a cancel leaves nothing behind.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isoUtc } from '../../src/main/export/rows'
import type { EventPayload } from '../../src/shared/ipc/contract'
import type { FakeApi } from '../../tools/fake-api/server'
import type { GamesChangeRow, HistoryRow } from '../../tools/fake-api/types'
import { csvRecords } from '../main/export/csv-parse'
import { app, control, emulator, setFaults, settle, tempDir, type FaultApp } from '../faults/support'

const LARGE = 120_000

interface JsonSession {
  id: number
  histories: Record<string, unknown>[]
  games_changes: Record<string, unknown>[]
}
interface JsonDocument {
  format: string
  exportedAt: string
  account: { nick: string }
  sessions: JsonSession[]
  orgasms: { id: number }[]
}

const sorted = (keys: string[]) => [...keys].sort()
const historyKey = (r: Record<string, unknown>) =>
  [r.session, r.happened, r.type, r.unit ?? '', r.source ?? '', r.dom, r.schedule].join('|')
const changeKey = (r: Record<string, unknown>) =>
  [r.session, r.happened, r.game, r.action, r.dom_nick].join('|')

/** The emulator's rows as the export must write them: the API's values, times as UTC ISO. */
const expectedHistory = (r: HistoryRow) =>
  historyKey({
    session: r.session,
    happened: isoUtc(r.happened),
    type: r.type,
    unit: r.unit,
    source: r.source,
    dom: r.dom,
    // The API writes a schedule to the second.
    schedule: isoUtc(Math.floor(r.schedule / 1000) * 1000),
  })
const expectedChange = (r: GamesChangeRow) =>
  changeKey({
    session: r.session,
    happened: isoUtc(r.happened),
    game: r.game,
    action: r.action,
    dom_nick: r.domNick,
  })

function mainUser(api: FakeApi) {
  const { state } = api
  const sessions = [...state.sessions.values()].filter((s) => s.userId === state.mainUserId)
  return {
    sessionIds: sessions.map((s) => s.id),
    histories: sessions.flatMap((s) => state.histories.get(s.id) ?? []),
    gamesChanges: sessions.flatMap((s) => state.gamesChanges.get(s.id) ?? []),
    orgasmIds: [...state.orgasms.values()].filter((o) => o.userId === state.mainUserId).map((o) => o.id),
  }
}

/** Requests made since `from`, by endpoint. */
function requestsSince(api: FakeApi, from: number): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of api.requestLog.slice(from)) {
    const name = r.path.split('/').pop() ?? r.path
    counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}

async function exportInto(a: FaultApp, folder: string) {
  a.harness.platform.dialogs.folder = folder
  const result = await a.call('export:run')
  if (result.cancelled || result.folder === null) throw new Error('The export did not finish')
  return { ...result, folder: result.folder }
}

/** The large seed, synced (the active session's 20,010 history rows are in the cache). */
async function largeApp() {
  const api = await emulator({ seed: 'large' })
  const a = await app(api)
  await settle(a)
  return { api, a }
}

describe('export of the large seed', () => {
  it(
    'writes every row of every kind exactly once, to the JSON document and the CSVs, and fetches nothing the cache holds',
    async () => {
      const { api, a } = await largeApp()
      const parent = await tempDir('ct-export-')
      const progress: EventPayload<'export:progress'>[] = []
      a.harness.platform.window.subscribe((event, payload) => {
        if (event === 'export:progress') progress.push(payload as EventPayload<'export:progress'>)
      })
      const before = api.requestLog.length
      const result = await exportInto(a, parent)
      const expected = mainUser(api)

      expect(expected.sessionIds.length).toBe(2001)
      expect(expected.histories.length).toBeGreaterThanOrEqual(20_000)
      expect(result.counts).toEqual({
        sessions: expected.sessionIds.length,
        histories: expected.histories.length,
        gamesChanges: expected.gamesChanges.length,
        orgasms: expected.orgasmIds.length,
      })
      expect(result.folder.startsWith(join(parent, 'chastity-tracker-export-'))).toBe(true)
      expect(sorted(await readdir(result.folder))).toEqual(sorted(result.files))
      expect(await readdir(parent)).toEqual([result.folder.slice(parent.length + 1)])

      // Only the two lists were fetched, page by page: the active session's rows (the only ones
      // there are) came from the cache, and no session without rows was asked about.
      expect(requestsSince(api, before)).toEqual({
        'sessions.php': Math.ceil(expected.sessionIds.length / 200),
        'orgasms.php': Math.ceil(expected.orgasmIds.length / 200),
      })

      const doc = JSON.parse(
        await readFile(join(result.folder, 'chastity-tracker-export.json'), 'utf8'),
      ) as JsonDocument
      expect(doc.format).toBe('chastity-tracker-export')
      expect(doc.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
      expect(doc.account.nick).toBe(api.state.users.get(api.state.mainUserId)?.nick)
      expect(sorted(doc.sessions.map((s) => String(s.id)))).toEqual(sorted(expected.sessionIds.map(String)))
      expect(sorted(doc.orgasms.map((o) => String(o.id)))).toEqual(sorted(expected.orgasmIds.map(String)))
      expect(sorted(doc.sessions.flatMap((s) => s.histories.map(historyKey)))).toEqual(
        sorted(expected.histories.map(expectedHistory)),
      )
      expect(sorted(doc.sessions.flatMap((s) => s.games_changes.map(changeKey)))).toEqual(
        sorted(expected.gamesChanges.map(expectedChange)),
      )
      // Each session's rows are its own.
      for (const s of doc.sessions) {
        expect(s.histories.every((h) => h.session === s.id)).toBe(true)
        expect(s.games_changes.every((c) => c.session === s.id)).toBe(true)
      }

      const csv = async (name: string) => csvRecords(await readFile(join(result.folder, name), 'utf8'))
      const sessions = await csv('sessions.csv')
      expect(sorted(sessions.map((s) => s.id!))).toEqual(sorted(expected.sessionIds.map(String)))
      const orgasms = await csv('orgasms.csv')
      expect(sorted(orgasms.map((o) => o.id!))).toEqual(sorted(expected.orgasmIds.map(String)))
      const histories = await csv('histories.csv')
      expect(
        sorted(
          histories.map((h) =>
            historyKey({ ...h, unit: h.unit, dom: Number(h.dom), session: Number(h.session) }),
          ),
        ),
      ).toEqual(sorted(expected.histories.map(expectedHistory)))
      const changes = await csv('games_changes.csv')
      expect(sorted(changes.map((c) => changeKey({ ...c, session: Number(c.session) })))).toEqual(
        sorted(expected.gamesChanges.map(expectedChange)),
      )

      // Progress went through every step, each one's count reaching its total.
      const phases = [...new Set(progress.map((p) => p.phase))]
      expect(phases).toEqual(['account', 'sessions', 'orgasms', 'histories', 'writing'])
      expect(progress.filter((p) => p.phase === 'histories').at(-1)).toEqual({
        phase: 'histories',
        done: expected.sessionIds.length,
        total: expected.sessionIds.length,
      })
      // A few updates a second, not one per session.
      expect(progress.length).toBeLessThan(200)
    },
    LARGE,
  )

  it(
    'fetches the rows of a session the cache does not hold, and no longer once a view has cached them',
    async () => {
      const { api, a } = await largeApp()
      const { state } = api
      const finished = [...state.sessions.values()].find((s) => s.userId === state.mainUserId && !s.active)!
      // 250 rows: two pages of the API.
      for (let i = 0; i < 250; i++) {
        const happened = finished.start + i * 60_000
        state.histories.set(finished.id, [
          ...(state.histories.get(finished.id) ?? []),
          {
            id: 900_000 + i,
            session: finished.id,
            type: i === 0 ? 'START' : 'ADD',
            unit: i === 0 ? null : 60,
            source: i === 0 ? null : 'DICE',
            dom: 0,
            schedule: finished.end!,
            happened,
          },
        ])
      }
      const first = api.requestLog.length
      const one = await exportInto(a, await tempDir('ct-export-'))
      expect(one.counts?.histories).toBe(mainUser(api).histories.length)
      const firstRequests = requestsSince(api, first)
      expect(firstRequests['histories.php']).toBe(2)
      expect(firstRequests['games_changes.php']).toBeUndefined()

      // The session's page caches its rows; the next export takes them from there.
      await a.call('histories:all', { session: finished.id })
      const second = api.requestLog.length
      const two = await exportInto(a, await tempDir('ct-export-'))
      expect(two.counts).toEqual(one.counts)
      expect(requestsSince(api, second)['histories.php']).toBeUndefined()
    },
    LARGE,
  )

  it(
    'a cancel, while a list is fetched or while the files are written, leaves nothing in the folder',
    async () => {
      const { a } = await largeApp()
      for (const step of ['orgasms', 'writing'] as const) {
        const parent = await tempDir('ct-export-')
        a.harness.platform.dialogs.folder = parent
        const stop = a.harness.platform.window.subscribe((event, payload) => {
          // Dispatched at once: the export is stopped before its next step begins.
          if (event === 'export:progress' && (payload as EventPayload<'export:progress'>).phase === step)
            void a.invoke('export:cancel')
        })
        const result = await a.call('export:run')
        stop()
        expect(result).toEqual({ cancelled: true, folder: parent, counts: null, files: [] })
        expect(await readdir(parent)).toEqual([])
      }
      // Nothing is left running: the next export works, and a cancel with none running says so.
      expect(await a.call('export:cancel')).toBe(false)
      const done = await exportInto(a, await tempDir('ct-export-'))
      expect(done.counts?.sessions).toBe(2001)
    },
    LARGE,
  )

  it(
    'a failure of the service stops it with a typed error and nothing written; the next one works',
    async () => {
      const { api, a } = await largeApp()
      const parent = await tempDir('ct-export-')
      a.harness.platform.dialogs.folder = parent
      await setFaults(api, { status500: { paths: ['orgasms.php'] } })
      const failed = await a.invoke('export:run')
      expect(failed).toMatchObject({ ok: false, error: { kind: 'server' } })
      expect(await readdir(parent)).toEqual([])
      await control(api, 'faults', undefined, 'DELETE')
      const done = await exportInto(a, parent)
      expect(done.counts?.orgasms).toBe(mainUser(api).orgasmIds.length)
    },
    LARGE,
  )

  it('no folder chosen: nothing is fetched or written', async () => {
    const { api, a } = await largeApp()
    a.harness.platform.dialogs.folder = null
    const before = api.requestLog.length
    expect(await a.call('export:run')).toEqual({ cancelled: true, folder: null, counts: null, files: [] })
    expect(api.requestLog.length).toBe(before)
    expect(a.harness.platform.dialogs.asked).toEqual(['Choose a folder for the export'])
  })
})
