import { describe, expect, it } from 'vitest'
import { lockedTime, secondsWithin } from '../../src/shared/insight/intervals'
import { session, utc } from './insight-support'

const now = utc('2026-06-01 12:00')

describe('locked time from sessions', () => {
  it('reads starts and ends at their own offsets', () => {
    const s = session('2026-05-01 12:00:00', '2026-05-01 14:00:00', {
      timezonestart: '+02:00',
      timezoneend: '+01:00',
    })
    const { sessions } = lockedTime([s], now)
    expect(sessions).toEqual([
      { sessionId: s.id, start: utc('2026-05-01 10:00'), end: utc('2026-05-01 13:00'), active: false },
    ])
  })

  it('counts an active session up to now, and clamps an end after now', () => {
    const active = session('2026-06-01 10:00:00', null)
    const future = session('2026-05-31 10:00:00', '2026-06-03 00:00:00')
    const { sessions } = lockedTime([active, future], now)
    expect(sessions.map((s) => [s.sessionId, s.end, s.active])).toEqual([
      [future.id, now, false],
      [active.id, now, true],
    ])
  })

  it('leaves out sessions it cannot measure, without failing', () => {
    const odd = [
      session('2026-05-02 10:00:00', '2026-05-02 09:00:00'), // ends before it starts
      session('2026-05-03 10:00:00', null, { active: false }), // finished, no end
      session('not a date', '2026-05-04 10:00:00'),
      session('2026-05-05 10:00:00', 'tomorrow'),
      session('2026-07-01 10:00:00', null), // starts after now
      session('2026-05-06 10:00:00', '2026-05-06 10:00:00', { timezonestart: 'nowhere' }),
    ]
    const good = session('2026-05-07 10:00:00', '2026-05-07 11:00:00')
    const result = lockedTime([...odd, good, { ...good }], now)
    expect(result.sessions.map((s) => s.sessionId)).toEqual([good.id])
    expect(result.leftOut).toBe(odd.length + 1)
  })

  it('merges overlapping and touching sessions, so no time counts twice', () => {
    const a = session('2026-05-01 10:00:00', '2026-05-01 14:00:00')
    const b = session('2026-05-01 12:00:00', '2026-05-01 13:00:00')
    const c = session('2026-05-01 14:00:00', '2026-05-01 15:00:00')
    const d = session('2026-05-02 10:00:00', '2026-05-02 11:00:00')
    const { merged } = lockedTime([d, c, b, a], now)
    expect(merged).toEqual([
      { start: utc('2026-05-01 10:00'), end: utc('2026-05-01 15:00') },
      { start: utc('2026-05-02 10:00'), end: utc('2026-05-02 11:00') },
    ])
    expect(secondsWithin(merged, -Infinity, Infinity)).toBe(6 * 3600)
    expect(secondsWithin(merged, utc('2026-05-01 14:30'), utc('2026-05-02 10:30'))).toBe(3600)
  })

  it('gives nothing for no sessions', () => {
    expect(lockedTime([], now)).toEqual({ sessions: [], merged: [], leftOut: 0 })
  })
})
