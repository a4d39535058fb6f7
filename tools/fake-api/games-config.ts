/**
 * Game rule configurations: built from the session POST fields, patched by the control endpoint,
 * written out as an active session's `games`, and diffed into the games_changes `changes` labels.
 */
import { validation } from './errors'
import { amount } from './format'
import type {
  AnyGameConfig,
  ChangeDiff,
  ChangeValue,
  DiceConfig,
  GameConfigs,
  GameKey,
  GameName,
  LinkConfig,
  LuckConfig,
  PenaltyConfig,
  TimeUnit,
  WaitUnit,
} from './types'
import {
  type Body,
  asBody,
  enumField,
  flagField,
  intField,
  numberField,
  rejectUnknownFields,
  unitField,
} from './validation'

export const TIME_UNITS: readonly TimeUnit[] = ['MINUTE', 'HOUR', 'DAY', 'MONTH']
export const WAIT_UNITS: readonly WaitUnit[] = ['MINUTE', 'HOUR', 'DAY']

export const GAME_KEY: Record<GameName, GameKey> = { DICE: 'dice', LINK: 'link', LUCK: 'luck' }

export const noGames = (): GameConfigs => ({ dice: null, link: null, luck: null })

export const hasAnyGame = (g: GameConfigs) => g.dice !== null || g.link !== null || g.luck !== null

function checkMultipliers(field: string, min: number, max: number): void {
  if (min > max) throw validation(`Field '${field}' (min multiplier) must not exceed the max multiplier`)
}

function multipliers(
  body: Body,
  minName: string,
  maxName: string,
): { minmultiplier: number; maxmultiplier: number } {
  const min = numberField(body, minName) ?? 1
  const max = numberField(body, maxName) ?? Math.max(min, 1)
  checkMultipliers(minName, min, max)
  return { minmultiplier: min, maxmultiplier: max }
}

/** "if omitted/empty => always=1; if set => always=0": PHP's empty() also treats 0 as empty. */
function penaltyFromBody(body: Body, names: [string, string, string, string, string]): PenaltyConfig | null {
  const [flag, minPlays, time, unit, playLimit] = names
  if (flagField(body, flag) !== 1) return null
  return {
    min: intField(body, minPlays) ?? 1,
    addint: intField(body, time) ?? 1,
    addunit: unitField(body, unit, TIME_UNITS, 'DAY'),
    always: flagField(body, playLimit) === 1 ? 0 : 1,
  }
}

/** The game configurations of a session POST (live only); null entries for disabled games. */
export function gamesFromSessionBody(body: Body): GameConfigs {
  const games = noGames()
  if (flagField(body, 'dices') === 1) {
    games.dice = {
      dices: intField(body, 'dicenumber', 1, 100) ?? 1,
      addunit: unitField(body, 'diceunit', TIME_UNITS, 'DAY'),
      waitint: intField(body, 'dicetimewait') ?? 1,
      waitunit: unitField(body, 'dicetimeunitwait', WAIT_UNITS, 'HOUR'),
      ...multipliers(body, 'diceminmulti', 'dicemaxmulti'),
      penalties: penaltyFromBody(body, [
        'dicespen',
        'mindiceplay',
        'pendicetime',
        'pendiceunit',
        'diceplaylimit',
      ]),
    }
  }
  if (flagField(body, 'links') === 1) {
    games.link = {
      addint: intField(body, 'linkadd') ?? 1,
      addunit: unitField(body, 'linkaddunit', TIME_UNITS, 'DAY'),
      subint: intField(body, 'linksub') ?? 1,
      subunit: unitField(body, 'linksubunit', TIME_UNITS, 'DAY'),
      // `resetvotes` is "stored in the DB field used for LINK": the votes-required field, waitint.
      waitint: flagField(body, 'resetvotes') ?? 0,
      ...multipliers(body, 'linkminmulti', 'linkmaxmulti'),
    }
  }
  if (flagField(body, 'luck') === 1) {
    games.luck = {
      addint: intField(body, 'randadd') ?? 1,
      addunit: unitField(body, 'randaddunit', TIME_UNITS, 'DAY'),
      subint: intField(body, 'randsub') ?? 1,
      subunit: unitField(body, 'randsubunit', TIME_UNITS, 'DAY'),
      waitint: intField(body, 'randtimewait') ?? 1,
      waitunit: unitField(body, 'randtimeunitwait', WAIT_UNITS, 'HOUR'),
      ...multipliers(body, 'randminmulti', 'randmaxmulti'),
      penalties: penaltyFromBody(body, [
        'luckpen',
        'minluckplay',
        'penlucktime',
        'penlcukunit',
        'luckplaylimit',
      ]),
    }
  }
  return games
}

export const GAME_FIELDS = [
  'dices',
  'dicenumber',
  'diceunit',
  'dicetimewait',
  'dicetimeunitwait',
  'diceminmulti',
  'dicemaxmulti',
  'dicespen',
  'mindiceplay',
  'pendicetime',
  'pendiceunit',
  'diceplaylimit',
  'links',
  'linkadd',
  'linkaddunit',
  'linksub',
  'linksubunit',
  'resetvotes',
  'linkminmulti',
  'linkmaxmulti',
  'luck',
  'randadd',
  'randaddunit',
  'randsub',
  'randsubunit',
  'randtimewait',
  'randtimeunitwait',
  'randminmulti',
  'randmaxmulti',
  'luckpen',
  'minluckplay',
  'penlucktime',
  'penlcukunit',
  'luckplaylimit',
] as const

// ---------------------------------------------------------------------------------------------
// Control endpoint: patching a config given in the games_changes shape

export const DEFAULT_CONFIG: { DICE: DiceConfig; LINK: LinkConfig; LUCK: LuckConfig } = {
  DICE: {
    dices: 1,
    addunit: 'HOUR',
    waitint: 1,
    waitunit: 'HOUR',
    minmultiplier: 1,
    maxmultiplier: 1,
    penalties: null,
  },
  LINK: {
    addint: 1,
    addunit: 'HOUR',
    subint: 1,
    subunit: 'HOUR',
    waitint: 1,
    minmultiplier: 1,
    maxmultiplier: 1,
  },
  LUCK: {
    addint: 1,
    addunit: 'HOUR',
    subint: 1,
    subunit: 'HOUR',
    waitint: 1,
    waitunit: 'HOUR',
    minmultiplier: 1,
    maxmultiplier: 1,
    penalties: null,
  },
}

function penaltyPatch(value: unknown, base: PenaltyConfig | null): PenaltyConfig | null {
  if (value === null) return null
  const p = asBody(value)
  return {
    min: intField(p, 'min') ?? base?.min ?? 1,
    addint: intField(p, 'addint') ?? base?.addint ?? 1,
    addunit: enumField(p, 'addunit', TIME_UNITS) ?? base?.addunit ?? 'DAY',
    always: flagField(p, 'always') ?? base?.always ?? 1,
  }
}

/** A config with the patch's known fields applied (strictly validated), for rule changes. */
export function patchConfig(game: GameName, base: AnyGameConfig | null, patchValue: unknown): AnyGameConfig {
  const patch = patchValue === undefined ? {} : asBody(patchValue)
  rejectUnknownFields(patch, Object.keys(DEFAULT_CONFIG[game]))
  const b = { ...DEFAULT_CONFIG[game], ...(base ?? {}) } as Record<string, unknown>
  const int = (name: string) => intField(patch, name) ?? (b[name] as number)
  const num = (name: string) => numberField(patch, name) ?? (b[name] as number)
  const unit = (name: string) => enumField(patch, name, TIME_UNITS) ?? (b[name] as TimeUnit)
  const wait = (name: string) => enumField(patch, name, WAIT_UNITS) ?? (b[name] as WaitUnit)
  const mult = { minmultiplier: num('minmultiplier'), maxmultiplier: num('maxmultiplier') }
  checkMultipliers('minmultiplier', mult.minmultiplier, mult.maxmultiplier)
  const penalties = () =>
    patch.penalties === undefined
      ? ((b.penalties as PenaltyConfig | null) ?? null)
      : penaltyPatch(patch.penalties, (b.penalties as PenaltyConfig | null) ?? null)
  if (game === 'DICE') {
    return {
      dices: int('dices'),
      addunit: unit('addunit'),
      waitint: int('waitint'),
      waitunit: wait('waitunit'),
      ...mult,
      penalties: penalties(),
    }
  }
  const addSub = {
    addint: int('addint'),
    addunit: unit('addunit'),
    subint: int('subint'),
    subunit: unit('subunit'),
  }
  if (game === 'LINK') return { ...addSub, waitint: int('waitint'), ...mult }
  return { ...addSub, waitint: int('waitint'), waitunit: wait('waitunit'), ...mult, penalties: penalties() }
}

// ---------------------------------------------------------------------------------------------
// Output and diffs

function withoutNullPenalties<T extends { penalties: PenaltyConfig | null }>(
  config: T,
): Omit<T, 'penalties'> {
  const { penalties, ...rest } = config
  return penalties === null ? rest : { ...rest, penalties }
}

/** A config as the API writes it: `penalties` only when set. */
export function configJson(config: AnyGameConfig | null): Record<string, unknown> | null {
  if (config === null) return null
  return 'penalties' in config ? withoutNullPenalties(config) : { ...config }
}

/** An active session's `games`. */
export function gamesJson(games: GameConfigs): Record<GameKey, Record<string, unknown> | null> {
  return { dice: configJson(games.dice), link: configJson(games.link), luck: configJson(games.luck) }
}

function penaltyText(p: PenaltyConfig | null | undefined): string | null {
  if (!p) return null
  return `${amount(p.addint, p.addunit)} below ${p.min} play(s)${p.always === 1 ? ', always' : ''}`
}

type Labelled = [label: string, read: (c: Record<string, unknown>) => ChangeValue]

const num = (key: string) => (c: Record<string, unknown>) => c[key] as number
const amountOf = (n: string, u: string) => (c: Record<string, unknown>) =>
  amount(c[n] as number, c[u] as TimeUnit)
const penaltyOf = (c: Record<string, unknown>) => penaltyText(c.penalties as PenaltyConfig | null)

const LABELS: Record<GameName, Labelled[]> = {
  DICE: [
    ['# of dice(s)', num('dices')],
    ['Unit', (c) => c.addunit as string],
    ['Wait time', amountOf('waitint', 'waitunit')],
    ['Min multiplier', num('minmultiplier')],
    ['Max multiplier', num('maxmultiplier')],
    ['Penalty', penaltyOf],
  ],
  LINK: [
    ['Add', amountOf('addint', 'addunit')],
    ['Subtract', amountOf('subint', 'subunit')],
    ['Votes required', num('waitint')],
    ['Min multiplier', num('minmultiplier')],
    ['Max multiplier', num('maxmultiplier')],
  ],
  LUCK: [
    ['Add', amountOf('addint', 'addunit')],
    ['Subtract', amountOf('subint', 'subunit')],
    ['Wait time', amountOf('waitint', 'waitunit')],
    ['Min multiplier', num('minmultiplier')],
    ['Max multiplier', num('maxmultiplier')],
    ['Penalty', penaltyOf],
  ],
}

/** The human-readable differences, as the website's audit log shows them. */
export function diffConfigs(
  game: GameName,
  before: AnyGameConfig | null,
  after: AnyGameConfig | null,
): ChangeDiff[] {
  const read = (c: AnyGameConfig | null, fn: Labelled[1]) =>
    c === null ? null : fn(c as unknown as Record<string, unknown>)
  const out: ChangeDiff[] = []
  for (const [label, fn] of LABELS[game]) {
    const from = read(before, fn)
    const to = read(after, fn)
    if (from !== to) out.push({ label, from, to })
  }
  return out
}
