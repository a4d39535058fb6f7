/**
 * A timed game's readiness in the words of the dashboard and the tray: "Dice: ready now", "Dice:
 * next roll in 2 hours 10 minutes (at Mon 14:30)", "Luck: ready time unknown".
 */
import { formatDuration, formatNear, type FormatOptions } from '../format'
import { GAME_NAMES, type Readiness, type TimedGame } from './readiness'

const MINUTE = 60_000

/**
 * The minutes a wait has left, to the nearest minute and never under one (until it ends). The
 * service's clock is known to about a second, so a one-minute wait just begun reads "1 minute".
 */
export function minutesLeft(readyAt: number, now: number): number {
  return Math.max(1, Math.ceil((readyAt - now) / MINUTE - 0.5))
}

/** When `minutesLeft` next changes: half a minute before each whole minute, and the wait's end. */
export function minutesLeftChangeAt(readyAt: number, now: number): number {
  const minutes = minutesLeft(readyAt, now)
  return minutes === 1 ? readyAt : readyAt - (minutes - 0.5) * MINUTE
}

/** The time a wait has left in words: "2 hours 9 minutes". */
export function waitWords(readyAt: number, now: number): string {
  return formatDuration(minutesLeft(readyAt, now) * MINUTE, { maxUnits: 2, smallest: 'minute' })
}

/** Whether the game can be played at `now` (unknown: the service decides, so it may be tried). */
export function canPlay(readiness: Readiness, now: number): boolean {
  if (readiness.state === 'off') return false
  return readiness.state !== 'waiting' || readiness.readyAt <= now
}

export function readinessText(
  game: TimedGame,
  readiness: Readiness,
  now: number,
  options: FormatOptions = {},
): string {
  const name = GAME_NAMES[game]
  switch (readiness.state) {
    case 'off':
      return `${name}: not part of this session`
    case 'unknown':
      return `${name}: ready time unknown`
    case 'ready':
      return `${name}: ready now`
    case 'waiting': {
      if (readiness.readyAt <= now) return `${name}: ready now`
      const words = waitWords(readiness.readyAt, now)
      const next = game === 'dice' ? 'next roll' : 'next play'
      return `${name}: ${next} in ${words} (at ${formatNear(readiness.readyAt, now, options)})`
    }
  }
}
