import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CACHE_VERSION, DataCache } from '../../../src/main/store/cache'
import { createJsonFile, type KeyValueFile } from '../../../src/main/store/json-store'
import {
  gamesChangePage,
  historyPage,
  orgasmPage,
  session,
  sessionPage,
  stats,
} from '../../../src/shared/api/schemas'

const T0 = Date.UTC(2026, 1, 3, 9, 30, 7, 123)
const BACKUP = 'cache.corrupt-2026-02-03T09-30-07-123Z.json'

// Entities as the service sends them (0/1 flags, numeric strings, `games` as an open object).
const wireActive = {
  id: '123',
  start: '2026-02-03 10:30:07',
  end: null,
  scheduledend: '2026-02-10 00:00:00',
  active: 1,
  lockedby: 'Mistress',
  public: '0',
  timezonestart: '+01:00',
  has_history: 1,
  has_games_changes: 1,
  games: {
    dice: { dices: 2, addunit: 'DAY', waitint: '1', waitunit: 'HOUR', penalties: { min: 3, always: 0 } },
    LINK: { addint: 1, addunit: 'HOUR', waitint: 5 },
    future_game: { x: 1 },
  },
}
const activeSession = session.parse(wireActive)
const sessions = sessionPage.parse({
  count: 2,
  total: '2',
  limit: 50,
  offset: 0,
  items: [
    wireActive,
    { id: 99, start: '2026-01-01 08:00:00', end: '2026-01-02 08:00:00', scheduledend: null, active: 0 },
  ],
})
const userStats = stats.parse({
  nick: 'alice',
  profile_url: null,
  locked: true,
  current_lock_start: '2026-02-03 09:30:07 UTC',
  scheduled_end: '2026-02-10 00:00:00 UTC',
  current_lock_time: '1 hour',
  extra_field: 'kept',
})
const histories = historyPage.parse({
  cursor_next: 'abc',
  items: [
    {
      session: 123,
      type: 'ADD',
      unit: '86400',
      source: 'DICE',
      dom: 0,
      schedule: '2026-02-11 00:00:00',
      happened: '2026-02-03 10:02:11.456',
    },
    {
      session: 123,
      type: 'START',
      unit: null,
      source: null,
      dom: '0',
      schedule: '2026-02-10 00:00:00',
      happened: '2026-02-03 09:30:07.123',
    },
  ],
}).items
const changes = gamesChangePage.parse({
  total: 1,
  items: [
    {
      id: 7,
      session: 123,
      game: 'DICE',
      action: 'UPDATE',
      dom_nick: null,
      happened: '2026-02-03 11:00:00',
      before: { dices: 1 },
      after: { dices: 2 },
      changes: [{ label: 'Dice', from: 1, to: 2 }],
    },
  ],
}).items
const orgasms = orgasmPage.parse({
  total: 1,
  items: [{ id: 5, date: '2026-01-20', mode: 'ruined', public: 1, type: null }],
})

let dir: string
let now: number

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-cache-'))
  now = T0
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** The real file, counting writes. */
function countingFile(): { file: KeyValueFile; writes: () => number } {
  const inner = createJsonFile({ cwd: dir, name: 'cache', pretty: false })
  let writes = 0
  const file: KeyValueFile = {
    path: inner.path,
    read: () => inner.read(),
    write: (value) => {
      writes += 1
      inner.write(value)
    },
    moveAside: (at) => inner.moveAside(at),
  }
  return { file, writes: () => writes }
}

function open(options: { maxSessions?: number; maxNotified?: number } = {}): DataCache {
  return new DataCache({
    file: createJsonFile({ cwd: dir, name: 'cache', pretty: false }),
    now: () => now,
    ...options,
  })
}

function fill(cache: DataCache): void {
  cache.update({
    stats: userStats,
    sessions,
    activeSession,
    histories: { 123: { items: histories, newestMarker: '2026-02-03 10:02:11.456', complete: true } },
    gamesChanges: { 123: { items: changes, newestMarker: null, complete: false, total: 1 } },
    orgasms,
    lastSyncAt: T0,
    lastSyncError: null,
  })
}

describe('DataCache', () => {
  it('starts empty without a file', () => {
    const cache = open()
    expect(cache.snapshot()).toEqual({
      stats: null,
      sessions: null,
      activeSession: null,
      histories: {},
      gamesChanges: {},
      orgasms: null,
      lastSyncAt: null,
      lastSyncError: null,
      notified: [],
    })
    expect(cache.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps everything across a new instance, parsed exactly as before', () => {
    fill(open())
    const reopened = open()
    expect(reopened.lastProblem()).toBeNull()
    const data = reopened.snapshot()
    expect(data.stats).toEqual(userStats)
    expect(data.sessions).toEqual(sessions)
    expect(data.activeSession).toEqual(activeSession)
    expect(data.orgasms).toEqual(orgasms)
    expect(data.lastSyncAt).toBe(T0)
    expect(reopened.history(123)).toEqual({
      items: histories,
      newestMarker: '2026-02-03 10:02:11.456',
      complete: true,
      updatedAt: T0,
    })
    expect(reopened.gamesChanges(123)).toEqual({
      items: changes,
      newestMarker: null,
      complete: false,
      total: 1,
      updatedAt: T0,
    })
    expect(reopened.history(99)).toBeNull()
  })

  it('keeps a session’s parsed games stable over repeated restarts', () => {
    fill(open())
    for (let i = 0; i < 3; i += 1) {
      const cache = open()
      cache.update({ lastSyncAt: T0 + i })
    }
    const games = open().snapshot().activeSession?.games
    expect(games).toEqual(activeSession.games)
    expect(games?.dice).toMatchObject({ dices: 2, waitint: 1, penalties: { min: 3, always: false } })
    expect(games?.link).toMatchObject({ addint: 1, waitint: 5 })
    const onDisk = JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')) as {
      version: number
      activeSession: unknown
    }
    expect(onDisk.version).toBe(CACHE_VERSION)
    expect(onDisk.activeSession).toMatchObject({ games: activeSession.games })
  })

  it('writes once per update and keeps fields the update leaves out', () => {
    const { file, writes } = countingFile()
    const cache = new DataCache({ file, now: () => now })
    fill(cache)
    expect(writes()).toBe(1)
    cache.update({ lastSyncError: 'The service did not answer.' })
    expect(writes()).toBe(2)
    expect(cache.snapshot()).toMatchObject({ stats: userStats, lastSyncError: 'The service did not answer.' })
    cache.update({ activeSession: null, histories: { 123: null } })
    expect(cache.snapshot().activeSession).toBeNull()
    expect(cache.history(123)).toBeNull()
    expect(cache.gamesChanges(123)).not.toBeNull()
  })

  it('does not change a snapshot already handed out', () => {
    const cache = open()
    fill(cache)
    const before = cache.snapshot()
    cache.update({ stats: null, histories: { 123: null } })
    expect(before.stats).toEqual(userStats)
    expect(before.histories['123']).toBeDefined()
  })

  it('keeps histories of the most recently updated sessions only, and always the active one', () => {
    const cache = open({ maxSessions: 3 })
    cache.update({ activeSession })
    for (const id of [123, 1, 2, 3, 4]) {
      now += 1000
      cache.update({ histories: { [id]: { items: [], newestMarker: null, complete: true } } })
    }
    expect(Object.keys(cache.snapshot().histories).sort()).toEqual(['123', '3', '4'])
    now += 1000
    cache.update({ histories: { 1: { items: [], newestMarker: null, complete: true } } })
    expect(Object.keys(open({ maxSessions: 3 }).snapshot().histories).sort()).toEqual(['1', '123', '4'])
  })

  it('remembers notified events across restarts, keeping the most recent', () => {
    const { file, writes } = countingFile()
    const cache = new DataCache({ file, now: () => now, maxNotified: 3 })
    cache.markNotified(['a', 'b'])
    cache.markNotified(['b', 'a'])
    expect(writes()).toBe(1)
    cache.markNotified(['c', 'd', 'd'])
    expect(cache.hasNotified('a')).toBe(false)
    expect(cache.hasNotified('d')).toBe(true)

    const reopened = open({ maxNotified: 3 })
    expect(reopened.snapshot().notified).toEqual(['b', 'c', 'd'])
    expect(reopened.hasNotified('b')).toBe(true)
    expect(reopened.hasNotified('a')).toBe(false)
  })

  it('forgets everything on clear', () => {
    const cache = open()
    fill(cache)
    cache.markNotified(['x'])
    cache.clear()
    expect(cache.hasNotified('x')).toBe(false)
    expect(open().snapshot()).toMatchObject({ stats: null, sessions: null, histories: {}, notified: [] })
  })

  it('backs up a cache that is not JSON, starts empty and says so', () => {
    writeFileSync(join(dir, 'cache.json'), '{"version":1,"stats":')
    const cache = open()
    expect(cache.snapshot().stats).toBeNull()
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe('{"version":1,"stats":')
    expect(existsSync(join(dir, 'cache.json'))).toBe(false)
    expect(cache.lastProblem()).toMatch(/cache\.json\) could not be read \(not valid JSON/)
    expect(cache.lastProblem()).toContain(BACKUP)
    fill(cache)
    expect(open().lastProblem()).toBeNull()
  })

  it('backs up a cache whose data does not fit the schemas', () => {
    fill(open())
    const onDisk = JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')) as {
      histories: Record<string, { items: { type: string }[] }>
    }
    const item = onDisk.histories['123']?.items[0]
    if (item) item.type = 'BOGUS'
    writeFileSync(join(dir, 'cache.json'), JSON.stringify(onDisk))
    const cache = open()
    expect(cache.history(123)).toBeNull()
    expect(cache.snapshot().stats).toBeNull()
    expect(existsSync(join(dir, BACKUP))).toBe(true)
    expect(cache.lastProblem()).toMatch(/does not fit \(histories\.123\.items\.0\.type: /)
  })

  it('backs up a cache with a key that is not a session id', () => {
    writeFileSync(
      join(dir, 'cache.json'),
      JSON.stringify({
        version: CACHE_VERSION,
        histories: { abc: { items: [], newestMarker: null, complete: true, updatedAt: 1 } },
      }),
    )
    const cache = open()
    expect(cache.snapshot().histories).toEqual({})
    expect(cache.lastProblem()).not.toBeNull()
  })

  it('drops another version’s cache quietly', () => {
    writeFileSync(join(dir, 'cache.json'), JSON.stringify({ version: CACHE_VERSION + 1, stats: 'whatever' }))
    const cache = open()
    expect(cache.snapshot().stats).toBeNull()
    expect(cache.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual(['cache.json'])
  })

  it('keeps working in memory when the cache cannot be written', () => {
    const cache = open()
    rmSync(dir, { recursive: true })
    writeFileSync(dir, 'a file where the folder was')
    try {
      fill(cache)
      expect(cache.snapshot().stats).toEqual(userStats)
      expect(cache.lastProblem()).toMatch(/could not be saved/)
    } finally {
      rmSync(dir)
    }
  })
})

describe('the status file', () => {
  const open = () =>
    new DataCache({
      file: createJsonFile({ cwd: dir, name: 'cache', pretty: false }),
      statusFile: createJsonFile({ cwd: dir, name: 'sync-status' }),
      now: () => now,
    })

  it('a sync that changed nothing writes only the small status file, and a restart reads it', () => {
    const cache = open()
    cache.update({
      activeSession,
      histories: { 123: { items: histories, newestMarker: null, complete: true } },
    })
    const main = readFileSync(join(dir, 'cache.json'), 'utf8')
    cache.update({ lastSyncAt: T0 + 60_000, lastSyncError: null })
    expect(readFileSync(join(dir, 'cache.json'), 'utf8')).toBe(main)
    expect(JSON.parse(readFileSync(join(dir, 'sync-status.json'), 'utf8'))).toEqual({
      lastSyncAt: T0 + 60_000,
      lastSyncError: null,
    })
    const again = open()
    expect(again.snapshot().lastSyncAt).toBe(T0 + 60_000)
    expect(again.snapshot().activeSession).toEqual(activeSession)
  })

  it('an older or damaged status file does not override the main file', () => {
    const cache = open()
    cache.update({ activeSession, lastSyncAt: T0 + 5_000 })
    writeFileSync(join(dir, 'sync-status.json'), JSON.stringify({ lastSyncAt: T0, lastSyncError: 'old' }))
    expect(open().snapshot().lastSyncAt).toBe(T0 + 5_000)
    writeFileSync(join(dir, 'sync-status.json'), '{ not json')
    expect(open().snapshot().lastSyncAt).toBe(T0 + 5_000)
  })
})
