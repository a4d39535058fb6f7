import { describe, expect, it } from 'vitest'
import type { Session } from '../../../src/shared/api/schemas'
import {
  editedEndChange,
  OWN_CHANGE_TTL_MS,
  OwnChanges,
  rolledChange,
  type OwnChange,
} from '../../../src/main/notify/own-changes'
import {
  eventsFromHistoryRows,
  sessionStartedEvent,
  sessionStoppedEvent,
  type ScheduleMovedEvent,
} from '../../../src/main/sync/events'

const T0 = Date.parse('2026-11-30T12:00:00Z')
const END = Date.parse('2026-12-02T12:00:00Z')
const HOUR_S = 3600

const utc = (instant: number) => new Date(instant).toISOString().replace('T', ' ').slice(0, 19)

/** The event the sync makes of one history row of session 7, from an end at END. */
function rowEvent(row: {
  type: 'ADD' | 'SUB'
  seconds: number
  source: 'DICE' | 'LUCK' | 'MANUAL' | 'DOM'
  dom?: boolean
  schedule: number
}): ScheduleMovedEvent {
  const [event] = eventsFromHistoryRows(
    7,
    END,
    row.schedule,
    [
      {
        session: 7,
        type: row.type,
        unit: row.seconds,
        source: row.source,
        dom: row.dom ?? false,
        schedule: utc(row.schedule),
        happened: utc(T0),
      },
    ],
    T0,
  )
  if (!event) throw new Error('no event')
  return event
}

const diceRoll: OwnChange = {
  kind: 'rolled',
  sessionId: 7,
  source: 'DICE',
  type: 'ADD',
  seconds: HOUR_S,
  newEnd: END + HOUR_S * 1000,
}

const filterWith = (...changes: OwnChange[]) => {
  let now = T0
  const own = new OwnChanges(() => now)
  for (const change of changes) own.remember(change)
  return { own, later: (ms: number) => (now += ms) }
}

describe('the app does not notify what its own writes changed', () => {
  it('its own roll is not news; the same roll seen again, or a second one, is', () => {
    const mine = rowEvent({ type: 'ADD', seconds: HOUR_S, source: 'DICE', schedule: END + HOUR_S * 1000 })
    const { own } = filterWith(diceRoll)
    expect(own.others([mine])).toEqual([])
    // Matched once: an equal event after that is someone else's.
    expect(own.others([mine])).toEqual([mine])
  })

  it("a dom's roll, a website roll to another end and another session's are still notified", () => {
    const { own } = filterWith(diceRoll)
    const domsRoll = rowEvent({
      type: 'ADD',
      seconds: HOUR_S,
      source: 'DICE',
      dom: true,
      schedule: END + HOUR_S * 1000,
    })
    const websiteRoll = rowEvent({
      type: 'ADD',
      seconds: HOUR_S,
      source: 'DICE',
      schedule: END + 2 * HOUR_S * 1000,
    })
    const luck = rowEvent({ type: 'ADD', seconds: HOUR_S, source: 'LUCK', schedule: END + HOUR_S * 1000 })
    const other = { ...websiteRoll, sessionId: 8 }
    const events = [domsRoll, websiteRoll, luck, other]
    expect(own.others(events)).toEqual(events)
  })

  it('in a batch with a dom change made at the same time, only the own change is left out', () => {
    const [mine, doms] = eventsFromHistoryRows(
      7,
      END,
      END + 3 * HOUR_S * 1000,
      [
        {
          session: 7,
          type: 'ADD',
          unit: 2 * HOUR_S,
          source: 'DOM',
          dom: true,
          schedule: utc(END + 3 * HOUR_S * 1000),
          happened: utc(T0 + 1000),
        },
        {
          session: 7,
          type: 'ADD',
          unit: HOUR_S,
          source: 'DICE',
          dom: false,
          schedule: utc(END + HOUR_S * 1000),
          happened: utc(T0),
        },
      ],
      T0,
    )
    const { own } = filterWith(diceRoll)
    expect(own.others([mine!, doms!])).toEqual([doms])
  })

  it('forgets a change the sync did not see in time, so nothing later is swallowed', () => {
    const mine = rowEvent({ type: 'ADD', seconds: HOUR_S, source: 'DICE', schedule: END + HOUR_S * 1000 })
    const { own, later } = filterWith(diceRoll)
    later(OWN_CHANGE_TTL_MS + 1)
    expect(own.others([mine])).toEqual([mine])
  })

  it('its own stop and start are not news; those of another session are', () => {
    const { own } = filterWith({ kind: 'stopped', sessionId: 7 }, { kind: 'started', sessionId: 9 })
    const stoppedOther = sessionStoppedEvent(8, T0)
    expect(own.others([sessionStoppedEvent(7, T0), sessionStartedEvent(9, null, T0), stoppedOther])).toEqual([
      stoppedOther,
    ])
  })

  it('an edit of the end: the manual move to the end written, or its removal, is not news', () => {
    const written = END + HOUR_S * 1000
    const manual = rowEvent({ type: 'ADD', seconds: HOUR_S, source: 'MANUAL', schedule: written })
    const { own } = filterWith({ kind: 'endEdited', sessionId: 7, newEnds: [written] })
    const byDom = rowEvent({ type: 'ADD', seconds: HOUR_S, source: 'DOM', dom: true, schedule: written })
    expect(own.others([byDom, manual])).toEqual([byDom])

    const [removed] = eventsFromHistoryRows(7, END, null, [], T0)
    const [removedAgain] = eventsFromHistoryRows(7, END, null, [], T0)
    const removal = filterWith({ kind: 'endEdited', sessionId: 7, newEnds: null })
    expect(removal.own.others([removed!])).toEqual([])
    expect(removal.own.others([removedAgain!])).toEqual([removedAgain])
    // An end set (not removed) by someone else does not match a removal.
    const [set] = eventsFromHistoryRows(7, null, written, [], T0)
    expect(filterWith({ kind: 'endEdited', sessionId: 7, newEnds: null }).own.others([set!])).toEqual([set])
  })
})

describe("reading a write's answer", () => {
  it('a roll names its session, game, direction, seconds and resulting end', () => {
    expect(
      rolledChange('luck', {
        session: 7,
        dom: false,
        operation: 'SUB',
        seconds: 600,
        scheduledend_utc: '2026-12-02 12:00:00',
      }),
    ).toEqual({ kind: 'rolled', sessionId: 7, source: 'LUCK', type: 'SUB', seconds: 600, newEnd: END })
  })

  it("an edited end stands for the written wall clock at the session's offsets and this machine's", () => {
    const session = { timezonestart: '+01:00', timezoneend: null } as unknown as Session
    const change = editedEndChange(
      7,
      { scheduledend: '2026-12-02', scheduledendtime: '13:00' },
      session,
      'America/New_York',
    )
    expect(change).toEqual({
      kind: 'endEdited',
      sessionId: 7,
      newEnds: [Date.parse('2026-12-02T12:00:00Z'), Date.parse('2026-12-02T18:00:00Z')],
    })
    expect(editedEndChange(7, { scheduledend: null }, null, undefined)).toEqual({
      kind: 'endEdited',
      sessionId: 7,
      newEnds: null,
    })
    // An edit that leaves the end alone changes nothing the sync reports.
    expect(editedEndChange(7, { notes: 'x' }, session, 'UTC')).toBeNull()
  })

  it("reads the written end at this machine's zone in summer, and not at a zone it does not know", () => {
    const summer = { scheduledend: '2026-07-01', scheduledendtime: '14:00' }
    expect(editedEndChange(7, summer, null, 'Europe/Berlin')).toEqual({
      kind: 'endEdited',
      sessionId: 7,
      newEnds: [Date.parse('2026-07-01T12:00:00Z')],
    })
    expect(editedEndChange(7, summer, null, 'Nowhere/Atlantis')).toBeNull()
  })
})
