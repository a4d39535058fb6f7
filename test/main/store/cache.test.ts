import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DataCache } from '../../../src/main/store/cache'
import {
  gamesChangePage,
  historyPage,
  orgasmPage,
  session,
  sessionPage,
  stats,
} from '../../../src/shared/api/schemas'

const T0 = Date.UTC(2026, 1, 3, 9, 30, 7, 123)

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

const cacheDir = () => join(dir, 'cache')
const open = (options: { maxSessions?: number; maxNotified?: number } = {}) =>
  new DataCache({ dir, now: () => now, ...options })

/** Every file of the cache with its size and when it was written. */
function files(): Record<string, string> {
  if (!existsSync(cacheDir())) return {}
  return Object.fromEntries(
    readdirSync(cacheDir()).map((name) => {
      const info = statSync(join(cacheDir(), name))
      return [name, `${info.size}@${info.mtimeMs}:${info.ino}`]
    }),
  )
}

function fill(cache: DataCache): void {
  cache.setStats(userStats, T0)
  cache.setSessionsFirstPage(sessions, T0)
  cache.setOrgasmsFirstPage(orgasms, T0)
  cache.histories(123).replace(histories)
  cache.gamesChanges(123).replace(changes)
  cache.setActiveSession(activeSession)
  cache.setSyncStatus({ lastSyncAt: T0, lastError: null })
}

describe('DataCache', () => {
  it('starts empty and never synced, writing nothing', () => {
    const cache = open()
    expect(cache.getActiveSession()).toBeUndefined()
    expect(cache.getSyncStatus()).toEqual({ lastSyncAt: null, lastError: null })
    expect(cache.stats()).toBeNull()
    expect(cache.sessionsFirstPage()).toBeNull()
    expect(cache.orgasmsFirstPage()).toBeNull()
    expect(cache.histories(123).exists()).toBe(false)
    expect(cache.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps everything across a new instance, parsed exactly as before', () => {
    fill(open())
    const reopened = open()
    expect(reopened.lastProblem()).toBeNull()
    expect(reopened.getActiveSession()).toEqual(activeSession)
    expect(reopened.getSyncStatus()).toEqual({ lastSyncAt: T0, lastError: null })
    expect(reopened.stats()).toEqual({ value: userStats, fetchedAt: T0 })
    expect(reopened.sessionsFirstPage()).toEqual({ value: sessions, fetchedAt: T0 })
    expect(reopened.orgasmsFirstPage()).toEqual({ value: orgasms, fetchedAt: T0 })
    expect(reopened.histories(123).all()).toEqual(histories)
    expect(reopened.gamesChanges(123).all()).toEqual(changes)
    expect(reopened.histories(99).exists()).toBe(false)
    expect(readdirSync(cacheDir()).sort()).toEqual([
      'games-changes-123.jsonl',
      'history-123.jsonl',
      'orgasms.json',
      'sessions.json',
      'stats.json',
      'sync.json',
    ])
  })

  it('keeps a session’s parsed games stable over repeated restarts', () => {
    fill(open())
    for (let i = 0; i < 3; i += 1) {
      const cache = open()
      cache.setActiveSession(cache.getActiveSession() ?? null)
      cache.setSyncStatus({ lastSyncAt: T0 + i, lastError: 'x' + String(i) })
    }
    const games = open().getActiveSession()?.games
    expect(games).toEqual(activeSession.games)
    expect(games?.dice).toMatchObject({ dices: 2, waitint: 1, penalties: { min: 3, always: false } })
    expect(games?.link).toMatchObject({ addint: 1, waitint: 5 })
  })

  it('a sync that found nothing new writes nothing; its time is saved with the next change, or on quit', () => {
    const cache = open()
    fill(cache)
    const before = files()
    cache.setActiveSession(session.parse(wireActive))
    cache.setSyncStatus({ lastSyncAt: T0 + 60_000, lastError: null })
    cache.setSyncStatus({ lastSyncAt: T0 + 120_000, lastError: null })
    expect(files()).toEqual(before)
    expect(open().getSyncStatus().lastSyncAt).toBe(T0)

    cache.flush()
    expect(open().getSyncStatus().lastSyncAt).toBe(T0 + 120_000)
  })

  it('saves the session and the outcome of a sync once, when either changed', () => {
    const cache = open()
    fill(cache)
    const moved = session.parse({ ...wireActive, scheduledend: '2026-02-11 00:00:00' })
    cache.setActiveSession(moved)
    expect(open().getActiveSession()).toEqual(activeSession)
    cache.setSyncStatus({ lastSyncAt: T0 + 60_000, lastError: null })
    expect(open().getActiveSession()).toEqual(moved)
    expect(open().getSyncStatus().lastSyncAt).toBe(T0 + 60_000)

    cache.setSyncStatus({ lastSyncAt: T0 + 60_000, lastError: 'The service did not answer.' })
    expect(open().getSyncStatus()).toEqual({
      lastSyncAt: T0 + 60_000,
      lastError: 'The service did not answer.',
    })
  })

  it('a failed first sync stays "never synced", not "no session"', () => {
    open().setSyncStatus({ lastSyncAt: null, lastError: 'Offline.' })
    const reopened = open()
    expect(reopened.getActiveSession()).toBeUndefined()
    expect(reopened.getSyncStatus().lastError).toBe('Offline.')
    reopened.setActiveSession(null)
    reopened.setSyncStatus({ lastSyncAt: T0, lastError: null })
    expect(open().getActiveSession()).toBeNull()
  })

  it('keeps rows of the most recently written sessions only, and always the active one', () => {
    const cache = open({ maxSessions: 3 })
    cache.setActiveSession(activeSession)
    cache.setSyncStatus({ lastSyncAt: T0, lastError: null })
    const age = (id: number, secondsAgo: number) => {
      const at = new Date(Date.now() - secondsAgo * 1000)
      utimesSync(join(cacheDir(), `history-${id}.jsonl`), at, at)
    }
    cache.histories(123).replace([])
    age(123, 100)
    for (const [id, secondsAgo] of [
      [1, 50],
      [2, 40],
      [3, 30],
    ] as const) {
      cache.histories(id).replace([])
      age(id, secondsAgo)
    }
    cache.gamesChanges(4).replace([])
    expect(
      readdirSync(cacheDir())
        .filter((f) => f.endsWith('.jsonl'))
        .sort(),
    ).toEqual(['games-changes-4.jsonl', 'history-123.jsonl', 'history-3.jsonl'])
    expect(cache.histories(1).exists()).toBe(false)
  })

  it('remembers notified events across restarts, keeping the most recent, writing once a batch', () => {
    const cache = open({ maxNotified: 3 })
    cache.markNotified(['a', 'b'])
    const written = files()
    cache.markNotified(['b', 'a'])
    expect(files()).toEqual(written)
    cache.markNotified(['c', 'd', 'd'])
    expect(cache.hasNotified('a')).toBe(false)
    expect(cache.hasNotified('d')).toBe(true)
    cache.addEndReached('endReached:1:2')
    expect(cache.hasEndReached('endReached:1:2')).toBe(true)
    expect(cache.hasNotified('endReached:1:2')).toBe(false)

    const reopened = open({ maxNotified: 3 })
    expect(reopened.hasNotified('b')).toBe(false)
    expect(reopened.hasNotified('c')).toBe(true)
    expect(reopened.hasEndReached('endReached:1:2')).toBe(true)
    reopened.unmarkNotified(['c', 'zzz'])
    expect(open().hasNotified('c')).toBe(false)
  })

  it('forgets everything on clear', () => {
    const cache = open()
    fill(cache)
    cache.markNotified(['x'])
    cache.clear()
    expect(cache.hasNotified('x')).toBe(false)
    expect(cache.histories(123).exists()).toBe(false)
    expect(cache.getActiveSession()).toBeUndefined()
    expect(readdirSync(cacheDir())).toEqual([])
    const reopened = open()
    expect(reopened.stats()).toBeNull()
    expect(reopened.getActiveSession()).toBeUndefined()
  })

  it('sets aside a damaged file alone, keeps the rest, and says which', () => {
    fill(open())
    writeFileSync(join(cacheDir(), 'sync.json'), '{"activeSession": ')
    writeFileSync(
      join(cacheDir(), 'stats.json'),
      JSON.stringify({ fetchedAt: 'yesterday', value: userStats }),
    )
    const cache = open()
    expect(cache.getActiveSession()).toBeUndefined()
    expect(cache.stats()).toBeNull()
    expect(cache.sessionsFirstPage()).toEqual({ value: sessions, fetchedAt: T0 })
    expect(cache.histories(123).all()).toEqual(histories)
    expect(cache.lastProblem()).toMatch(
      /^The local copy of your data \(sync\.json\) could not be read \(not valid JSON: .*\), so it will be fetched again\. The old file was kept as sync\.corrupt-2026-02-03T09-30-07-123Z\.json\.$/,
    )
    expect(
      readdirSync(cacheDir())
        .filter((f) => f.includes('corrupt'))
        .sort(),
    ).toEqual(['stats.corrupt-2026-02-03T09-30-07-123Z.json', 'sync.corrupt-2026-02-03T09-30-07-123Z.json'])
  })

  it('deletes the single cache.json of earlier versions', () => {
    writeFileSync(join(dir, 'cache.json'), JSON.stringify({ version: 1, stats: null }))
    open()
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps working in memory when the cache cannot be written, and says so', () => {
    const cache = open()
    mkdirSync(dir, { recursive: true })
    writeFileSync(cacheDir(), 'a file where the folder was')
    cache.setStats(userStats, T0)
    cache.setActiveSession(activeSession)
    cache.setSyncStatus({ lastSyncAt: T0, lastError: null })
    expect(cache.stats()?.value).toEqual(userStats)
    expect(cache.getActiveSession()).toEqual(activeSession)
    expect(cache.lastProblem()).toMatch(/could not be saved/)
    expect(readFileSync(cacheDir(), 'utf8')).toBe('a file where the folder was')
  })
})
