/**
 * What readiness needs of a session's history, kept from poll to poll: the user's last play of
 * each timed game and every public LINK vote. A long session holds tens of thousands of rows;
 * reading them all on every poll would parse each one again, so only the rows newer than the
 * digest's newest are folded in.
 */
import type { HistoryItem } from '../../shared/api/schemas'
import { parseUtc } from '../../shared/api/time'
import { isOwnPlay, type TimedGame } from '../../shared/games/readiness'
import { isVote } from '../../shared/games/votes'
import { HISTORY_ROWS } from '../store/cache'

export interface HistoryDigest {
  sessionId: number
  /** The newest row folded in; null while the history is empty. */
  newestKey: string | null
  /** The rows readiness reads: the last own play of Dice and of Luck, and every public vote. */
  rows: HistoryItem[]
}

const rowKey = HISTORY_ROWS.key

function latest(rows: readonly HistoryItem[], game: TimedGame): HistoryItem | null {
  let best: HistoryItem | null = null
  let bestAt = -Infinity
  for (const row of rows) {
    const at = isOwnPlay(row, game) ? parseUtc(row.happened) : null
    if (at !== null && at > bestAt) {
      best = row
      bestAt = at
    }
  }
  return best
}

/** Folds rows newer than everything in `digest` (newest first) into it. */
export function foldNewer(digest: HistoryDigest, newestFirst: readonly HistoryItem[]): HistoryDigest {
  const first = newestFirst[0]
  if (first === undefined) return digest
  const all = [...digest.rows, ...newestFirst]
  const plays = [latest(all, 'dice'), latest(all, 'luck')].filter((r): r is HistoryItem => r !== null)
  return { sessionId: digest.sessionId, newestKey: rowKey(first), rows: [...plays, ...all.filter(isVote)] }
}

/** A digest of a session's whole history (newest first). */
export function digestHistory(sessionId: number, newestFirst: readonly HistoryItem[]): HistoryDigest {
  return foldNewer({ sessionId, newestKey: null, rows: [] }, newestFirst)
}

/**
 * The rows of `newestFirst` (the newest rows held) that `digest` has not folded in yet; null when
 * its newest row is not among them, so they do not reach back far enough (or the history was
 * rewritten) and the whole history must be read again.
 */
export function rowsNewerThan(
  digest: HistoryDigest,
  newestFirst: readonly HistoryItem[],
  whole: boolean,
): HistoryItem[] | null {
  if (digest.newestKey === null) return whole ? [...newestFirst] : null
  const at = newestFirst.findIndex((r) => rowKey(r) === digest.newestKey)
  return at < 0 ? null : newestFirst.slice(0, at)
}
