/**
 * What the app's own writes changed, so that the sync does not notify the user of them a second
 * time: the window already confirmed them.
 *
 * The rule: an event is the app's own only when it is, field for field, the change one of the
 * app's writes reported (the same session; for a roll the same game, direction, seconds and
 * resulting end, and not the dom's; for an edit a manual move to the very end written, or its
 * removal; the stop or start of that very session), each write's change is matched once, and
 * forgotten after OWN_CHANGE_TTL_MS; a dom's or the website's change made meanwhile differs in
 * one of those fields, so it is still notified.
 */
import type { GamePlayResult, HistorySource, Session, UpdateSessionInput } from '../../shared/api/schemas'
import { parseOffsetMinutes, parseUtc, readWrittenDateTime } from '../../shared/api/time'
import type { SyncEvent } from '../sync/events'
import { zoneOffsetMinutes } from '../../shared/zone'

export type OwnChange =
  | { kind: 'started'; sessionId: number }
  | { kind: 'stopped'; sessionId: number }
  | {
      kind: 'rolled'
      sessionId: number
      source: HistorySource
      type: 'ADD' | 'SUB'
      seconds: number
      newEnd: number
    }
  /** `newEnds`: the instants the written end can stand for; null: the end was removed. */
  | { kind: 'endEdited'; sessionId: number; newEnds: number[] | null }

/** Long enough for the sync that follows a write, short enough that nothing stale is matched. */
export const OWN_CHANGE_TTL_MS = 5 * 60_000

/** Ends within a second are the same end: the API writes them at second precision. */
const sameEnd = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1000

export function isOwnChange(event: SyncEvent, change: OwnChange): boolean {
  if (event.sessionId !== change.sessionId) return false
  switch (change.kind) {
    case 'started':
      return event.kind === 'sessionStarted'
    case 'stopped':
      return event.kind === 'sessionStopped'
    case 'rolled': {
      if (event.kind !== 'scheduleMoved' || event.rows.length !== 1) return false
      const [row] = event.rows
      return (
        row !== undefined &&
        !row.dom &&
        row.source === change.source &&
        row.type === change.type &&
        row.seconds === change.seconds &&
        sameEnd(event.newEnd, change.newEnd)
      )
    }
    case 'endEdited': {
      if (event.kind !== 'scheduleMoved') return false
      if (change.newEnds === null) return event.rows.length === 0 && event.newEnd === null
      const [row, ...more] = event.rows
      const manual = row === undefined || (more.length === 0 && row.source === 'MANUAL' && !row.dom)
      return manual && change.newEnds.some((end) => sameEnd(event.newEnd, end))
    }
  }
}

/** The change a game played in the app made, from the service's answer. */
export function rolledChange(game: 'dice' | 'luck', result: GamePlayResult): OwnChange | null {
  const newEnd = parseUtc(result.scheduledend_utc)
  if (newEnd === null) return null
  return {
    kind: 'rolled',
    sessionId: result.session,
    source: game === 'dice' ? 'DICE' : 'LUCK',
    type: result.operation,
    seconds: Math.abs(result.seconds),
    newEnd,
  }
}

/** The offset of a time zone at an instant, in minutes; null for a zone this system does not know. */
function knownZoneOffset(instant: number, timeZone: string): number | null {
  try {
    return zoneOffsetMinutes(instant, timeZone)
  } catch {
    return null
  }
}

/**
 * The change an edit of the scheduled end made; null when the edit left the end alone. The service
 * reads the written wall clock at the account's offset, which the app does not know for certain:
 * the offsets the session was started and stopped at and this machine's zone are the candidates.
 */
export function editedEndChange(
  sessionId: number,
  patch: UpdateSessionInput,
  session: Session | null,
  timeZone: string | undefined,
): OwnChange | null {
  if (patch.scheduledend === undefined) return null
  if (patch.scheduledend === null) return { kind: 'endEdited', sessionId, newEnds: null }
  const utcReading = readWrittenDateTime(patch.scheduledend, patch.scheduledendtime, 0)
  if (utcReading === null) return null
  const offsets = new Set<number>()
  // An offset the session does not name is not read as UTC here: it would be a guess.
  const named = [session?.timezonestart, session?.timezoneend].filter((o): o is string => Boolean(o))
  for (const offset of [
    ...named.map(parseOffsetMinutes),
    timeZone === undefined ? null : knownZoneOffset(utcReading, timeZone),
  ]) {
    if (offset !== null) offsets.add(offset)
  }
  const newEnds = [...offsets].map((offset) => utcReading - offset * 60_000)
  return newEnds.length === 0 ? null : { kind: 'endEdited', sessionId, newEnds }
}

/** The app's own changes not yet seen by the sync. */
export class OwnChanges {
  private pending: { change: OwnChange; until: number }[] = []

  constructor(private readonly now: () => number) {}

  remember(change: OwnChange): void {
    this.pending.push({ change, until: this.now() + OWN_CHANGE_TTL_MS })
  }

  /** The events that are not the app's own; each remembered change is matched once. */
  others(events: readonly SyncEvent[]): SyncEvent[] {
    const now = this.now()
    this.pending = this.pending.filter((p) => p.until > now)
    return events.filter((event) => {
      const i = this.pending.findIndex((p) => isOwnChange(event, p.change))
      if (i < 0) return true
      this.pending.splice(i, 1)
      return false
    })
  }
}
