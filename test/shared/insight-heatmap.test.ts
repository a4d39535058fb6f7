import { describe, expect, it } from 'vitest'
import { computeHeatmap, HEATMAP_DAYS } from '../../src/shared/insight/heatmap'
import { HOUR, session, utc } from './insight-support'

const BERLIN = 'Europe/Berlin'

function hoursOn(map: ReturnType<typeof computeHeatmap>, date: string): number | undefined {
  const day = map.days.find((d) => d.date === date)
  return day === undefined ? undefined : day.lockedSeconds / HOUR
}

describe('heatmap of locked time per day', () => {
  it('has every day of the last year, ending today in the zone, with its weekday', () => {
    // 23:30 UTC on 30 November is already 1 December in Berlin.
    const map = computeHeatmap([], utc('2026-11-30 23:30'), BERLIN)
    expect(map.days).toHaveLength(HEATMAP_DAYS)
    expect(map.to).toBe('2026-12-01')
    expect(map.from).toBe('2025-12-02')
    expect(map.days[map.days.length - 1]).toEqual({ date: '2026-12-01', weekday: 1, lockedSeconds: 0 })
    expect(map.days.every((d) => d.lockedSeconds === 0)).toBe(true)
    expect(map.busiest).toBeNull()
    expect(map.lockedDays).toBe(0)
  })

  it('splits a session at the zone midnight', () => {
    // 22:00 to 04:00 in Berlin (summer time, UTC+2).
    const map = computeHeatmap(
      [session('2026-06-10 20:00:00', '2026-06-11 02:00:00')],
      utc('2026-07-01 12:00'),
      BERLIN,
    )
    expect(hoursOn(map, '2026-06-10')).toBe(2)
    expect(hoursOn(map, '2026-06-11')).toBe(4)
    expect(map.lockedDays).toBe(2)
    expect(map.totalSeconds).toBe(6 * HOUR)
    expect(map.busiest).toEqual({ date: '2026-06-11', lockedSeconds: 4 * HOUR })
    // In UTC the same session falls on one day.
    const inUtc = computeHeatmap(
      [session('2026-06-10 20:00:00', '2026-06-11 02:00:00')],
      utc('2026-07-01 12:00'),
      'UTC',
    )
    expect(hoursOn(inUtc, '2026-06-10')).toBe(4)
    expect(hoursOn(inUtc, '2026-06-11')).toBe(2)
  })

  it('gives the day clocks go forward 23 hours and the day they go back 25', () => {
    const sessions = [
      // Midnight to midnight in Berlin around 29 March 2026 (02:00 -> 03:00).
      session('2026-03-28 23:00:00', '2026-03-29 22:00:00'),
      // Midnight to midnight in Berlin around 25 October 2026 (03:00 -> 02:00).
      session('2026-10-24 22:00:00', '2026-10-25 23:00:00'),
    ]
    const map = computeHeatmap(sessions, utc('2026-11-01 12:00'), BERLIN)
    expect(hoursOn(map, '2026-03-28')).toBe(0)
    expect(hoursOn(map, '2026-03-29')).toBe(23)
    expect(hoursOn(map, '2026-03-30')).toBe(0)
    expect(hoursOn(map, '2026-10-24')).toBe(0)
    expect(hoursOn(map, '2026-10-25')).toBe(25)
    expect(hoursOn(map, '2026-10-26')).toBe(0)
  })

  it('starts a day whose midnight is skipped or repeated at its first minute', () => {
    // Santiago, 6 September 2026: 00:00 (UTC-4) becomes 01:00 (UTC-3); midnight to midnight.
    const santiago = computeHeatmap(
      [session('2026-09-05 04:00:00', '2026-09-08 03:00:00')],
      utc('2026-10-01 12:00'),
      'America/Santiago',
    )
    expect(['2026-09-05', '2026-09-06', '2026-09-07'].map((d) => hoursOn(santiago, d))).toEqual([24, 23, 24])
    expect(santiago.totalSeconds).toBe(71 * HOUR)
    // Havana, 1 November 2026: 01:00 (UTC-4) goes back to 00:00 (UTC-5); midnight to midnight.
    const havana = computeHeatmap(
      [session('2026-10-31 04:00:00', '2026-11-03 05:00:00')],
      utc('2026-11-10 12:00'),
      'America/Havana',
    )
    expect(['2026-10-31', '2026-11-01', '2026-11-02'].map((d) => hoursOn(havana, d))).toEqual([24, 25, 24])
  })

  it('counts the active session up to now and overlapping sessions once', () => {
    const now = utc('2026-06-15 10:00')
    const map = computeHeatmap(
      [session('2026-06-14 22:00:00', null), session('2026-06-14 23:00:00', '2026-06-15 01:00:00')],
      now,
      'UTC',
    )
    expect(hoursOn(map, '2026-06-14')).toBe(2)
    expect(hoursOn(map, '2026-06-15')).toBe(10)
    expect(map.totalSeconds).toBe(12 * HOUR)
  })

  it('counts only the part of a session inside the year shown', () => {
    const now = utc('2026-06-15 12:00')
    // From two years ago until 2025-06-17 00:00 UTC: the map starts on 2025-06-16.
    const map = computeHeatmap([session('2024-06-01 00:00:00', '2025-06-17 00:00:00')], now, 'UTC')
    expect(map.from).toBe('2025-06-16')
    expect(hoursOn(map, '2025-06-16')).toBe(24)
    expect(map.totalSeconds).toBe(24 * HOUR)
  })
})
