/** Changing a session's game rules (as the website or a dom does) and logging it to games_changes. */
import { addGamesChange } from './db'
import { ApiError, conflict } from './errors'
import { GAME_KEY, diffConfigs, patchConfig } from './games-config'
import type { Rng } from './prng'
import type {
  DiceConfig,
  FakeApiState,
  LuckConfig,
  GameAction,
  GameName,
  GamesChangeRow,
  LinkConfig,
  SessionRow,
} from './types'

export interface RulesChange {
  session: SessionRow
  game: GameName
  action: GameAction
  config?: unknown
  domNick?: string | null | undefined
}

export function changeRules(
  state: FakeApiState,
  now: number,
  tokenRng: Rng,
  change: RulesChange,
): GamesChangeRow {
  const { session, game, action } = change
  if (!session.active) throw conflict('session_not_active', `Session ${session.id} is not active`)
  const key = GAME_KEY[game]
  const before = session.games[key]
  if (action === 'INSERT' && before) throw conflict('game_exists', `The ${game} game already exists`)
  if (action !== 'INSERT' && !before)
    throw new ApiError(400, 'game_not_enabled', `The ${game} game is not enabled`)

  const after = action === 'DELETE' ? null : patchConfig(game, before, change.config)
  if (key === 'dice') session.games.dice = after as DiceConfig | null
  if (key === 'luck') session.games.luck = after as LuckConfig | null
  if (key === 'link') {
    session.games.link = after as LinkConfig | null
    if (action === 'INSERT') session.linkToken = tokenRng.hex(32)
    if (action === 'DELETE') session.linkToken = null
  }
  return addGamesChange(state, {
    session: session.id,
    game,
    action,
    domNick: change.domNick ?? null,
    happened: now,
    before,
    after,
    changes: diffConfigs(game, before, after),
  })
}
