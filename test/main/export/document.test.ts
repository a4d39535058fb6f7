import { describe, expect, it } from 'vitest'
import { countsOf, exportDocument, exportFiles, type ExportData } from '../../../src/main/export/document'
import {
  gamesChangeRow,
  historyRow,
  isoUtc,
  orgasmRow,
  sessionRow,
  statsRow,
} from '../../../src/main/export/rows'
import { gamesChangeItem, historyItem, orgasm, session, stats } from '../../../src/shared/api/schemas'
import { csvRecords } from './csv-parse'

// Rows as the API sends them (the documentation's examples), read through the client's schemas.
const finished = session.parse({
  id: 123,
  start: '2026-01-15 10:00:00',
  end: '2026-01-17 10:00:00',
  scheduledend: null,
  active: 0,
  lockedby: null,
  notes: 'Said "yes", then\nlocked',
  public: 0,
  timezonestart: '+01:00',
  timezoneend: '-05:30',
  inserted: '2026-01-17 10:12:30',
  has_history: 1,
  has_games_changes: 0,
  mood: 'a field the documentation does not name',
})
const history = historyItem.parse({
  session: 123,
  type: 'ADD',
  unit: 86400,
  source: 'DICE',
  dom: 1,
  schedule: '2026-02-11 00:00:00',
  happened: '2026-02-03 10:02:11.456',
})
const change = gamesChangeItem.parse({
  id: 42,
  session: 123,
  game: 'DICE',
  action: 'UPDATE',
  dom_nick: 'GF',
  happened: '2026-02-12 17:12:51.123',
  before: { dices: 2, addunit: 'HOUR' },
  after: { dices: 3, addunit: 'HOUR', penalties: { min: 2, always: 1 } },
  changes: [{ label: '# of dice(s)', from: 2, to: 3 }],
})
const orgasmItem = orgasm.parse({
  id: 9,
  date: '2026-01-15',
  mode: 'full',
  public: 1,
  type: 'Stroke, slowly',
  grantedby: null,
  inserted: '2026-01-15 10:12:30.123',
})
const account = stats.parse({
  nick: 'Tester',
  profile_url: null,
  locked: true,
  current_lock_start: '2026-02-02 09:00:00 UTC',
  scheduled_end: null,
  current_lock_time: '17 days 3 hours 12 minutes',
  total_locked_since: '90 days',
  since_date: '2020-05-01',
  link_game: null,
  last_full: '2026-01-15',
  last_ruined: null,
  last_ted: null,
  last_milking: null,
})

describe('export rows', () => {
  it('writes instants as UTC ISO 8601, with milliseconds only when there are some', () => {
    expect(isoUtc(Date.UTC(2026, 10, 30, 10, 0, 0))).toBe('2026-11-30T10:00:00Z')
    expect(isoUtc(Date.UTC(2026, 1, 3, 10, 2, 11, 456))).toBe('2026-02-03T10:02:11.456Z')
  })

  it("reads a session's start and end at their own offsets, the rest as UTC, and keeps the API's flags and fields", () => {
    expect(sessionRow(finished)).toEqual({
      id: 123,
      start: '2026-01-15T09:00:00Z',
      end: '2026-01-17T15:30:00Z',
      scheduledend: null,
      active: 0,
      lockedby: null,
      notes: 'Said "yes", then\nlocked',
      public: 0,
      timezonestart: '+01:00',
      timezoneend: '-05:30',
      inserted: '2026-01-17T10:12:30Z',
      has_history: 1,
      has_games_changes: 0,
      mood: 'a field the documentation does not name',
    })
  })

  it("reads an active session's end as absent and its scheduled end as UTC; an end without offset at the start's", () => {
    const active = session.parse({
      id: 5,
      start: '2026-02-02 10:00:00',
      end: null,
      scheduledend: '2026-02-03 09:00:00',
      active: 1,
      timezonestart: '+01:00',
      timezoneend: null,
    })
    expect(sessionRow(active)).toMatchObject({ start: '2026-02-02T09:00:00Z', end: null, active: 1 })
    expect(sessionRow(active).scheduledend).toBe('2026-02-03T09:00:00Z')
    const noEndOffset = session.parse({ ...active, end: '2026-02-04 10:00:00', active: 0 })
    expect(sessionRow(noEndOffset).end).toBe('2026-02-04T09:00:00Z')
  })

  it('keeps a time it cannot read as the API wrote it, rather than losing it', () => {
    const odd = session.parse({ id: 6, start: 'yesterday-ish', end: null, active: 0, timezonestart: 'Mars' })
    expect(sessionRow(odd)).toMatchObject({ start: 'yesterday-ish', timezonestart: 'Mars' })
  })

  it('writes history, rule change, orgasm and stats times as UTC ISO, calendar dates as dates', () => {
    expect(historyRow(history)).toEqual({
      session: 123,
      type: 'ADD',
      unit: 86400,
      source: 'DICE',
      dom: 1,
      schedule: '2026-02-11T00:00:00Z',
      happened: '2026-02-03T10:02:11.456Z',
    })
    expect(gamesChangeRow(change)).toMatchObject({
      happened: '2026-02-12T17:12:51.123Z',
      before: { dices: 2, addunit: 'HOUR' },
      after: { dices: 3, addunit: 'HOUR', penalties: { min: 2, always: 1 } },
      changes: [{ label: '# of dice(s)', from: 2, to: 3 }],
    })
    expect(orgasmRow(orgasmItem)).toMatchObject({
      date: '2026-01-15',
      public: 1,
      inserted: '2026-01-15T10:12:30.123Z',
    })
    expect(statsRow(account)).toMatchObject({
      locked: true,
      current_lock_start: '2026-02-02T09:00:00Z',
      scheduled_end: null,
      since_date: '2020-05-01',
      last_full: '2026-01-15',
    })
  })
})

const data: ExportData = {
  stats: account,
  sessions: [
    {
      session: finished,
      histories: [history, { ...history, happened: '2026-02-03 09:30:07.123' }],
      gamesChanges: [change],
    },
    {
      session: session.parse({ id: 124, start: '2026-03-01 08:00:00', end: null, active: 0 }),
      histories: [],
      gamesChanges: [],
    },
  ],
  orgasms: [orgasmItem],
}
const AT = Date.UTC(2026, 10, 30, 10, 0, 0)

describe('the export document and files', () => {
  it('counts the rows of each kind', () => {
    expect(countsOf(data)).toEqual({ sessions: 2, histories: 2, gamesChanges: 1, orgasms: 1 })
  })

  it('is one JSON document: format, version, time, the account, each session with its rows, the orgasms', () => {
    const doc = JSON.parse(exportDocument(data, AT)) as Record<string, unknown>
    expect(doc).toMatchObject({
      format: 'chastity-tracker-export',
      version: 1,
      exportedAt: '2026-11-30T10:00:00Z',
      account: { nick: 'Tester', current_lock_start: '2026-02-02T09:00:00Z' },
      orgasms: [{ id: 9, inserted: '2026-01-15T10:12:30.123Z' }],
    })
    const sessions = doc.sessions as Record<string, unknown>[]
    expect(sessions.map((s) => s.id)).toEqual([123, 124])
    expect(sessions[0]).toMatchObject({ start: '2026-01-15T09:00:00Z', notes: 'Said "yes", then\nlocked' })
    expect(sessions[0]!.histories).toEqual([
      historyRow(history),
      historyRow({ ...history, happened: '2026-02-03 09:30:07.123' }),
    ])
    expect(sessions[0]!.games_changes).toEqual([gamesChangeRow(change)])
    expect(sessions[1]).toMatchObject({ histories: [], games_changes: [] })
  })

  it('has one CSV per kind of row, whose cells read back as the JSON values', () => {
    const files = exportFiles(data, AT)
    expect(files.map((f) => f.name)).toEqual([
      'chastity-tracker-export.json',
      'sessions.csv',
      'histories.csv',
      'games_changes.csv',
      'orgasms.csv',
    ])
    const text = (name: string) => files.find((f) => f.name === name)!.text
    const sessions = csvRecords(text('sessions.csv'))
    expect(sessions.map((s) => s.id)).toEqual(['123', '124'])
    expect(sessions[0]).toMatchObject({
      start: '2026-01-15T09:00:00Z',
      end: '2026-01-17T15:30:00Z',
      notes: 'Said "yes", then\nlocked',
      lockedby: '',
      active: '0',
      mood: 'a field the documentation does not name',
    })
    expect(Object.keys(sessions[0]!).slice(0, 4)).toEqual(['id', 'start', 'end', 'scheduledend'])
    const histories = csvRecords(text('histories.csv'))
    expect(histories).toHaveLength(2)
    expect(histories[0]).toEqual({
      session: '123',
      type: 'ADD',
      unit: '86400',
      source: 'DICE',
      dom: '1',
      schedule: '2026-02-11T00:00:00Z',
      happened: '2026-02-03T10:02:11.456Z',
    })
    const [changeRecord] = csvRecords(text('games_changes.csv'))
    expect(JSON.parse(changeRecord!.after!)).toEqual({
      dices: 3,
      addunit: 'HOUR',
      penalties: { min: 2, always: 1 },
    })
    expect(JSON.parse(changeRecord!.changes!)).toEqual([{ label: '# of dice(s)', from: 2, to: 3 }])
    expect(csvRecords(text('orgasms.csv'))).toEqual([
      {
        id: '9',
        date: '2026-01-15',
        mode: 'full',
        public: '1',
        type: 'Stroke, slowly',
        grantedby: '',
        inserted: '2026-01-15T10:12:30.123Z',
      },
    ])
  })
})
