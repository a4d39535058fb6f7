/**
 * When each timed game of the active session can next be played.
 *
 * The reading of the API's documentation this rests on (docs/ARCHITECTURE.md, "Game readiness"):
 * - The wait between plays is the game's configuration on the active session: Dice's `waitint` /
 *   `waitunit` (written as `dicetimewait` / `dicetimeunitwait`), Luck's `waitint` / `waitunit`
 *   (written as `randtimewait` / `randtimeunitwait`); the unit is MINUTE, HOUR or DAY. LINK's
 *   `waitint` counts votes, not time: it has no readiness.
 * - A play is the histories row it adds: `source` DICE or LUCK, `type` ADD or SUB. A row with
 *   `dom` 1 was played by the user's dom, not by the user: it does not start the user's wait.
 *   PENALTY rows are the service's, not plays.
 * - `happened` is UTC on the service's clock, so `now` must be the service's time too.
 *
 * Where the data do not allow an answer, the answer says so: no play yet is "ready" (nothing to
 * wait for), a wait of 0 is "ready", a wait that cannot be read is "unknown".
 */
import type { HistoryItem, Session } from '../api/schemas'
import { parseUtc, type Instant } from '../api/time'

export type TimedGame = 'dice' | 'luck'

export const TIMED_GAMES: readonly TimedGame[] = ['dice', 'luck']

/** How the app names each game to the user. */
export const GAME_NAMES: Record<TimedGame, string> = { dice: 'Dice', luck: 'Luck' }

const SOURCE: Record<TimedGame, HistoryItem['source']> = { dice: 'DICE', luck: 'LUCK' }

const WAIT_UNIT_MS: Record<string, number> = {
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
}

export type Readiness =
  /** The game is not part of the session. */
  | { state: 'off' }
  /** It can be played now; `since` is when the wait ended (null: no play yet, or no wait). */
  | { state: 'ready'; since: Instant | null }
  | { state: 'waiting'; readyAt: Instant; lastPlay: Instant }
  /** The configured wait cannot be read. */
  | { state: 'unknown' }

/** The session's wait between plays of `game`, in ms; null when it cannot be read. */
export function gameWaitMs(session: Pick<Session, 'games'>, game: TimedGame): number | null | 'off' {
  const config = session.games?.[game]
  if (!config) return 'off'
  const { waitint, waitunit } = config
  if (waitint === 0) return 0
  if (waitint === undefined || waitint < 0 || waitunit === undefined) return null
  const unitMs = WAIT_UNIT_MS[waitunit.toUpperCase()]
  return unitMs === undefined ? null : waitint * unitMs
}

/** Whether a history row is the user's own play of `game` (not the dom's, not a penalty). */
export function isOwnPlay(row: HistoryItem, game: TimedGame): boolean {
  return row.source === SOURCE[game] && !row.dom && (row.type === 'ADD' || row.type === 'SUB')
}

/** The user's own last play of `game` in `history` (any order), or null. */
export function lastPlay(history: readonly HistoryItem[], game: TimedGame): Instant | null {
  let last: Instant | null = null
  for (const row of history) {
    if (!isOwnPlay(row, game)) continue
    const at = parseUtc(row.happened)
    if (at !== null && (last === null || at > last)) last = at
  }
  return last
}

/** When `game` can next be played, at `now` on the service's clock. */
export function gameReadiness(
  session: Pick<Session, 'games'>,
  history: readonly HistoryItem[],
  game: TimedGame,
  now: Instant,
): Readiness {
  const wait = gameWaitMs(session, game)
  if (wait === 'off') return { state: 'off' }
  if (wait === null) return { state: 'unknown' }
  const played = lastPlay(history, game)
  if (played === null || wait === 0) return { state: 'ready', since: null }
  const readyAt = played + wait
  return readyAt <= now ? { state: 'ready', since: readyAt } : { state: 'waiting', readyAt, lastPlay: played }
}
