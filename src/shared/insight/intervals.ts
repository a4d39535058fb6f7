/**
 * The time the user was locked, as intervals of instants, from the sessions as the API gives them.
 *
 * How odd sessions are read (never a crash, never a second counted twice):
 * - a start that cannot be read, or one after `now`, leaves the session out;
 * - an end that is given wins over the `active` flag; an active session without one counts up to
 *   `now` (a parameter: nothing here reads the clock);
 * - a finished session without a readable end is left out: how long it lasted is not known;
 * - an end after `now` is clamped to `now`; an end at or before the start leaves the session out;
 * - a session id seen twice counts once (the first one);
 * - sessions that overlap are merged for every total (`merged`), so overlapping time counts once;
 *   each session's own length (`sessions`) is kept for the longest-session record.
 */
import { sessionEnd, sessionStart, type Instant } from '../api/time'

/** What the insight reads of a session. */
export interface SessionTimes {
  id: number
  start: string
  end: string | null
  active: boolean
  timezonestart?: string | null | undefined
  timezoneend?: string | null | undefined
  scheduledend: string | null
}

export interface SessionSpan {
  sessionId: number
  start: Instant
  end: Instant
  /** Counted up to `now`. */
  active: boolean
}

export interface Span {
  start: Instant
  end: Instant
}

export interface LockedTime {
  /** Each session counted, oldest start first. */
  sessions: SessionSpan[]
  /** The union of the sessions' spans, oldest first, none overlapping or touching. */
  merged: Span[]
  /** Sessions left out (see the rules above). */
  leftOut: number
}

function spanOf(s: SessionTimes, now: Instant): SessionSpan | null {
  const start = sessionStart(s)
  if (start === null || start > now) return null
  const end = s.end === null ? null : sessionEnd(s)
  if (end === null && (s.end !== null || !s.active)) return null
  const clamped = Math.min(end ?? now, now)
  if (clamped <= start) return null
  return { sessionId: s.id, start, end: clamped, active: end === null }
}

export function lockedTime(sessions: readonly SessionTimes[], now: Instant): LockedTime {
  const seen = new Set<number>()
  const spans: SessionSpan[] = []
  let leftOut = 0
  for (const s of sessions) {
    if (seen.has(s.id)) {
      leftOut++
      continue
    }
    seen.add(s.id)
    const span = spanOf(s, now)
    if (span === null) leftOut++
    else spans.push(span)
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Span[] = []
  for (const { start, end } of spans) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end)
    else merged.push({ start, end })
  }
  return { sessions: spans, merged, leftOut }
}

/** Seconds of the spans inside [from, to). */
export function secondsWithin(spans: readonly Span[], from: Instant, to: Instant): number {
  let ms = 0
  for (const s of spans) {
    const start = Math.max(s.start, from)
    const end = Math.min(s.end, to)
    if (end > start) ms += end - start
  }
  return Math.floor(ms / 1000)
}
