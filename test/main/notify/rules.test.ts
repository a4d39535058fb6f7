import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../src/shared/settings'
import type { NotificationKind } from '../../../src/shared/settings'
import {
  DISCREET_BODY,
  DISCREET_TITLE,
  describeEvent,
  isQuietTime,
  kindOf,
  minuteOfDay,
  planNotifications,
} from '../../../src/main/notify/rules'
import type { NotificationSettings, NotifyContext } from '../../../src/main/notify/rules'
import {
  endReachedEvent,
  sessionDeletedEvent,
  sessionStartedEvent,
  sessionStoppedEvent,
} from '../../../src/main/sync/events'
import type {
  RulesChangedEvent,
  ScheduleMovedEvent,
  ScheduleRow,
  SyncEvent,
} from '../../../src/main/sync/events'

const M = 60_000
const H = 60 * M
const D = 24 * H

/** Tuesday 10 Feb 2026, 14:00 in Berlin. */
const END = Date.UTC(2026, 1, 10, 13, 0)
/** Friday 13 Feb 2026, 09:00 in Berlin. */
const FRIDAY_END = Date.UTC(2026, 1, 13, 8, 0)
/** Saturday 7 Feb 2026, 12:00 in Berlin: daytime, three days before END. */
const NOW = Date.UTC(2026, 1, 7, 11, 0)

const settings = (over: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...defaultSettings().notifications,
  ...over,
})

const ctx = (over: Partial<NotifyContext> = {}): NotifyContext => ({
  now: NOW,
  alreadyNotified: () => false,
  settings: settings(),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  ...over,
})

let counter = 0
function moved(
  row: Partial<ScheduleRow> & Pick<ScheduleRow, 'type' | 'seconds'>,
  newEnd: number | null = END,
  over: Partial<ScheduleMovedEvent> = {},
): ScheduleMovedEvent {
  counter += 1
  const happened = over.at ?? NOW - H + counter
  const full: ScheduleRow = { source: 'DICE', dom: false, happened, ...row }
  const delta = (full.type === 'ADD' ? 1 : -1) * full.seconds * 1000
  return {
    kind: 'scheduleMoved',
    id: `schedule:1:${counter}`,
    at: happened,
    sessionId: 1,
    previousEnd: newEnd === null ? null : newEnd - delta,
    newEnd,
    rows: [full],
    ...over,
  }
}

function endChange(previousEnd: number | null, newEnd: number | null): ScheduleMovedEvent {
  return {
    kind: 'scheduleMoved',
    id: `end:1:${previousEnd}>${newEnd}`,
    at: NOW - M,
    sessionId: 1,
    previousEnd,
    newEnd,
    rows: [],
  }
}

function rules(over: Partial<RulesChangedEvent> = {}): RulesChangedEvent {
  return {
    kind: 'rulesChanged',
    id: `rules:1:${over.game ?? 'LINK'}:${over.action ?? 'UPDATE'}:${over.at ?? NOW - 2 * H}`,
    at: NOW - 2 * H,
    sessionId: 1,
    game: 'LINK',
    action: 'UPDATE',
    domNick: null,
    changes: [{ label: 'Votes required', from: 3, to: 5 }],
    ...over,
  }
}

const text = (event: SyncEvent, now = NOW) =>
  describeEvent(event, { now, locale: 'en-GB', timeZone: 'Europe/Berlin' })

describe('wording of single events', () => {
  it('names a game result with its multiplier and the new end', () => {
    expect(text(moved({ type: 'ADD', seconds: 86_400, source: 'DICE', multiplier: 2 }))).toEqual({
      title: 'Time added',
      body: '+1 day from the dice (x2). Ends Tue 14:00',
    })
    expect(text(moved({ type: 'SUB', seconds: 2 * 3600, source: 'LUCK', multiplier: 1 })).body).toBe(
      '−2 hours from luck. Ends Tue 14:00',
    )
    expect(text(moved({ type: 'ADD', seconds: 5400, source: 'LINK', multiplier: 1.25 })).body).toBe(
      '+1 hour 30 minutes from public link votes (x1.25). Ends Tue 14:00',
    )
  })

  it('says what the dom did', () => {
    expect(text(moved({ type: 'SUB', seconds: 3 * 3600, source: 'DOM', dom: true }, null))).toEqual({
      title: 'Time removed',
      body: 'Your dom removed 3 hours',
    })
    expect(text(moved({ type: 'ADD', seconds: 86_400 + 7200, source: 'DICE', dom: true })).body).toBe(
      'Your dom added 1 day 2 hours from the dice. Ends Tue 14:00',
    )
  })

  it('calls a penalty a penalty', () => {
    expect(text(moved({ type: 'ADD', seconds: 12 * 3600, source: 'PENALTY' }))).toEqual({
      title: 'Penalty',
      body: 'Penalty: +12 hours. Ends Tue 14:00',
    })
  })

  it('describes manual and unattributed changes', () => {
    expect(text(moved({ type: 'ADD', seconds: 45 * 60, source: 'MANUAL' })).body).toBe(
      'Manual change: +45 minutes. Ends Tue 14:00',
    )
    expect(text(moved({ type: 'SUB', seconds: 60, source: null })).body).toBe(
      'Schedule changed: −1 minute. Ends Tue 14:00',
    )
  })

  it('describes an end changed without a history row', () => {
    expect(text(endChange(END, null))).toEqual({
      title: 'Scheduled end removed',
      body: 'The session has no scheduled end any more.',
    })
    expect(text(endChange(null, END))).toEqual({ title: 'Scheduled end set', body: 'Ends Tue 14:00' })
    expect(text(endChange(END - 2 * H, END))).toEqual({
      title: 'Scheduled end changed',
      body: 'Moved +2 hours. Ends Tue 14:00',
    })
  })

  it('sums an event made of several rows', () => {
    const event = moved({ type: 'ADD', seconds: 3600 })
    const second: ScheduleRow = { type: 'SUB', seconds: 600, source: 'DICE', dom: false, happened: event.at }
    const two: ScheduleMovedEvent = { ...event, rows: [...event.rows, second] }
    expect(text(two)).toEqual({ title: 'Schedule changed', body: '2 changes: +50 minutes. Ends Tue 14:00' })
  })

  it('lists rule changes in plain words', () => {
    expect(text(rules())).toEqual({
      title: 'Game rules changed',
      body: 'LINK rules changed: Votes required 3 → 5',
    })
    expect(text(rules({ domNick: 'GF', game: 'DICE' })).body).toBe(
      'DICE rules changed by GF: Votes required 3 → 5',
    )
    const many = rules({
      changes: [
        { label: 'A', from: 1, to: 2 },
        { label: 'B', from: null, to: 'x' },
        { label: 'C', from: true, to: false },
        { label: 'D', from: 1, to: 2 },
        { label: 'E', from: 1, to: 2 },
      ],
    })
    expect(text(many).body).toBe('LINK rules changed: A 1 → 2, B none → x, C yes → no and 2 more')
    expect(text(rules({ changes: [] })).body).toBe('LINK rules changed')
    expect(text(rules({ action: 'INSERT', game: 'LUCK' })).body).toBe('LUCK game added')
    expect(text(rules({ action: 'DELETE', game: 'DICE', domNick: 'GF' })).body).toBe(
      'DICE game removed by GF',
    )
  })

  it('words session events', () => {
    expect(text(sessionStartedEvent(1, END, NOW))).toEqual({
      title: 'Session started',
      body: 'Ends Tue 14:00',
    })
    expect(text(sessionStartedEvent(1, null, NOW)).body).toBe('No scheduled end')
    expect(text(sessionStoppedEvent(1, NOW)).title).toBe('Session stopped')
    expect(text(sessionDeletedEvent(1, NOW)).title).toBe('Session deleted')
    expect(text(endReachedEvent(1, END, END), END)).toEqual({
      title: 'Time is up',
      body: 'The scheduled end (Tue 14:00) has been reached.',
    })
  })

  it('writes end times in the given zone and locale', () => {
    const event = moved({ type: 'ADD', seconds: 3600 })
    expect(describeEvent(event, { now: NOW, timeZone: 'America/New_York', locale: 'en-GB' }).body).toBe(
      '+1 hour from the dice. Ends Tue 08:00',
    )
    expect(describeEvent(event, { now: NOW, timeZone: 'Europe/Berlin', locale: 'de-DE' }).body).toBe(
      '+1 hour from the dice. Ends Di., 14:00',
    )
    expect(describeEvent(event, { now: END - 20 * D }).body).toBe('+1 hour from the dice. Ends 10 Feb, 13:00')
  })
})

describe('kindOf', () => {
  const cases: [SyncEvent, NotificationKind][] = [
    [moved({ type: 'ADD', seconds: 60, source: 'DICE' }), 'dice'],
    [moved({ type: 'ADD', seconds: 60, source: 'LINK' }), 'link'],
    [moved({ type: 'ADD', seconds: 60, source: 'LUCK' }), 'luck'],
    [moved({ type: 'ADD', seconds: 60, source: 'PENALTY' }), 'penalty'],
    [moved({ type: 'ADD', seconds: 60, source: 'PENALTY', dom: true }), 'penalty'],
    [moved({ type: 'ADD', seconds: 60, source: 'DOM' }), 'dom'],
    [moved({ type: 'ADD', seconds: 60, source: 'DICE', dom: true }), 'dom'],
    [moved({ type: 'ADD', seconds: 60, source: 'MANUAL' }), 'manual'],
    [moved({ type: 'ADD', seconds: 60, source: null }), 'manual'],
    [endChange(END, null), 'manual'],
    [rules(), 'rulesChanged'],
    [sessionStartedEvent(1, null, 0), 'started'],
    [sessionStoppedEvent(1, 0), 'stopped'],
    [sessionDeletedEvent(1, 0), 'stopped'],
    [endReachedEvent(1, END, END), 'endReached'],
  ]

  it.each(cases)('%#: maps to its toggle, and that toggle alone silences it', (event, kind) => {
    expect(kindOf(event)).toBe(kind)
    const off = settings({ kinds: { ...settings().kinds, [kind]: false } })
    expect(planNotifications([event], ctx({ settings: off }))).toEqual({
      notifications: [],
      markers: [event.id],
    })
    const othersOff = settings({
      kinds: Object.fromEntries(
        Object.keys(settings().kinds).map((k) => [k, k === kind]),
      ) as NotificationSettings['kinds'],
    })
    expect(planNotifications([event], ctx({ settings: othersOff })).notifications).toHaveLength(1)
  })
})

describe('planNotifications', () => {
  it('shows one notification per event, oldest first, with ids and session', () => {
    const late = moved({ type: 'ADD', seconds: 3600 }, END, { at: NOW - M })
    const early = rules({ at: NOW - 3 * H })
    const plan = planNotifications([late, early], ctx())
    expect(plan.markers).toEqual([early.id, late.id])
    expect(plan.notifications).toEqual([
      {
        id: early.id,
        title: 'Game rules changed',
        body: 'LINK rules changed: Votes required 3 → 5',
        sessionId: 1,
        eventIds: [early.id],
      },
      {
        id: late.id,
        title: 'Time added',
        body: '+1 hour from the dice. Ends Tue 14:00',
        sessionId: 1,
        eventIds: [late.id],
      },
    ])
  })

  it('never notifies an event id twice: already notified ones are skipped and not re-marked', () => {
    const a = moved({ type: 'ADD', seconds: 3600 })
    const b = moved({ type: 'ADD', seconds: 7200 })
    const plan = planNotifications([a, b], ctx({ alreadyNotified: (id) => id === a.id }))
    expect(plan.markers).toEqual([b.id])
    expect(plan.notifications.map((n) => n.eventIds)).toEqual([[b.id]])
  })

  it('drops duplicates within one batch', () => {
    const a = moved({ type: 'ADD', seconds: 3600 })
    const plan = planNotifications([a, { ...a }, a], ctx())
    expect(plan.markers).toEqual([a.id])
    expect(plan.notifications).toHaveLength(1)
  })

  it('feeding the markers back yields nothing the second time', () => {
    const events = [moved({ type: 'ADD', seconds: 3600 }), rules(), sessionStoppedEvent(1, NOW)]
    const seen = new Set<string>()
    const first = planNotifications(events, ctx({ alreadyNotified: (id) => seen.has(id) }))
    first.markers.forEach((id) => seen.add(id))
    expect(first.notifications).toHaveLength(3)
    expect(planNotifications(events, ctx({ alreadyNotified: (id) => seen.has(id) }))).toEqual({
      notifications: [],
      markers: [],
    })
  })

  it('shows up to three events separately', () => {
    const events = [1, 2, 3].map((h) => moved({ type: 'ADD', seconds: h * 3600 }))
    expect(planNotifications(events, ctx()).notifications).toHaveLength(3)
  })

  it('coalesces more than three schedule changes into one summary', () => {
    const events = [
      moved({ type: 'ADD', seconds: 86_400 }, END),
      moved({ type: 'ADD', seconds: 86_400 }, END + D),
      moved({ type: 'ADD', seconds: 5 * 3600 }, END + D + 5 * H),
      moved({ type: 'SUB', seconds: 2 * 3600 }, END + D + 3 * H),
      moved({ type: 'ADD', seconds: 0 }, FRIDAY_END),
    ]
    const plan = planNotifications(events, ctx())
    expect(plan.notifications).toEqual([
      {
        id: `summary:${events[0]?.id}+4`,
        title: 'Schedule changed',
        body: '5 schedule changes: +2 days 3 hours in total. Ends Fri 09:00',
        sessionId: 1,
        eventIds: events.map((e) => e.id),
      },
    ])
    expect(plan.markers).toEqual(events.map((e) => e.id))
  })

  it('says so when many changes cancel out, and when they shorten the time', () => {
    const even = [1, 2].flatMap(() => [
      moved({ type: 'ADD', seconds: 3600 }),
      moved({ type: 'SUB', seconds: 3600 }),
    ])
    expect(planNotifications(even, ctx()).notifications[0]?.body).toBe(
      '4 schedule changes: no net change. Ends Tue 14:00',
    )
    const shorter = [1, 2, 3, 4].map(() => moved({ type: 'SUB', seconds: 1800 }))
    expect(planNotifications(shorter, ctx()).notifications[0]?.body).toBe(
      '4 schedule changes: −2 hours in total. Ends Tue 14:00',
    )
    const removed = [
      ...shorter.slice(1).map((e) => ({ ...e, id: `${e.id}x` })),
      { ...endChange(END, null), at: NOW },
    ]
    expect(planNotifications(removed, ctx()).notifications[0]?.body).toBe(
      '4 schedule changes: −1 hour 30 minutes in total. No scheduled end',
    )
  })

  it('summarises a mixed batch by kind', () => {
    const events: SyncEvent[] = [
      sessionStartedEvent(1, END, NOW - 5 * H),
      rules({ at: NOW - 4 * H }),
      moved({ type: 'ADD', seconds: 86_400 }, END, { at: NOW - 3 * H }),
      moved({ type: 'ADD', seconds: 3600 }, END + H, { at: NOW - 2 * H }),
      moved({ type: 'SUB', seconds: 3600 }, END, { at: NOW - H }),
    ]
    const [summary] = planNotifications(events, ctx()).notifications
    expect(summary).toMatchObject({
      title: '5 updates',
      body: '3 schedule changes (+1 day in total), 1 rules change, session started. Ends Tue 14:00',
      sessionId: 1,
    })
    expect(summary?.eventIds).toHaveLength(5)
  })

  it('leaves the end out of a summary that ends with the session stopping, and has no session for many', () => {
    const events: SyncEvent[] = [
      moved({ type: 'ADD', seconds: 3600 }, END, { at: NOW - 5 * H }),
      moved({ type: 'ADD', seconds: 3600 }, END, { at: NOW - 4 * H, sessionId: 2 }),
      rules({ at: NOW - 3 * H }),
      rules({ at: NOW - 2 * H, game: 'DICE' }),
      sessionStoppedEvent(1, NOW - H),
    ]
    expect(planNotifications(events, ctx()).notifications[0]).toMatchObject({
      title: '5 updates',
      body: '2 schedule changes (+2 hours in total), 2 rules changes, session stopped',
      sessionId: null,
    })
  })

  it('counts only shown events towards a summary', () => {
    const events = [
      moved({ type: 'ADD', seconds: 3600, source: 'LUCK' }),
      moved({ type: 'ADD', seconds: 3600, source: 'LUCK' }),
      moved({ type: 'ADD', seconds: 3600, source: 'DICE' }),
      moved({ type: 'ADD', seconds: 3600, source: 'DICE' }),
      moved({ type: 'ADD', seconds: 3600, source: 'DICE' }),
    ]
    const plan = planNotifications(
      events,
      ctx({ settings: settings({ kinds: { ...settings().kinds, luck: false } }) }),
    )
    expect(plan.notifications).toHaveLength(3)
    expect(plan.markers).toHaveLength(5)
  })

  describe('quiet hours (22:00 to 07:00 Berlin)', () => {
    const quiet = settings({ quietHours: { enabled: true, start: '22:00', end: '07:00' } })
    const event = () => moved({ type: 'ADD', seconds: 3600 })
    // Berlin is UTC+1 in February.
    const berlin = (h: number, m: number) => Date.UTC(2026, 1, 7, h - 1, m)

    it.each([
      [23, 30, true],
      [22, 0, true],
      [0, 15, true],
      [6, 59, true],
      [7, 0, false],
      [12, 0, false],
      [21, 59, false],
    ])('at %i:%i quiet=%s', (h, m, isQuiet) => {
      const plan = planNotifications([event()], ctx({ now: berlin(h, m), settings: quiet }))
      expect(plan.notifications).toHaveLength(isQuiet ? 0 : 1)
      // Held back or shown, the event is decided: it will not pop up after the quiet hours.
      expect(plan.markers).toHaveLength(1)
    })

    it('reads the clock in the given zone', () => {
      const utc2230 = Date.UTC(2026, 1, 7, 21, 30)
      expect(isQuietTime(utc2230, quiet.quietHours, 'Europe/Berlin')).toBe(true)
      expect(isQuietTime(utc2230, quiet.quietHours, 'UTC')).toBe(false)
      expect(isQuietTime(utc2230, quiet.quietHours)).toBe(false)
      expect(minuteOfDay(utc2230, 'Europe/Berlin')).toBe(22 * 60 + 30)
      expect(minuteOfDay(utc2230, 'Not/AZone')).toBe(21 * 60 + 30)
      // Summer time: 21:30 UTC is 23:30 in Berlin.
      expect(minuteOfDay(Date.UTC(2026, 6, 1, 21, 30), 'Europe/Berlin')).toBe(23 * 60 + 30)
      expect(minuteOfDay(Date.UTC(2026, 6, 1, 22, 30), 'Europe/Berlin')).toBe(30)
    })

    it('handles windows within a day, empty and malformed ones, and the switch', () => {
      const noon = Date.UTC(2026, 1, 7, 12, 30)
      expect(isQuietTime(noon, { enabled: true, start: '12:00', end: '13:00' }, 'UTC')).toBe(true)
      expect(isQuietTime(noon, { enabled: true, start: '13:00', end: '14:00' }, 'UTC')).toBe(false)
      expect(isQuietTime(noon, { enabled: true, start: '12:30', end: '12:30' }, 'UTC')).toBe(false)
      expect(isQuietTime(noon, { enabled: true, start: '25:00', end: '13:00' }, 'UTC')).toBe(false)
      expect(isQuietTime(noon, { enabled: false, start: '12:00', end: '13:00' }, 'UTC')).toBe(false)
    })
  })

  it('holds everything back while paused, and resumes at the given instant', () => {
    const event = moved({ type: 'ADD', seconds: 3600 })
    expect(planNotifications([event], ctx({ pausedUntil: NOW + 1 }))).toEqual({
      notifications: [],
      markers: [event.id],
    })
    expect(planNotifications([event], ctx({ pausedUntil: NOW })).notifications).toHaveLength(1)
    expect(planNotifications([event], ctx({ pausedUntil: null })).notifications).toHaveLength(1)
  })

  it('holds everything back when notifications are off, still marking them', () => {
    const events = [moved({ type: 'ADD', seconds: 3600 }), sessionStoppedEvent(1, NOW)]
    expect(planNotifications(events, ctx({ settings: settings({ enabled: false }) }))).toEqual({
      notifications: [],
      markers: events.map((e) => e.id),
    })
  })

  it('returns nothing for no events', () => {
    expect(planNotifications([], ctx())).toEqual({ notifications: [], markers: [] })
  })

  describe('discreet mode', () => {
    const discreet = settings({ discreet: true })
    const revealing = /lock|chastity|dom|penalty|dice|link|luck|time|session|end|rule/i
    const events: SyncEvent[] = [
      moved({ type: 'ADD', seconds: 12 * 3600, source: 'PENALTY' }),
      moved({ type: 'SUB', seconds: 3 * 3600, source: 'DOM', dom: true }),
      rules({ domNick: 'GF' }),
      sessionStartedEvent(1, END, NOW),
      endReachedEvent(1, END, NOW),
    ]

    it('sends one neutral reminder for a batch, whatever it holds', () => {
      for (const batch of [events.slice(0, 1), events.slice(0, 2), events]) {
        const plan = planNotifications(batch, ctx({ settings: discreet }))
        expect(plan.notifications).toHaveLength(1)
        const [n] = plan.notifications
        expect(n).toMatchObject({ title: DISCREET_TITLE, body: DISCREET_BODY })
        expect(n?.title).not.toMatch(revealing)
        expect(n?.body).not.toMatch(revealing)
        expect(n?.eventIds).toHaveLength(batch.length)
        expect(n?.id).toMatch(/^reminder:[0-9a-f]{8}$/)
        expect(plan.markers).toHaveLength(batch.length)
      }
    })

    it('gives the same reminder id for the same events and another for others', () => {
      const id = (batch: SyncEvent[]) =>
        planNotifications(batch, ctx({ settings: discreet })).notifications[0]?.id
      expect(id(events.slice(0, 2))).toBe(id(events.slice(0, 2)))
      expect(id(events.slice(0, 2))).not.toBe(id(events.slice(1, 3)))
    })

    it('still respects toggles and quiet hours', () => {
      const off = settings({ discreet: true, kinds: { ...settings().kinds, penalty: false } })
      expect(planNotifications(events.slice(0, 1), ctx({ settings: off })).notifications).toEqual([])
      const quiet = settings({ discreet: true, quietHours: { enabled: true, start: '00:00', end: '23:59' } })
      expect(planNotifications(events, ctx({ settings: quiet })).notifications).toEqual([])
    })
  })
})
