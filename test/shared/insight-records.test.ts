import { describe, expect, it } from 'vitest'
import { computeRecords } from '../../src/shared/insight/records'
import { HOUR, session, utc } from './insight-support'

const BERLIN = 'Europe/Berlin'

describe('records', () => {
  it('has nothing to say about no sessions', () => {
    expect(computeRecords([], utc('2026-06-01 12:00'), BERLIN)).toEqual({
      sessions: 0,
      leftOut: 0,
      lockedNow: false,
      longestSession: null,
      thisYear: { year: 2026, seconds: 0 },
      allTimeSeconds: 0,
      longestGap: null,
      currentStreak: { days: 0, from: null, to: null },
      longestStreak: null,
    })
  })

  it('finds the longest session, the active one counting up to now', () => {
    const now = utc('2026-06-10 12:00')
    const long = session('2026-05-01 00:00:00', '2026-05-04 00:00:00')
    const active = session('2026-06-06 00:00:00', null)
    const records = computeRecords([long, active], now, 'UTC')
    expect(records.longestSession).toEqual({
      sessionId: active.id,
      start: utc('2026-06-06 00:00'),
      end: now,
      seconds: 4.5 * 24 * HOUR,
      active: true,
    })
    expect(records.lockedNow).toBe(true)
    expect(computeRecords([long, active], utc('2026-06-08 00:00'), 'UTC').longestSession?.sessionId).toBe(
      long.id,
    )
  })

  it('counts this year from 1 January in the user zone, across a session spanning the new year', () => {
    // 22:00 UTC on 31 December is 23:00 in Berlin; the session ends at 02:00 Berlin on 1 January.
    const s = session('2025-12-31 22:00:00', '2026-01-01 01:00:00')
    const now = utc('2026-03-01 12:00')
    const berlin = computeRecords([s], now, BERLIN)
    expect(berlin.thisYear).toEqual({ year: 2026, seconds: 2 * HOUR })
    expect(berlin.allTimeSeconds).toBe(3 * HOUR)
    expect(computeRecords([s], now, 'UTC').thisYear.seconds).toBe(1 * HOUR)
    // In Los Angeles the whole session is still 2025, and now (04:00 on 1 January) is 2025 too.
    expect(computeRecords([s], utc('2026-01-01 12:00'), 'America/Los_Angeles').thisYear).toEqual({
      year: 2026,
      seconds: 0,
    })
  })

  it('counts overlapping sessions once in the totals and finds the longest gap between them', () => {
    const sessions = [
      session('2026-05-01 00:00:00', '2026-05-02 00:00:00'),
      session('2026-05-01 12:00:00', '2026-05-03 00:00:00'), // overlaps the first
      session('2026-05-10 00:00:00', '2026-05-11 00:00:00'),
      session('2026-05-12 00:00:00', '2026-05-13 00:00:00'),
    ]
    const records = computeRecords(sessions, utc('2026-06-01 00:00'), 'UTC')
    expect(records.allTimeSeconds).toBe(4 * 24 * HOUR)
    expect(records.longestGap).toEqual({
      from: utc('2026-05-03 00:00'),
      to: utc('2026-05-10 00:00'),
      seconds: 7 * 24 * HOUR,
    })
    expect(records.lockedNow).toBe(false)
  })

  it('has no gap with a single session', () => {
    expect(
      computeRecords([session('2026-05-01 00:00:00', '2026-05-02 00:00:00')], utc('2026-06-01 00:00'), 'UTC')
        .longestGap,
    ).toBeNull()
  })

  describe('streaks of locked days', () => {
    // Locked days 1-3 May (a session 1 May 10:00 to 3 May 01:00), then 6-7 May (23:00 to 01:00).
    const sessions = [
      session('2026-05-01 10:00:00', '2026-05-03 01:00:00'),
      session('2026-05-06 23:00:00', '2026-05-07 01:00:00'),
    ]

    it('counts a day with any locked time, however short', () => {
      const records = computeRecords(sessions, utc('2026-05-07 12:00'), 'UTC')
      expect(records.longestStreak).toEqual({ days: 3, from: '2026-05-01', to: '2026-05-03' })
      expect(records.currentStreak).toEqual({ days: 2, from: '2026-05-06', to: '2026-05-07' })
    })

    it('keeps the current streak through today while today has no locked time yet', () => {
      expect(computeRecords(sessions, utc('2026-05-08 23:59'), 'UTC').currentStreak.days).toBe(2)
      expect(computeRecords(sessions, utc('2026-05-09 00:00'), 'UTC').currentStreak).toEqual({
        days: 0,
        from: null,
        to: null,
      })
    })

    it('reads days in the user zone', () => {
      // In Berlin (UTC+2) the second session is 01:00-03:00 on 7 May only; the first ends 03:00 on 3 May.
      const records = computeRecords(sessions, utc('2026-05-07 12:00'), BERLIN)
      expect(records.currentStreak).toEqual({ days: 1, from: '2026-05-07', to: '2026-05-07' })
      expect(records.longestStreak).toEqual({ days: 3, from: '2026-05-01', to: '2026-05-03' })
    })

    it('runs a current streak through an active session and the earliest of equal streaks is the longest', () => {
      const now = utc('2026-05-20 08:00')
      const records = computeRecords([...sessions, session('2026-05-18 20:00:00', null)], now, 'UTC')
      expect(records.currentStreak).toEqual({ days: 3, from: '2026-05-18', to: '2026-05-20' })
      expect(records.longestStreak).toEqual({ days: 3, from: '2026-05-01', to: '2026-05-03' })
    })

    it('counts a streak across a DST change and across years', () => {
      const berlin = computeRecords(
        [
          session('2025-12-30 12:00:00', '2026-01-02 12:00:00'),
          session('2026-03-28 12:00:00', '2026-03-30 12:00:00'),
        ],
        utc('2026-04-10 12:00'),
        BERLIN,
      )
      expect(berlin.longestStreak).toEqual({ days: 4, from: '2025-12-30', to: '2026-01-02' })
      expect(berlin.allTimeSeconds).toBe(5 * 24 * HOUR)
    })
  })

  it('leaves odd sessions out and says how many', () => {
    const records = computeRecords(
      [
        session('2026-05-02 10:00:00', '2026-05-01 10:00:00'),
        session('2026-05-03 10:00:00', null, { active: false }),
        session('2026-05-04 10:00:00', '2026-05-04 12:00:00'),
      ],
      utc('2026-06-01 00:00'),
      'UTC',
    )
    expect(records.sessions).toBe(1)
    expect(records.leftOut).toBe(2)
    expect(records.allTimeSeconds).toBe(2 * HOUR)
  })
})
