import { afterAll, describe, expect, it } from 'vitest'
import {
  formatOffset,
  formatUtc,
  parseOffsetMinutes,
  parseSessionTime,
  parseUtc,
  scheduledEnd,
  sessionEnd,
  sessionStart,
  toScheduledEndFields,
  toUserDateTimeFields,
} from '../../src/shared/api/time'
import { HOST_ZONES } from '../support/zones'

const ORIGINAL_TZ = process.env.TZ

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ
  else process.env.TZ = ORIGINAL_TZ
})

describe.each(HOST_ZONES)('API time under TZ=%s', (zone) => {
  it('switches the host timezone (so the assertions below mean something)', () => {
    process.env.TZ = zone
    const winter = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()
    const expected: Record<string, number> = {
      UTC: 0,
      'America/Los_Angeles': 480,
      'Europe/Berlin': -60,
      'Asia/Kolkata': -330,
      'Pacific/Chatham': -825,
      'Australia/Lord_Howe': -660,
    }
    expect(winter).toBe(expected[zone])
  })

  it('reads UTC strings the same on every host', () => {
    process.env.TZ = zone
    expect(parseUtc('2026-02-03 10:02:11.456')).toBe(Date.UTC(2026, 1, 3, 10, 2, 11, 456))
    expect(parseUtc('2026-02-03 10:02:11')).toBe(Date.UTC(2026, 1, 3, 10, 2, 11))
    expect(parseUtc('2026-02-02 09:00:00 UTC')).toBe(Date.UTC(2026, 1, 2, 9))
    expect(parseUtc('2026-03-29 02:30:00')).toBe(Date.UTC(2026, 2, 29, 2, 30))
  })

  it('reads session times at their own offset', () => {
    process.env.TZ = zone
    const s = {
      start: '2026-02-02 10:00:00',
      end: '2026-02-03 12:30:00',
      scheduledend: '2026-02-03 09:00:00',
      timezonestart: '+01:00',
      timezoneend: '-05:30',
    }
    expect(sessionStart(s)).toBe(Date.UTC(2026, 1, 2, 9))
    expect(sessionEnd(s)).toBe(Date.UTC(2026, 1, 3, 18))
    expect(scheduledEnd(s)).toBe(Date.UTC(2026, 1, 3, 9))
  })

  it('writes instants back without the host timezone', () => {
    process.env.TZ = zone
    const instant = Date.UTC(2026, 1, 10, 23, 30, 15)
    expect(formatUtc(instant)).toBe('2026-02-10 23:30:15')
    expect(formatUtc(instant + 7, true)).toBe('2026-02-10 23:30:15.007')
    expect(toScheduledEndFields(instant, 60)).toEqual({
      scheduledend: '2026-02-11',
      scheduledendtime: '00:30',
    })
    expect(toUserDateTimeFields(instant, 60)).toEqual({ date: '2026-02-11', time: '00:30' })
    expect(toUserDateTimeFields(instant, -300)).toEqual({ date: '2026-02-10', time: '18:30' })
  })
})

describe('API time edge cases', () => {
  it('an end without its own offset uses the start offset', () => {
    const s = {
      start: '2026-02-02 10:00:00',
      end: '2026-02-02 12:00:00',
      scheduledend: null,
      timezonestart: '+02:00',
    }
    expect(sessionEnd(s)).toBe(Date.UTC(2026, 1, 2, 10))
    expect(scheduledEnd(s)).toBeNull()
  })

  it('a session with no offset at all is read as UTC', () => {
    expect(parseSessionTime('2026-02-02 10:00:00', null)).toBe(Date.UTC(2026, 1, 2, 10))
  })

  it('rejects malformed strings and offsets instead of guessing', () => {
    expect(parseUtc('2026-02-30 10:00:00')).toBeNull()
    expect(parseUtc('yesterday')).toBeNull()
    expect(parseUtc('2026-13-01 00:00:00')).toBeNull()
    expect(parseUtc('2026-01-01 24:00:00')).toBeNull()
    expect(parseUtc(null)).toBeNull()
    expect(parseOffsetMinutes('+1')).toBeNull()
    expect(parseOffsetMinutes('+15:00')).toBeNull()
    expect(parseSessionTime('2026-02-02 10:00:00', 'CET')).toBeNull()
  })

  it('reads and writes offsets', () => {
    expect(parseOffsetMinutes('+05:45')).toBe(345)
    expect(parseOffsetMinutes('-03:30')).toBe(-210)
    expect(parseOffsetMinutes('')).toBe(0)
    expect(formatOffset(345)).toBe('+05:45')
    expect(formatOffset(-210)).toBe('-03:30')
    expect(formatOffset(0)).toBe('+00:00')
  })

  it('round-trips an instant through the UTC form', () => {
    const instant = Date.UTC(2026, 10, 25, 6, 7, 8, 9)
    expect(parseUtc(formatUtc(instant, true))).toBe(instant)
  })
})

describe('calendar checks', () => {
  it('knows the length of every month, leap years included', () => {
    expect(parseUtc('2024-02-29 00:00:00')).toBe(Date.UTC(2024, 1, 29))
    expect(parseUtc('2026-02-29 00:00:00')).toBeNull()
    expect(parseUtc('2000-02-29 00:00:00')).toBe(Date.UTC(2000, 1, 29))
    expect(parseUtc('2100-02-29 00:00:00')).toBeNull()
    expect(parseUtc('2026-04-31 00:00:00')).toBeNull()
    expect(parseUtc('2026-12-31 23:59:59')).toBe(Date.UTC(2026, 11, 31, 23, 59, 59))
  })
})
