/**
 * The tray menu's game lines, as a pure function of the games' view, what is playing and the
 * clock: "Play Dice now", "Play Dice - in 2 hours 10 minutes" (counting down by the minute, the
 * time left rounded up so it never reads zero before the wait ends), "Playing Dice…", and for
 * LINK "Copy vote link" and the votes so far. `nextChangeAt` is the next instant a label changes.
 */
import { GAME_NAMES, type TimedGame } from '../../shared/games/readiness'
import { minutesLeftChangeAt, waitWords } from '../../shared/games/readiness-text'
import { linkVotesText } from '../../shared/games/votes'
import type { GamesView } from '../games/readiness-watch'
import type { TrayMenuItem } from '../platform/types'

export const PLAY_COMMANDS = { dice: 'play-dice', luck: 'play-luck' } as const
export const COPY_VOTE_LINK = 'copy-vote-link'

export interface GameItems {
  items: TrayMenuItem[]
  nextChangeAt: number | null
}

export function gameMenuItems(view: GamesView, playing: TimedGame | null, now: number): GameItems {
  const items: TrayMenuItem[] = []
  let nextChangeAt: number | null = null
  for (const { game, readiness } of view.games) {
    const id = PLAY_COMMANDS[game]
    const name = GAME_NAMES[game]
    if (playing === game) {
      items.push({ kind: 'item', id, label: `Playing ${name}…`, enabled: false })
      continue
    }
    if (readiness.state === 'unknown') {
      // The wait cannot be read: the service decides, and says why when it refuses.
      items.push({ kind: 'item', id, label: `Play ${name} - ready time unknown`, enabled: playing === null })
      continue
    }
    if (readiness.state === 'waiting' && readiness.readyAt > now) {
      const left = waitWords(readiness.readyAt, now)
      items.push({ kind: 'item', id, label: `Play ${name} - in ${left}`, enabled: false })
      const change = minutesLeftChangeAt(readiness.readyAt, now)
      if (nextChangeAt === null || change < nextChangeAt) nextChangeAt = change
      continue
    }
    items.push({ kind: 'item', id, label: `Play ${name} now`, enabled: playing === null })
  }
  if (view.link) {
    if (view.link.url !== null)
      items.push({ kind: 'item', id: COPY_VOTE_LINK, label: 'Copy vote link', enabled: true })
    items.push({ kind: 'item', id: 'link-votes', label: linkVotesText(view.link.votes), enabled: false })
  }
  return { items, nextChangeAt }
}
