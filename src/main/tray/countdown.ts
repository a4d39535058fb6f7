/**
 * The tray's countdown text and its cadence, as a pure function of the clock and the session.
 *
 * Remaining time is always `scheduledEnd - now`, never counted by ticks, so a sleep, a clock jump
 * or a moved end is right on the next call. `nextChangeAt` is the first instant at which any of
 * the returned strings changes, so a controller needs exactly one timer, and none when nothing
 * changes.
 *
 * Remaining time is shown rounded up (to the second when seconds are shown, else to the minute):
 * the display never reads zero before the end and turns to "Time is up" exactly at it. Time locked
 * so far (no scheduled end) is rounded down, like any elapsed time.
 *
 * Wording is English; the locale and time zone shape only how instants are written ("Mon 14:00",
 * "Mo., 14:00"). Both default to fixed values (en-GB, UTC) so the output never depends on the host:
 * the caller passes the user's.
 */

import { formatDuration, formatNear, WEEKDAY_WINDOW, type FormatOptions } from '../../shared/format'

type ShowSeconds = 'lastHour' | 'always' | 'never'
type CountdownDisplay = 'remaining' | 'endTime'
export type CountdownState = 'none' | 'counting' | 'overdue' | 'open'

export interface CountdownInput {
  now: number
  scheduledEnd: number | null
  start: number | null
  active: boolean
  showSeconds: ShowSeconds
  display: CountdownDisplay
  locale?: string | undefined
  timeZone?: string | undefined
}

export interface Countdown {
  /** Short, for the macOS menu bar: "2d 03:14", "3h 12m", "12:05", "Time is up", "Locked 4d 2h 5m". */
  title: string
  /** Longer, for hovering: "Ends Mon 14:00 — 2 days 3 hours left". */
  tooltip: string
  /** The first line of the tray menu (also the only text where a tray has no title). */
  menuLine: string
  /** Elapsed / scheduled, 0..1; null when unknown (no start, no end, not locked). */
  progress: number | null
  state: CountdownState
  /** The next instant at which any string above changes; null when none will. */
  nextChangeAt: number | null
}

const SECOND = 1000
const MINUTE = 60 * SECOND

const NOT_LOCKED = 'Not locked'
const TIME_IS_UP = 'Time is up'

// ---------------------------------------------------------------------------------------------
// Compact forms for the menu bar

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Whole seconds as "2d 03:14:05", "3:12:05" or "12:05". */
function compactWithSeconds(totalSeconds: number): string {
  const d = Math.floor(totalSeconds / 86_400)
  const h = Math.floor((totalSeconds % 86_400) / 3_600)
  const m = Math.floor((totalSeconds % 3_600) / 60)
  const s = totalSeconds % 60
  if (d > 0) return `${d}d ${pad2(h)}:${pad2(m)}:${pad2(s)}`
  if (h > 0) return `${h}:${pad2(m)}:${pad2(s)}`
  return `${m}:${pad2(s)}`
}

/** Whole minutes as "2d 03:14", "3h 05m" or "45m". */
function compactMinutes(totalMinutes: number): string {
  const d = Math.floor(totalMinutes / 1_440)
  const h = Math.floor((totalMinutes % 1_440) / 60)
  const m = totalMinutes % 60
  if (d > 0) return `${d}d ${pad2(h)}:${pad2(m)}`
  if (h > 0) return `${h}h ${pad2(m)}m`
  return `${m}m`
}

/** Elapsed whole minutes as "4d 2h 5m", "3h 12m" or "45m": unambiguous next to a clock. */
function compactElapsed(totalMinutes: number): string {
  const d = Math.floor(totalMinutes / 1_440)
  const h = Math.floor((totalMinutes % 1_440) / 60)
  const m = totalMinutes % 60
  if (d > 0) return `${d}d ${h}h ${m}m`
  if (h > 0) return `${h}h ${m}m`
  return `${m}m`
}

// ---------------------------------------------------------------------------------------------
// The countdown

export function computeCountdown(input: CountdownInput): Countdown {
  const { now, scheduledEnd: end, start, active } = input
  const fmt: FormatOptions = { locale: input.locale, timeZone: input.timeZone }

  if (!active) {
    return {
      title: NOT_LOCKED,
      tooltip: NOT_LOCKED,
      menuLine: NOT_LOCKED,
      progress: null,
      state: 'none',
      nextChangeAt: null,
    }
  }

  if (end === null) return openCountdown(now, start)

  if (now >= end) {
    const ended = `${TIME_IS_UP} — ended ${formatNear(end, now, fmt)}`
    // The only later change: the end stops being named by its weekday.
    const styleChange = end + WEEKDAY_WINDOW
    return {
      title: TIME_IS_UP,
      tooltip: ended,
      menuLine: ended,
      progress: 1,
      state: 'overdue',
      nextChangeAt: now < styleChange ? styleChange : null,
    }
  }

  const remaining = end - now
  const seconds = Math.ceil(remaining / SECOND)
  const minutes = Math.ceil(remaining / MINUTE)
  const lastHourSwitch = input.display === 'remaining' && input.showSeconds === 'lastHour'
  const secondsShown =
    input.display === 'remaining' &&
    (input.showSeconds === 'always' || (input.showSeconds === 'lastHour' && seconds < 3_600))

  const endText = formatNear(end, now, fmt)
  const words = formatDuration(minutes * MINUTE, { maxUnits: 2 })
  const title =
    input.display === 'endTime'
      ? `Ends ${endText}`
      : secondsShown
        ? compactWithSeconds(seconds)
        : compactMinutes(minutes)

  // Every string is a function of the rounded-up seconds or minutes left (the weekday/date choice
  // switches on a whole minute too), so the next change is the next such step, or the switch to
  // seconds at 59:59 in 'lastHour' mode.
  let nextRemaining: number
  if (secondsShown) {
    nextRemaining = (seconds - 1) * SECOND
  } else {
    nextRemaining = (minutes - 1) * MINUTE
    if (lastHourSwitch) nextRemaining = Math.max(nextRemaining, 3_599 * SECOND)
  }

  return {
    title,
    tooltip: `Ends ${endText} — ${words} left`,
    menuLine: `${compactMinutes(minutes)} left — ends ${endText}`,
    progress: progressOf(now, start, end),
    state: 'counting',
    nextChangeAt: end - nextRemaining,
  }
}

function openCountdown(now: number, start: number | null): Countdown {
  if (start === null) {
    return {
      title: 'Locked',
      tooltip: 'Locked — no scheduled end',
      menuLine: 'Locked — no scheduled end',
      progress: null,
      state: 'open',
      nextChangeAt: null,
    }
  }
  const elapsedMinutes = Math.floor(Math.max(0, now - start) / MINUTE)
  const compact = compactElapsed(elapsedMinutes)
  const words =
    elapsedMinutes === 0
      ? 'less than a minute'
      : formatDuration(elapsedMinutes * MINUTE, { maxUnits: 2, smallest: 'minute' })
  return {
    title: `Locked ${compact}`,
    tooltip: `Locked for ${words} — no scheduled end`,
    menuLine: `Locked ${compact} — no scheduled end`,
    progress: null,
    state: 'open',
    nextChangeAt: start + (elapsedMinutes + 1) * MINUTE,
  }
}

function progressOf(now: number, start: number | null, end: number): number | null {
  if (start === null || end <= start) return null
  return Math.min(1, Math.max(0, (now - start) / (end - start)))
}
