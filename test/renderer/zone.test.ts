import { describe, expect, it } from 'vitest'
import {
  daysBetweenDates,
  toZonedFields,
  weekKey,
  zoneOffsetMinutes,
  zonedMoment,
  zonedToInstant,
} from '../../src/renderer/src/zone'

describe('zone', () => {
  it('reads the offset of a zone at an instant, with DST', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), 'Europe/Berlin')).toBe(60)
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 15), 'Europe/Berlin')).toBe(120)
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), 'America/New_York')).toBe(-300)
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 15), 'Asia/Kolkata')).toBe(330)
  })

  it('turns a wall clock in a zone into the instant', () => {
    expect(zonedToInstant('2026-02-10', '09:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 1, 10, 8))
    expect(zonedToInstant('2026-07-10', '09:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 10, 7))
    expect(zonedToInstant('2026-02-10', '', 'UTC')).toBe(Date.UTC(2026, 1, 10))
    expect(zonedToInstant('2026-02-10', '21:30', 'America/Los_Angeles')).toBe(Date.UTC(2026, 1, 11, 5, 30))
    expect(zonedToInstant('2026-02-31', '09:00', 'UTC')).toBeNull()
  })

  it('resolves wall clocks around DST changes', () => {
    // Berlin 2026-03-29 02:30 does not exist (clocks jump 02:00 -> 03:00).
    const gap = zonedToInstant('2026-03-29', '02:30', 'Europe/Berlin')
    expect(gap).not.toBeNull()
    expect(toZonedFields(gap!, 'Europe/Berlin').time).toMatch(/^0[13]:30$/)
    expect(zonedToInstant('2026-03-29', '03:30', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30))
  })

  it('gives a typed wall clock its instant and the offset the zone has then', () => {
    expect(zonedMoment('2026-02-10', '09:00', 'Europe/Berlin')).toEqual({
      instant: Date.UTC(2026, 1, 10, 8),
      offsetMinutes: 60,
    })
    expect(zonedMoment('2026-07-10', '09:00', 'Europe/Berlin')).toEqual({
      instant: Date.UTC(2026, 6, 10, 7),
      offsetMinutes: 120,
    })
    expect(zonedMoment('2026-02-10', '09:00', 'Pacific/Chatham')?.offsetMinutes).toBe(825)
    expect(zonedMoment('', '09:00', 'UTC')).toBeNull()
  })

  it('round-trips instants to wall-clock fields', () => {
    const t = Date.UTC(2026, 1, 10, 23, 45)
    expect(toZonedFields(t, 'Asia/Tokyo')).toEqual({ date: '2026-02-11', time: '08:45' })
    expect(zonedToInstant('2026-02-11', '08:45', 'Asia/Tokyo')).toBe(t)
  })

  it('keys weeks by their Monday in the zone', () => {
    expect(weekKey(Date.UTC(2026, 1, 1, 23, 30), 'UTC')).toBe('2026-01-26')
    expect(weekKey(Date.UTC(2026, 1, 1, 23, 30), 'Europe/Berlin')).toBe('2026-02-02')
    expect(weekKey(Date.UTC(2026, 1, 2), 'UTC')).toBe('2026-02-02')
  })

  it('counts days between calendar dates', () => {
    expect(daysBetweenDates('2026-02-27', '2026-03-02')).toBe(3)
    expect(daysBetweenDates('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetweenDates('x', '2026-03-30')).toBeNull()
  })
})
