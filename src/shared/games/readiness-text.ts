/**
 * A timed game's readiness in the dashboard's words: "Dice: ready now", "Dice: next roll in
 * 2 hours 10 minutes (at Mon 14:30)", "Luck: ready time unknown". The time left is rounded up to
 * the minute, so it never reads "less than a minute" while a wait still runs whole minutes.
 */
import { formatDuration, formatNear, type FormatOptions } from '../format'
import { GAME_NAMES, type Readiness, type TimedGame } from './readiness'

const MINUTE = 60_000

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
      const left = Math.ceil((readiness.readyAt - now) / MINUTE) * MINUTE
      const words = formatDuration(left, { maxUnits: 2, smallest: 'minute' })
      const next = game === 'dice' ? 'next roll' : 'next play'
      return `${name}: ${next} in ${words} (at ${formatNear(readiness.readyAt, now, options)})`
    }
  }
}
