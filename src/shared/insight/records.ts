/**
 * The user's records, from the sessions (see intervals.ts for how odd sessions are read):
 *
 * - the longest session: one session's own length (an active one's up to `now`);
 * - the time locked this calendar year (from 1 January 00:00 in the user's zone) and in all;
 *   overlapping sessions count once;
 * - the longest unlocked gap: the longest time between the end of one locked stretch and the start
 *   of the next (the time since the last session ended is not between sessions, so not counted);
 * - streaks of locked days. A locked day is a calendar day in the user's zone with any locked time
 *   in it, however short: a session from 23:00 to 01:00 makes two locked days. The current streak
 *   is the run of locked days that ends today, or yesterday while today has no locked time yet (the
 *   day is not over); it is 0 when yesterday and today both have none.
 */
import type { Instant } from '../api/time'
import { dateOfDay, dayAt, lockedMsByDay, startOfDay } from './days'
import { lockedTime, secondsWithin, type SessionTimes } from './intervals'

export interface Streak {
  days: number
  /** First and last day "YYYY-MM-DD". */
  from: string
  to: string
}

export interface Records {
  /** Sessions counted, and left out as unreadable. */
  sessions: number
  leftOut: number
  lockedNow: boolean
  longestSession: { sessionId: number; start: Instant; end: Instant; seconds: number; active: boolean } | null
  thisYear: { year: number; seconds: number }
  allTimeSeconds: number
  longestGap: { from: Instant; to: Instant; seconds: number } | null
  /** 0 days (and no dates) when no streak runs now. */
  currentStreak: { days: number; from: string | null; to: string | null }
  longestStreak: Streak | null
}

/** Runs of consecutive day numbers, given sorted ascending. */
function streaksOf(days: readonly number[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = []
  for (const day of days) {
    const run = runs[runs.length - 1]
    if (run !== undefined && day === run.last + 1) run.last = day
    else runs.push({ first: day, last: day })
  }
  return runs
}

const toStreak = (run: { first: number; last: number }): Streak => ({
  days: run.last - run.first + 1,
  from: dateOfDay(run.first),
  to: dateOfDay(run.last),
})

export function computeRecords(sessions: readonly SessionTimes[], now: Instant, timeZone: string): Records {
  const locked = lockedTime(sessions, now)
  const { merged } = locked

  let longestSession: Records['longestSession'] = null
  for (const s of locked.sessions) {
    const seconds = Math.floor((s.end - s.start) / 1000)
    if (longestSession === null || seconds > longestSession.seconds)
      longestSession = { sessionId: s.sessionId, start: s.start, end: s.end, seconds, active: s.active }
  }

  let longestGap: Records['longestGap'] = null
  for (let i = 1; i < merged.length; i++) {
    const from = merged[i - 1]?.end ?? 0
    const to = merged[i]?.start ?? 0
    const seconds = Math.floor((to - from) / 1000)
    if (longestGap === null || seconds > longestGap.seconds) longestGap = { from, to, seconds }
  }

  const today = dayAt(now, timeZone)
  const year = Number(dateOfDay(today).slice(0, 4))
  const yearStart = startOfDay(Math.round(Date.UTC(year, 0, 1) / 86_400_000), timeZone)

  const lockedDays = [...lockedMsByDay(merged, timeZone).keys()].sort((a, b) => a - b)
  const runs = streaksOf(lockedDays)
  let longest: { first: number; last: number } | null = null
  for (const run of runs)
    if (longest === null || run.last - run.first > longest.last - longest.first) longest = run
  const last = runs[runs.length - 1]
  const current = last !== undefined && last.last >= today - 1 ? toStreak(last) : null

  return {
    sessions: locked.sessions.length,
    leftOut: locked.leftOut,
    lockedNow: locked.sessions.some((s) => s.active),
    longestSession,
    thisYear: { year, seconds: secondsWithin(merged, yearStart, now) },
    allTimeSeconds: secondsWithin(merged, -Infinity, Infinity),
    longestGap,
    currentStreak: current ?? { days: 0, from: null, to: null },
    longestStreak: longest === null ? null : toStreak(longest),
  }
}
