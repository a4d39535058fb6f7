/**
 * "A game can be played again": the one event the readiness watch emits. It goes the sync events'
 * way to the notifications (same rules, markers, settings). Its id is built from the data only
 * (session, game, the instant the wait ended), so one readiness is notified once, ever.
 */
import type { TimedGame } from '../../shared/games/readiness'

export interface GameReadyEvent {
  kind: 'gameReady'
  id: string
  /** When the wait ended (server clock). */
  at: number
  sessionId: number
  game: TimedGame
  readyAt: number
}

export function gameReadyEvent(sessionId: number, game: TimedGame, readyAt: number): GameReadyEvent {
  return {
    kind: 'gameReady',
    id: `gameReady:${sessionId}:${game}:${readyAt}`,
    at: readyAt,
    sessionId,
    game,
    readyAt,
  }
}
