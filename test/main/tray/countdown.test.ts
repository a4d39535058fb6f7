import { describe, expect, it } from 'vitest'
import { computeCountdown } from '../../../src/main/tray/countdown'
import type { Countdown, CountdownInput } from '../../../src/main/tray/countdown'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

/** Tuesday 10 Feb 2026, 14:00 in Berlin (13:00 UTC). */
const END = Date.UTC(2026, 1, 10, 13, 0, 0)

const base: Omit<CountdownInput, 'now'> = {
  scheduledEnd: END,
  start: null,
  active: true,
  showSeconds: 'lastHour',
  display: 'remaining',
  locale: 'en-GB',
  timeZone: 'Europe/Berlin',
}

const at = (now: number, over: Partial<CountdownInput> = {}): Countdown =>
  computeCountdown({ ...base, now, ...over })
const texts = (c: Countdown) => `${c.title}|${c.tooltip}|${c.menuLine}`

describe('counting down', () => {
  it('shows days, hours and minutes when the end is days away', () => {
    const now = END - (2 * D + 3 * H + 14 * M)
    expect(at(now)).toEqual({
      title: '2d 03:14',
      tooltip: 'Ends Tue 14:00 — 2 days 3 hours left',
      menuLine: '2d 03:14 left — ends Tue 14:00',
      progress: null,
      state: 'counting',
      nextChangeAt: now + M,
    })
  })

  it('rounds the remaining time up, and changes on the next whole minute left', () => {
    const now = END - (2 * D + 3 * H + 13 * M + 30 * S)
    const c = at(now)
    expect(c.title).toBe('2d 03:14')
    expect(c.nextChangeAt).toBe(now + 30 * S)
    expect(at(now + 30 * S).title).toBe('2d 03:13')
  })

  it('shows hours and minutes within a day', () => {
    expect(at(END - (3 * H + 12 * M)).title).toBe('3h 12m')
    expect(at(END - (3 * H + 5 * M)).title).toBe('3h 05m')
    expect(at(END - (3 * H + 12 * M)).tooltip).toBe('Ends Tue 14:00 — 3 hours 12 minutes left')
    expect(at(END - 23 * H - 59 * M).title).toBe('23h 59m')
    expect(at(END - D).title).toBe('1d 00:00')
  })

  it('shows seconds in the last hour, changing every second', () => {
    const now = END - (12 * M + 5 * S)
    const c = at(now)
    expect(c.title).toBe('12:05')
    expect(c.tooltip).toBe('Ends Tue 14:00 — 13 minutes left')
    expect(c.menuLine).toBe('13m left — ends Tue 14:00')
    expect(c.nextChangeAt).toBe(now + S)
    expect(at(now + 500).title).toBe('12:05')
    expect(at(now + 500).nextChangeAt).toBe(now + S)
    expect(at(END - 42 * S).title).toBe('0:42')
  })

  it('switches to seconds exactly at 59:59', () => {
    expect(at(END - H - 30 * S)).toMatchObject({ title: '1h 01m', nextChangeAt: END - H })
    expect(at(END - H)).toMatchObject({ title: '1h 00m', nextChangeAt: END - H + S })
    expect(at(END - H + S).title).toBe('59:59')
  })

  it("shows seconds always with 'always' and never with 'never'", () => {
    const now = END - (2 * D + 3 * H + 14 * M + 5 * S)
    expect(at(now, { showSeconds: 'always' })).toMatchObject({ title: '2d 03:14:05', nextChangeAt: now + S })
    expect(at(END - (3 * H + 2 * S), { showSeconds: 'always' }).title).toBe('3:00:02')
    const late = END - (12 * M + 5 * S)
    expect(at(late, { showSeconds: 'never' })).toMatchObject({ title: '13m', nextChangeAt: END - 12 * M })
    expect(at(END - 59 * S, { showSeconds: 'never' }).title).toBe('1m')
  })

  it('counts the last second down to the end', () => {
    expect(at(END - 1)).toMatchObject({ title: '0:01', state: 'counting', nextChangeAt: END })
  })

  it("shows the end time instead with display 'endTime', still updating the tooltip each minute", () => {
    const now = END - (3 * H + 12 * M)
    expect(at(now, { display: 'endTime' })).toMatchObject({
      title: 'Ends Tue 14:00',
      tooltip: 'Ends Tue 14:00 — 3 hours 12 minutes left',
      nextChangeAt: now + M,
    })
    // No seconds in this mode, so no per-second timer in the last hour either.
    const late = END - (12 * M + 5 * S)
    expect(at(late, { display: 'endTime', showSeconds: 'always' })).toMatchObject({
      title: 'Ends Tue 14:00',
      nextChangeAt: END - 12 * M,
    })
  })

  it('names the end by weekday within six days, by date further ahead, with the year far ahead', () => {
    expect(at(END - 6 * D).tooltip).toBe('Ends Tue 14:00 — 6 days left')
    expect(at(END - 6 * D - M).tooltip).toBe('Ends 10 Feb, 14:00 — 6 days left')
    expect(at(END - 10 * D - 5 * H).tooltip).toBe('Ends 10 Feb, 14:00 — 10 days 5 hours left')
    expect(at(END - 400 * D).tooltip).toBe('Ends 10 Feb 2026, 14:00 — 400 days left')
  })

  it('reports progress as elapsed over scheduled', () => {
    const start = END - 10 * H
    expect(at(END - 2.5 * H, { start }).progress).toBe(0.75)
    expect(at(start - H, { start }).progress).toBe(0)
    expect(at(END - H, { start: END }).progress).toBeNull()
  })
})

describe('at and after the end', () => {
  it('says time is up exactly at the end', () => {
    expect(at(END)).toEqual({
      title: 'Time is up',
      tooltip: 'Time is up — ended Tue 14:00',
      menuLine: 'Time is up — ended Tue 14:00',
      progress: 1,
      state: 'overdue',
      nextChangeAt: END + 6 * D,
    })
  })

  it('stays static while overdue, until the end is no longer named by weekday', () => {
    const c = at(END + 2 * H, { start: END - D })
    expect(c).toMatchObject({ title: 'Time is up', state: 'overdue', progress: 1, nextChangeAt: END + 6 * D })
    expect(at(END + 6 * D)).toMatchObject({
      tooltip: 'Time is up — ended 10 Feb 2026, 14:00',
      nextChangeAt: null,
    })
  })

  it('follows an end moved backwards on the next call', () => {
    const now = END - 5 * H
    expect(at(now).title).toBe('5h 00m')
    expect(at(now, { scheduledEnd: END - 4 * H }).title).toBe('1h 00m')
    expect(at(now, { scheduledEnd: END - 4 * H - 20 * M }).title).toBe('40:00')
    expect(at(now, { scheduledEnd: END - 6 * H })).toMatchObject({ title: 'Time is up', state: 'overdue' })
  })

  it('is right after the clock jumps forward (sleep for 8 hours)', () => {
    const before = at(END - 10 * H)
    expect(before).toMatchObject({ title: '10h 00m', nextChangeAt: END - 10 * H + M })
    const resumed = END - 2 * H
    const after = at(resumed)
    expect(after).toMatchObject({ title: '2h 00m', nextChangeAt: resumed + M })
    const pastEnd = at(END + 2 * H)
    expect(pastEnd.title).toBe('Time is up')
  })
})

describe('no scheduled end', () => {
  it('counts the time locked so far up in minutes', () => {
    const start = Date.UTC(2026, 1, 1, 8, 0, 0)
    const now = start + 4 * D + 2 * H + 5 * M + 30 * S
    expect(at(now, { start, scheduledEnd: null })).toEqual({
      title: 'Locked 4d 2h 5m',
      tooltip: 'Locked for 4 days 2 hours — no scheduled end',
      menuLine: 'Locked 4d 2h 5m — no scheduled end',
      progress: null,
      state: 'open',
      nextChangeAt: now + 30 * S,
    })
    expect(at(start + 3 * H + 12 * M, { start, scheduledEnd: null }).title).toBe('Locked 3h 12m')
    expect(at(start + 45 * M + 59 * S, { start, scheduledEnd: null }).title).toBe('Locked 45m')
  })

  it('starts at zero, also when the start lies ahead of a slow clock', () => {
    const start = END
    expect(at(start + 10 * S, { start, scheduledEnd: null })).toMatchObject({
      title: 'Locked 0m',
      tooltip: 'Locked for less than a minute — no scheduled end',
      nextChangeAt: start + M,
    })
    expect(at(start - 5 * M, { start, scheduledEnd: null })).toMatchObject({
      title: 'Locked 0m',
      nextChangeAt: start + M,
    })
  })

  it('shows a plain "Locked" with no timer when the start is unknown', () => {
    expect(at(END, { start: null, scheduledEnd: null })).toMatchObject({
      title: 'Locked',
      tooltip: 'Locked — no scheduled end',
      state: 'open',
      nextChangeAt: null,
    })
  })
})

describe('not locked', () => {
  it('shows "Not locked" and needs no timer, whatever the end', () => {
    expect(at(END - H, { active: false })).toEqual({
      title: 'Not locked',
      tooltip: 'Not locked',
      menuLine: 'Not locked',
      progress: null,
      state: 'none',
      nextChangeAt: null,
    })
  })
})

describe('time zones and DST', () => {
  it('keeps the remaining time exact across the spring change (Berlin, 29 Mar 2026)', () => {
    const now = Date.UTC(2026, 2, 28, 12, 0) // Sat 13:00 CET
    const end = Date.UTC(2026, 2, 30, 12, 0) // Mon 14:00 CEST
    expect(at(now, { scheduledEnd: end })).toMatchObject({
      title: '2d 00:00',
      tooltip: 'Ends Mon 14:00 — 2 days left',
    })
  })

  it('keeps the remaining time exact across the autumn change (Berlin, 25 Oct 2026)', () => {
    const now = Date.UTC(2026, 9, 24, 12, 0) // Sat 14:00 CEST
    const end = Date.UTC(2026, 9, 25, 13, 0) // Sun 14:00 CET: 25 real hours later
    expect(at(now, { scheduledEnd: end })).toMatchObject({
      title: '1d 01:00',
      tooltip: 'Ends Sun 14:00 — 1 day 1 hour left',
    })
  })

  it('writes the end in the given zone only', () => {
    const now = END - 3 * H
    expect(at(now, { timeZone: 'America/New_York' }).tooltip).toBe('Ends Tue 08:00 — 3 hours left')
    expect(at(now, { timeZone: 'Asia/Kolkata' }).tooltip).toBe('Ends Tue 18:30 — 3 hours left')
    expect(at(now, { timeZone: 'America/New_York' }).title).toBe(at(now).title)
  })

  it('falls back to UTC for a missing or unknown zone', () => {
    const now = END - 3 * H
    expect(at(now, { timeZone: undefined }).tooltip).toBe('Ends Tue 13:00 — 3 hours left')
    expect(at(now, { timeZone: 'Mars/Olympus' }).tooltip).toBe('Ends Tue 13:00 — 3 hours left')
  })
})

describe('locales', () => {
  const now = END - 3 * H
  it("writes the end in the locale's style", () => {
    expect(at(now, { locale: 'de-DE' }).tooltip).toBe('Ends Di., 14:00 — 3 hours left')
    expect(at(now, { locale: 'en-US' }).tooltip).toMatch(/^Ends Tue 2:00\sPM — 3 hours left$/u)
    expect(at(now, { locale: 'fr-FR' }).tooltip).toBe('Ends mar. 14:00 — 3 hours left')
  })

  it('falls back to en-GB for a missing or malformed locale', () => {
    expect(at(now, { locale: undefined }).tooltip).toBe('Ends Tue 14:00 — 3 hours left')
    expect(at(now, { locale: 'not a locale' }).tooltip).toBe('Ends Tue 14:00 — 3 hours left')
  })

  it('keeps the compact title free of locale words', () => {
    expect(at(now, { locale: 'ja-JP' }).title).toBe('3h 00m')
  })
})

describe('nextChangeAt is exactly the next change of any text', () => {
  // A small deterministic generator, so a failure reproduces.
  let seed = 12345
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const offsets = [
    ...[0, 1, 999, 1000, 1001, 59_999, 60_000, 60_001, H - 1, H, H + 1, H + 1000, D, 6 * D, 6 * D + 1].map(
      (x) => x,
    ),
    ...Array.from({ length: 150 }, () => Math.floor(random() * 8 * D)),
    ...Array.from({ length: 50 }, () => Math.floor(random() * 2 * H)),
  ]
  const variants: Partial<CountdownInput>[] = [
    { showSeconds: 'lastHour' },
    { showSeconds: 'always' },
    { showSeconds: 'never' },
    { display: 'endTime' },
  ]

  it('while counting down', () => {
    for (const variant of variants) {
      for (const offset of offsets) {
        if (offset === 0) continue
        const now = END - offset
        const c = at(now, variant)
        const next = c.nextChangeAt
        expect(next, `${offset}`).not.toBeNull()
        if (next === null) continue
        expect(next).toBeGreaterThan(now)
        expect(texts(at(next - 1, variant)), `${JSON.stringify(variant)} ${offset}`).toBe(texts(c))
        expect(texts(at(now + (next - now) / 2, variant))).toBe(texts(c))
        expect(texts(at(next, variant)), `${JSON.stringify(variant)} ${offset}`).not.toBe(texts(c))
      }
    }
  })

  it('while counting up and while overdue', () => {
    const start = END
    for (const offset of offsets) {
      const open = at(start + offset, { start, scheduledEnd: null })
      const next = open.nextChangeAt ?? Number.NaN
      expect(texts(at(next - 1, { start, scheduledEnd: null }))).toBe(texts(open))
      expect(texts(at(next, { start, scheduledEnd: null }))).not.toBe(texts(open))

      const overdue = at(END + offset)
      if (overdue.nextChangeAt === null) {
        expect(texts(at(END + offset + 365 * D))).toBe(texts(overdue))
      } else {
        expect(texts(at(overdue.nextChangeAt - 1))).toBe(texts(overdue))
        expect(texts(at(overdue.nextChangeAt))).not.toBe(texts(overdue))
      }
    }
  })
})
