/**
 * The words of a game's result when it was played from the tray: "Dice: +1 day (x2)", and when it
 * failed, the reason. Discreet mode names neither the game nor the time.
 */
import type { GamePlayResult } from '../../shared/api/schemas'
import { parseUtc } from '../../shared/api/time'
import { formatNear, formatSignedDuration, type FormatOptions } from '../../shared/format'
import { GAME_NAMES, type TimedGame } from '../../shared/games/readiness'
import { DISCREET_TITLE, formatMultiplier } from '../notify/rules'

export interface PlayText {
  title: string
  body: string
}

export function describePlayResult(
  game: TimedGame,
  result: GamePlayResult,
  options: FormatOptions & { now: number; discreet: boolean },
): PlayText {
  if (options.discreet) return { title: DISCREET_TITLE, body: 'Game played' }
  const delta = (result.operation === 'ADD' ? 1 : -1) * result.seconds * 1000
  const end = parseUtc(result.scheduledend_utc)
  const ends = end === null ? '' : `. Ends ${formatNear(end, options.now, options)}`
  return {
    title: `${GAME_NAMES[game]} played`,
    body: `${GAME_NAMES[game]}: ${formatSignedDuration(delta)}${formatMultiplier(result.multiplier)}${ends}`,
  }
}

export function describePlayFailure(game: TimedGame, reason: string, discreet: boolean): PlayText {
  if (discreet) return { title: DISCREET_TITLE, body: 'The game was not played. Open the app for details.' }
  return { title: `${GAME_NAMES[game]} was not played`, body: reason }
}
