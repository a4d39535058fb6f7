import { describe, expect, it } from 'vitest'
import { gamesChangeItem, historyItem } from '../../../src/shared/api/schemas'
import type { GamesChangeItem, HistoryItem } from '../../../src/shared/api/schemas'
import {
  diffConfigs,
  endReachedEvent,
  eventsFromGamesChanges,
  eventsFromHistoryRows,
  sessionDeletedEvent,
  sessionStartedEvent,
  sessionStoppedEvent,
  syncEventSchema,
} from '../../../src/main/sync/events'

const utc = (text: string) => Date.parse(text.replace(' ', 'T') + 'Z')
const row = (raw: Record<string, unknown>): HistoryItem => historyItem.parse(raw)
const change = (raw: Record<string, unknown>): GamesChangeItem => gamesChangeItem.parse(raw)
const DETECTED = utc('2026-02-05 12:00:00')

// The documented example page (newest first, as the API sorts), plus later rows.
const START = row({
  session: 123,
  type: 'START',
  unit: null,
  source: null,
  dom: 0,
  schedule: '2026-02-10 00:00:00',
  happened: '2026-02-03 09:30:07.123',
})
const DICE_ADD = row({
  session: 123,
  type: 'ADD',
  unit: 86400,
  source: 'DICE',
  dom: 0,
  schedule: '2026-02-11 00:00:00',
  happened: '2026-02-03 10:02:11.456',
})
const DOM_SUB = row({
  session: 123,
  type: 'SUB',
  unit: '10800',
  source: 'DOM',
  dom: '1',
  schedule: '2026-02-10 21:00:00',
  happened: '2026-02-04 08:00:00',
})

describe('eventsFromHistoryRows', () => {
  it('gives one scheduleMoved per ADD/SUB row, oldest first, and ignores START rows', () => {
    const events = eventsFromHistoryRows(
      123,
      utc('2026-02-10 00:00:00'),
      utc('2026-02-10 21:00:00'),
      [DOM_SUB, DICE_ADD, START],
      DETECTED,
    )
    expect(events).toHaveLength(2)
    expect(events[0]).toEqual({
      kind: 'scheduleMoved',
      id: expect.any(String),
      at: utc('2026-02-03 10:02:11.456'),
      sessionId: 123,
      previousEnd: utc('2026-02-10 00:00:00'),
      newEnd: utc('2026-02-11 00:00:00'),
      rows: [
        { type: 'ADD', seconds: 86400, source: 'DICE', dom: false, happened: utc('2026-02-03 10:02:11.456') },
      ],
    })
    expect(events[1]).toMatchObject({
      at: utc('2026-02-04 08:00:00'),
      previousEnd: utc('2026-02-11 00:00:00'),
      newEnd: utc('2026-02-10 21:00:00'),
      rows: [{ type: 'SUB', seconds: 10800, source: 'DOM', dom: true }],
    })
    for (const event of events) expect(syncEventSchema.parse(event)).toEqual(event)
  })

  it('derives ids from the row alone, so a later sync or a restart gives the same ids', () => {
    const first = eventsFromHistoryRows(123, null, utc('2026-02-10 21:00:00'), [DICE_ADD, DOM_SUB], DETECTED)
    const again = eventsFromHistoryRows(
      123,
      utc('2026-02-11 00:00:00'),
      utc('2026-02-10 21:00:00'),
      [DOM_SUB],
      0,
    )
    expect(again.map((e) => e.id)).toEqual([first[1]?.id])
    expect(first[0]?.id).not.toEqual(first[1]?.id)
    expect(first[0]?.id).toContain('123')
  })

  it('keeps apart two otherwise equal votes at the same instant (different schedule)', () => {
    const vote = (schedule: string) =>
      row({
        session: 5,
        type: 'ADD',
        unit: 3600,
        source: 'LINK',
        dom: 0,
        schedule,
        happened: '2026-02-04 08:00:00',
      })
    const events = eventsFromHistoryRows(
      5,
      utc('2026-02-10 00:00:00'),
      utc('2026-02-10 02:00:00'),
      [vote('2026-02-10 02:00:00'), vote('2026-02-10 01:00:00')],
      DETECTED,
    )
    expect(events).toHaveLength(2)
    expect(new Set(events.map((e) => e.id)).size).toBe(2)
    expect(events.map((e) => e.newEnd)).toEqual([utc('2026-02-10 01:00:00'), utc('2026-02-10 02:00:00')])
  })

  it('drops a row repeated by overlapping pages', () => {
    const events = eventsFromHistoryRows(
      123,
      utc('2026-02-10 00:00:00'),
      utc('2026-02-11 00:00:00'),
      [DICE_ADD, DICE_ADD],
      DETECTED,
    )
    expect(events).toHaveLength(1)
  })

  it('ignores rows of another session and rows without a readable time or unit', () => {
    const other = row({ ...DICE_ADD, session: 999 })
    const badTime = row({ ...DICE_ADD, happened: 'yesterday' })
    const noUnit = row({ ...DICE_ADD, unit: null })
    const end = utc('2026-02-10 00:00:00')
    expect(eventsFromHistoryRows(123, end, end, [other, badTime, noUnit], DETECTED)).toEqual([])
  })

  it('continues from the previous end when a row has no readable schedule', () => {
    const odd = row({ ...DICE_ADD, schedule: 'soon' })
    const [event] = eventsFromHistoryRows(
      123,
      utc('2026-02-10 00:00:00'),
      utc('2026-02-11 00:00:00'),
      [odd],
      DETECTED,
    )
    expect(event).toMatchObject({
      previousEnd: utc('2026-02-10 00:00:00'),
      newEnd: utc('2026-02-11 00:00:00'),
    })
    expect(event?.id).toContain('soon')
  })

  it('reads a negative SUB unit as a positive amount', () => {
    const [event] = eventsFromHistoryRows(
      123,
      utc('2026-02-11 00:00:00'),
      utc('2026-02-10 21:00:00'),
      [row({ ...DOM_SUB, unit: -10800 })],
      DETECTED,
    )
    expect(event?.rows[0]).toMatchObject({ type: 'SUB', seconds: 10800 })
    expect(event?.previousEnd).toBe(utc('2026-02-11 00:00:00'))
  })

  it('passes a multiplier through when a row carries one', () => {
    const [event] = eventsFromHistoryRows(
      123,
      utc('2026-02-10 00:00:00'),
      utc('2026-02-11 00:00:00'),
      [row({ ...DICE_ADD, multiplier: 2 })],
      DETECTED,
    )
    expect(event?.rows[0]?.multiplier).toBe(2)
  })

  it('reports an end removed without any row', () => {
    const events = eventsFromHistoryRows(123, utc('2026-02-10 00:00:00'), null, [], DETECTED)
    expect(events).toEqual([
      {
        kind: 'scheduleMoved',
        id: `end:123:${utc('2026-02-10 00:00:00')}>none`,
        at: DETECTED,
        sessionId: 123,
        previousEnd: utc('2026-02-10 00:00:00'),
        newEnd: null,
        rows: [],
      },
    ])
  })

  it('reports an end set or edited without a row, with an id from both ends', () => {
    const [set] = eventsFromHistoryRows(7, null, 1_000_000, [], DETECTED)
    expect(set).toMatchObject({ id: 'end:7:none>1000000', previousEnd: null, newEnd: 1_000_000, rows: [] })
    const [edited] = eventsFromHistoryRows(7, 1_000_000, 5_000_000, [], DETECTED + 1)
    expect(edited?.id).toBe('end:7:1000000>5000000')
  })

  it('reports nothing when the end did not change, even with a sub-second difference', () => {
    expect(eventsFromHistoryRows(7, null, null, [], DETECTED)).toEqual([])
    expect(eventsFromHistoryRows(7, 1_000_000, 1_000_000, [], DETECTED)).toEqual([])
    expect(eventsFromHistoryRows(7, 1_000_000, 1_000_400, [], DETECTED)).toEqual([])
  })

  it('adds a row-less event when the end moved further than the rows explain', () => {
    const events = eventsFromHistoryRows(123, utc('2026-02-10 00:00:00'), null, [DICE_ADD], DETECTED)
    expect(events).toHaveLength(2)
    expect(events[1]).toMatchObject({ previousEnd: utc('2026-02-11 00:00:00'), newEnd: null, rows: [] })
  })
})

describe('eventsFromGamesChanges', () => {
  const documented = change({
    session: 123,
    game: 'DICE',
    action: 'UPDATE',
    dom_nick: 'GF',
    happened: '2026-02-12 17:12:51.123',
    changes: [
      { label: '# of dice(s)', from: 2, to: 3 },
      { label: 'Wait time', from: '30 MINUTE(S)', to: '15 MINUTE(S)' },
    ],
  })

  it('turns each item into a rulesChanged event with its changes', () => {
    const [event] = eventsFromGamesChanges(123, [documented])
    expect(event).toEqual({
      kind: 'rulesChanged',
      id: `rules:123:DICE:UPDATE:${utc('2026-02-12 17:12:51.123')}`,
      at: utc('2026-02-12 17:12:51.123'),
      sessionId: 123,
      game: 'DICE',
      action: 'UPDATE',
      domNick: 'GF',
      changes: [
        { label: '# of dice(s)', from: 2, to: 3 },
        { label: 'Wait time', from: '30 MINUTE(S)', to: '15 MINUTE(S)' },
      ],
    })
    expect(syncEventSchema.parse(event)).toEqual(event)
  })

  it('diffs the raw configs when the page has no changes field', () => {
    const raw = change({
      session: 123,
      game: 'LINK',
      action: 'UPDATE',
      happened: '2026-02-12 18:00:00',
      before: { waitint: 3, addunit: 'HOUR' },
      after: { waitint: 5, addunit: 'HOUR', subint: 1 },
    })
    const [event] = eventsFromGamesChanges(123, [raw])
    expect(event?.domNick).toBeNull()
    expect(event?.changes).toEqual([
      { label: 'subint', from: null, to: 1 },
      { label: 'waitint', from: 3, to: 5 },
    ])
  })

  it('orders events oldest first, drops repeats and other sessions', () => {
    const later = change({ ...documented, happened: '2026-02-13 08:00:00', action: 'DELETE' })
    const other = change({ ...documented, session: 9 })
    const events = eventsFromGamesChanges(123, [later, documented, documented, other])
    expect(events.map((e) => e.action)).toEqual(['UPDATE', 'DELETE'])
  })

  it('skips items with an unreadable time', () => {
    expect(eventsFromGamesChanges(123, [change({ ...documented, happened: 'n/a' })])).toEqual([])
  })
})

describe('diffConfigs', () => {
  it('lists changed fields by name, nested values as JSON', () => {
    expect(diffConfigs({ penalties: { min: 1 }, dices: 2 }, null)).toEqual([
      { label: 'dices', from: 2, to: null },
      { label: 'penalties', from: '{"min":1}', to: null },
    ])
    expect(diffConfigs({ a: 1 }, { a: 1 })).toEqual([])
  })
})

describe('state-change builders', () => {
  it('build ids that identify the change, and valid events', () => {
    const events = [
      sessionStartedEvent(4, 2_000_000, 10),
      sessionStoppedEvent(4, 11),
      sessionDeletedEvent(4, 12),
      endReachedEvent(4, 2_000_000, 13),
    ]
    expect(events.map((e) => e.id)).toEqual(['started:4', 'stopped:4', 'deleted:4', 'endReached:4:2000000'])
    for (const event of events) expect(syncEventSchema.parse(event)).toEqual(event)
  })

  it('gives a new endReached id when the end was moved and reached again', () => {
    expect(endReachedEvent(4, 1, 0).id).not.toBe(endReachedEvent(4, 2, 0).id)
  })
})

describe('syncEventSchema', () => {
  it('rejects unknown kinds, extra fields and bad rows', () => {
    expect(syncEventSchema.safeParse({ kind: 'nope', id: 'x', at: 0, sessionId: 1 }).success).toBe(false)
    expect(syncEventSchema.safeParse({ ...sessionStoppedEvent(1, 0), extra: true }).success).toBe(false)
    expect(
      syncEventSchema.safeParse({
        kind: 'scheduleMoved',
        id: 'x',
        at: 0,
        sessionId: 1,
        previousEnd: null,
        newEnd: null,
        rows: [{ type: 'MUL', seconds: 1, source: null, dom: false, happened: 0 }],
      }).success,
    ).toBe(false)
    expect(syncEventSchema.safeParse({ ...sessionStoppedEvent(1, 0), id: '' }).success).toBe(false)
  })
})
