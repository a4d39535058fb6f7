/** A session as the API writes it. */
import { formatOffset } from '../../../src/shared/api/time'
import { gamesChangesOf, historiesOf } from '../db'
import { formatSessionTime, utc } from '../format'
import { gamesJson } from '../games-config'
import type { FakeApiState, SessionRow } from '../types'

export function sessionJson(state: FakeApiState, s: SessionRow): Record<string, unknown> {
  const endOffset = s.tzEnd ?? s.tzStart
  return {
    id: s.id,
    start: formatSessionTime(s.start, s.tzStart),
    end: s.end === null ? null : formatSessionTime(s.end, endOffset),
    scheduledend: s.scheduledEnd === null ? null : utc(s.scheduledEnd),
    active: s.active ? 1 : 0,
    lockedby: s.lockedby,
    notes: s.notes,
    public: s.public,
    timezonestart: formatOffset(s.tzStart),
    timezoneend: s.end === null ? null : formatOffset(endOffset),
    inserted: utc(s.inserted),
    has_history: historiesOf(state, s.id).length > 0 ? 1 : 0,
    has_games_changes: gamesChangesOf(state, s.id).length > 0 ? 1 : 0,
    // `games` is included only for active sessions.
    ...(s.active ? { games: gamesJson(s.games) } : {}),
    ...s.raw,
  }
}
