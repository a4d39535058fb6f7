/** Building blocks the seeds share: sessions, history trails and rule-change chains. */
import { addGamesChange, addHistory, insertSession } from './db'
import { GAME_KEY, diffConfigs, noGames } from './games-config'
import { MINUTE_MS } from './format'
import type { Rng } from './prng'
import type {
  AnyGameConfig,
  FakeApiState,
  Flag,
  GameConfigs,
  GameName,
  HistorySource,
  HistoryType,
  SessionRow,
} from './types'

export interface SeedContext {
  state: FakeApiState
  rng: Rng
  now: number
  offsetMinutes: number
}

export const floorMinute = (t: number) => Math.floor(t / MINUTE_MS) * MINUTE_MS

export function seedSession(
  ctx: SeedContext,
  userId: number,
  start: number,
  end: number | null,
  extra: Partial<Omit<SessionRow, 'id' | 'userId' | 'start' | 'end'>> = {},
): SessionRow {
  const { rng, offsetMinutes } = ctx
  return insertSession(ctx.state, {
    userId,
    start,
    end,
    tzStart: offsetMinutes,
    tzEnd: end === null ? null : offsetMinutes,
    scheduledEnd: null,
    active: end === null,
    lockedby: null,
    notes: null,
    public: rng.chance(0.4) ? 1 : 0,
    inserted: (end ?? start) + rng.int(0, 30 * 60_000),
    games: noGames(),
    linkToken: null,
    ...extra,
  })
}

export interface Step {
  type: Exclude<HistoryType, 'START'>
  seconds: number
  source: HistorySource
  dom: Flag
  /** Written with the very same `happened` as the step before (a penalty applied with a play). */
  sameTime: boolean
}

const SOURCES: HistorySource[] = [
  'DICE',
  'DICE',
  'DICE',
  'LINK',
  'LINK',
  'LUCK',
  'LUCK',
  'MANUAL',
  'PENALTY',
  'DOM',
]

export function randomSteps(rng: Rng, count: number): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < count; i++) {
    const previous = steps[i - 1]
    const penaltyAfterPlay = previous !== undefined && previous.source === 'DICE' && rng.chance(0.08)
    const source = penaltyAfterPlay ? 'PENALTY' : rng.pick(SOURCES)
    const sub =
      (source === 'LUCK' && rng.chance(0.5)) ||
      (source === 'LINK' && rng.chance(0.3)) ||
      (source === 'MANUAL' && rng.chance(0.4)) ||
      (source === 'DOM' && rng.chance(0.3))
    const hours: Record<HistorySource, () => number> = {
      DICE: () => rng.int(2, 12) * rng.float(1, 2),
      LINK: () => (sub ? 0.5 : 1),
      LUCK: () => (sub ? 1 : 2) * rng.float(1, 2),
      MANUAL: () => rng.int(1, 12),
      PENALTY: () => 24,
      DOM: () => rng.int(1, 24),
    }
    steps.push({
      type: sub ? 'SUB' : 'ADD',
      seconds: Math.round(hours[source]() * 3600),
      source,
      dom: source === 'DOM' || ((source === 'DICE' || source === 'LUCK') && rng.chance(0.15)) ? 1 : 0,
      sameTime: penaltyAfterPlay,
    })
  }
  return steps
}

export const netSeconds = (steps: Step[]) =>
  steps.reduce((n, s) => n + (s.type === 'ADD' ? s.seconds : -s.seconds), 0)

/**
 * Writes START (at `from`, schedule `startSchedule`) and then the steps at random times in (from, to).
 * Returns the final schedule.
 */
export function writeTrail(
  ctx: SeedContext,
  session: number,
  steps: Step[],
  startSchedule: number,
  from: number,
  to: number,
): number {
  const { state, rng } = ctx
  addHistory(state, {
    session,
    type: 'START',
    unit: null,
    source: null,
    dom: 0,
    schedule: startSchedule,
    happened: from + rng.int(0, 5000),
  })
  const span = to - from - 2 * MINUTE_MS
  const times = steps.map(() => from + MINUTE_MS + Math.floor(rng.next() * span)).sort((a, b) => a - b)
  let schedule = startSchedule
  let previousTime = from
  steps.forEach((step, i) => {
    const happened = step.sameTime ? previousTime : Math.max(times[i] ?? to, previousTime + 1)
    schedule += (step.type === 'ADD' ? 1 : -1) * step.seconds * 1000
    addHistory(state, {
      session,
      type: step.type,
      unit: step.seconds,
      source: step.source,
      dom: step.dom,
      schedule,
      happened,
    })
    previousTime = happened
  })
  return schedule
}

export interface RuleStep {
  game: GameName
  after: AnyGameConfig | null
  domNick: string | null
  happened: number
}

/** Writes a chain of rule changes (INSERT, UPDATEs, DELETE by order) and returns the final configs. */
export function writeRuleChain(ctx: SeedContext, session: number, steps: RuleStep[]): GameConfigs {
  const current = noGames()
  const read = (game: GameName): AnyGameConfig | null => current[GAME_KEY[game]]
  for (const step of steps) {
    const before = read(step.game)
    const action = before === null ? 'INSERT' : step.after === null ? 'DELETE' : 'UPDATE'
    addGamesChange(ctx.state, {
      session,
      game: step.game,
      action,
      domNick: step.domNick,
      happened: step.happened,
      before,
      after: step.after,
      changes: diffConfigs(step.game, before, step.after),
    })
    Object.assign(current, { [GAME_KEY[step.game]]: step.after })
  }
  return current
}

/** Shrinks the additions so a long trail nets `target` seconds (keeps huge seeds' dates plausible). */
export function scaleToNet(steps: Step[], target: number): void {
  const added = steps.reduce((n, s) => n + (s.type === 'ADD' ? s.seconds : 0), 0)
  const subtracted = added - netSeconds(steps)
  if (added === 0) return
  const factor = Math.max(0, (target + subtracted) / added)
  for (const s of steps) if (s.type === 'ADD') s.seconds = Math.max(60, Math.round(s.seconds * factor))
}
