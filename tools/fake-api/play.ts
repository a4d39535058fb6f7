/** Playing a game: how a roll, a luck draw or a link vote moves a session's scheduled end. */
import { addHistory } from './db'
import { ApiError, conflict } from './errors'
import { UNIT_SECONDS, utc } from './format'
import type { Rng } from './prng'
import type { FakeApiState, Flag, GameKey, HistorySource, SessionRow } from './types'

export type Operation = 'ADD' | 'SUB'
export type LinkVote = 'add' | 'sub' | 'rand'

export interface PlayRequest {
  session: SessionRow
  game: GameKey
  dom: Flag
  /** LINK only. */
  type?: LinkVote | undefined
  /** The owner voted on his own public link: add, at the maximum multiplier, as a PENALTY. */
  penalty?: boolean
  /** Control endpoint overrides, to script exact amounts in tests. */
  forceSeconds?: number | undefined
  forceOperation?: Operation | undefined
}

export interface PlayResult {
  session: number
  dom: Flag
  operation: Operation
  seconds: number
  scheduledend_utc: string
  multiplier: number | null
}

const SOURCE: Record<GameKey, HistorySource> = { dice: 'DICE', link: 'LINK', luck: 'LUCK' }

function pickMultiplier(rng: Rng, min: number, max: number, forceMax: boolean): number {
  if (forceMax || min === max) return max
  return Math.round(rng.float(min, max) * 100) / 100
}

/** The base amount in seconds and the operation, before the multiplier. */
function draw(session: SessionRow, req: PlayRequest, rng: Rng): { operation: Operation; base: number } {
  const { dice, link, luck } = session.games
  if (req.game === 'dice' && dice) {
    let pips = 0
    for (let i = 0; i < dice.dices; i++) pips += rng.int(1, 6)
    return { operation: 'ADD', base: pips * UNIT_SECONDS[dice.addunit] }
  }
  if (req.game === 'luck' && luck) {
    const add = rng.chance(0.5)
    return add
      ? { operation: 'ADD', base: luck.addint * UNIT_SECONDS[luck.addunit] }
      : { operation: 'SUB', base: luck.subint * UNIT_SECONDS[luck.subunit] }
  }
  if (req.game === 'link' && link) {
    const vote = req.penalty ? 'add' : (req.type ?? 'rand')
    const add = vote === 'add' || (vote === 'rand' && rng.chance(0.5))
    return add
      ? { operation: 'ADD', base: link.addint * UNIT_SECONDS[link.addunit] }
      : { operation: 'SUB', base: link.subint * UNIT_SECONDS[link.subunit] }
  }
  throw new ApiError(400, 'game_not_enabled', `The ${req.game} game is not enabled on session ${session.id}`)
}

/**
 * Applies one play: moves `scheduledend` and writes the histories row. A subtraction never pulls the
 * end before now; the reported seconds are what actually moved.
 */
export function playGame(state: FakeApiState, now: number, rng: Rng, req: PlayRequest): PlayResult {
  const { session } = req
  if (!session.active) throw conflict('session_not_active', `Session ${session.id} is not active`)
  const config = session.games[req.game]
  if (!config)
    throw new ApiError(
      400,
      'game_not_enabled',
      `The ${req.game} game is not enabled on session ${session.id}`,
    )
  const old = session.scheduledEnd
  if (old === null) throw new ApiError(400, 'no_scheduled_end', `Session ${session.id} has no scheduled end`)

  const drawn = draw(session, req, rng)
  const multiplier = pickMultiplier(rng, config.minmultiplier, config.maxmultiplier, req.penalty === true)
  const operation = req.forceOperation ?? drawn.operation
  const wanted = req.forceSeconds ?? Math.round(drawn.base * multiplier)
  const next = operation === 'ADD' ? old + wanted * 1000 : Math.max(Math.min(old, now), old - wanted * 1000)
  const seconds = Math.round(Math.abs(next - old) / 1000)

  session.scheduledEnd = next
  addHistory(state, {
    session: session.id,
    type: operation,
    unit: seconds,
    source: req.penalty ? 'PENALTY' : SOURCE[req.game],
    dom: req.dom,
    schedule: next,
    happened: now,
  })
  return {
    session: session.id,
    dom: req.dom,
    operation,
    seconds,
    scheduledend_utc: utc(next),
    multiplier: req.forceSeconds === undefined ? multiplier : null,
  }
}
