/**
 * The games of the start form, described once: the form shows these fields, the request is built
 * from them and their messages name them. Names are the API's own (typos included).
 */
import type { FormWords } from './issues'
import type { BoolKey, TextKey, UnitKey } from './startSession'

export type GameField =
  /** A whole number: "Number of dice". */
  | { kind: 'number'; name: TextKey; label: string; what: string; hint?: string }
  /** An amount of time, its number and unit together: "Wait between rolls: [2] [hours]". */
  | {
      kind: 'amount'
      name: TextKey
      unit: UnitKey
      label: string
      what: string
      /** Its unit is a wait's (no months). */
      wait?: boolean
      hint?: string
    }
  /** A unit alone: what the dice count in. */
  | { kind: 'unit'; name: UnitKey; label: string; what: string; hint?: string }
  /** The random multiplier's lowest and highest value. */
  | { kind: 'range'; min: TextKey; max: TextKey; label: string; hint: string }
  | { kind: 'check'; name: BoolKey; label: string; hint?: string }

export interface GameToggle {
  name: BoolKey
  label: string
  hint?: string
}

export interface Game {
  legend: string
  toggle: GameToggle
  fields: readonly GameField[]
  /** Its fields are shown and sent only while its toggle is on. */
  penalty?: { legend: string; toggle: GameToggle; fields: readonly GameField[] }
}

const MULTIPLIER_HINT =
  'Each change is multiplied by a random number between these two. Use 1 and 1 for no multiplier.'
const ONCE_HINT = 'When unchecked, the penalty is added every time you play too little.'
const MIN_PLAYS_HINT = 'Play fewer times than this before the next wait ends, and the penalty is added.'

export const GAMES: readonly Game[] = [
  {
    legend: 'Dice',
    toggle: {
      name: 'dices',
      label: 'Dice game',
      hint: 'You roll dice; their total, in the unit you pick, is added to your time.',
    },
    fields: [
      { kind: 'number', name: 'dicenumber', label: 'Number of dice', what: 'the number of dice' },
      {
        kind: 'unit',
        name: 'diceunit',
        label: 'Dice count in',
        what: 'the unit the dice count in',
        hint: 'Rolling a total of 5 adds 5 of this unit.',
      },
      {
        kind: 'amount',
        name: 'dicetimewait',
        unit: 'dicetimeunitwait',
        label: 'Wait between rolls',
        what: 'the wait between rolls',
        wait: true,
      },
      {
        kind: 'range',
        min: 'diceminmulti',
        max: 'dicemaxmulti',
        label: 'Dice multiplier',
        hint: MULTIPLIER_HINT,
      },
    ],
    penalty: {
      legend: 'Dice penalty',
      toggle: {
        name: 'dicespen',
        label: 'Dice penalties',
        hint: 'Adds time when you roll the dice too little.',
      },
      fields: [
        {
          kind: 'number',
          name: 'mindiceplay',
          label: 'Fewest rolls',
          what: 'the fewest rolls',
          hint: MIN_PLAYS_HINT,
        },
        {
          kind: 'amount',
          name: 'pendicetime',
          unit: 'pendiceunit',
          label: 'Dice penalty adds',
          what: 'the time the dice penalty adds',
        },
        { kind: 'check', name: 'diceplaylimit', label: 'Dice penalty only once', hint: ONCE_HINT },
      ],
    },
  },
  {
    legend: 'Public link',
    toggle: {
      name: 'links',
      label: 'Public link game',
      hint: 'Visitors of your public link vote to add or remove time.',
    },
    fields: [
      {
        kind: 'amount',
        name: 'linkadd',
        unit: 'linkaddunit',
        label: 'A vote to add adds',
        what: 'the time a vote adds',
      },
      {
        kind: 'amount',
        name: 'linksub',
        unit: 'linksubunit',
        label: 'A vote to remove removes',
        what: 'the time a vote removes',
      },
      {
        kind: 'range',
        min: 'linkminmulti',
        max: 'linkmaxmulti',
        label: 'Vote multiplier',
        hint: MULTIPLIER_HINT,
      },
      {
        kind: 'check',
        name: 'resetvotes',
        label: 'Reset votes',
        hint: 'Clears the votes cast so far, so visitors can vote again.',
      },
    ],
  },
  {
    legend: 'Luck',
    toggle: {
      name: 'luck',
      label: 'Luck game',
      hint: 'Each play either adds or removes time, by chance.',
    },
    fields: [
      {
        kind: 'amount',
        name: 'randadd',
        unit: 'randaddunit',
        label: 'Bad luck adds',
        what: 'the time bad luck adds',
      },
      {
        kind: 'amount',
        name: 'randsub',
        unit: 'randsubunit',
        label: 'Good luck removes',
        what: 'the time good luck removes',
      },
      {
        kind: 'amount',
        name: 'randtimewait',
        unit: 'randtimeunitwait',
        label: 'Wait between plays',
        what: 'the wait between plays',
        wait: true,
      },
      {
        kind: 'range',
        min: 'randminmulti',
        max: 'randmaxmulti',
        label: 'Luck multiplier',
        hint: MULTIPLIER_HINT,
      },
    ],
    penalty: {
      legend: 'Luck penalty',
      toggle: { name: 'luckpen', label: 'Luck penalties', hint: 'Adds time when you play luck too little.' },
      fields: [
        {
          kind: 'number',
          name: 'minluckplay',
          label: 'Fewest plays',
          what: 'the fewest plays',
          hint: MIN_PLAYS_HINT,
        },
        {
          kind: 'amount',
          name: 'penlucktime',
          unit: 'penlcukunit',
          label: 'Luck penalty adds',
          what: 'the time the luck penalty adds',
        },
        { kind: 'check', name: 'luckplaylimit', label: 'Luck penalty only once', hint: ONCE_HINT },
      ],
    },
  },
]

function fieldWords(field: GameField): FormWords {
  switch (field.kind) {
    case 'number':
      return { [field.name]: { what: field.what, kind: 'whole' } }
    case 'amount':
      return {
        [field.name]: { what: field.what, kind: 'whole' },
        [field.unit]: { what: `the unit of ${field.what}`, kind: 'choice' },
      }
    case 'unit':
      return { [field.name]: { what: field.what, kind: 'choice' } }
    case 'range': {
      const of = field.label.toLowerCase()
      return {
        [field.min]: { what: `the lowest ${of}`, kind: 'number' },
        [field.max]: { what: `the highest ${of}`, kind: 'number' },
      }
    }
    case 'check':
      return { [field.name]: { what: field.label.toLowerCase(), kind: 'choice' } }
  }
}

/** How every game field is named in its messages. */
export function gameWords(): FormWords {
  const out: FormWords = {}
  for (const game of GAMES) {
    out[game.toggle.name] = { what: game.toggle.label.toLowerCase(), kind: 'choice' }
    const fields = [...game.fields, ...(game.penalty?.fields ?? [])]
    if (game.penalty)
      out[game.penalty.toggle.name] = { what: game.penalty.toggle.label.toLowerCase(), kind: 'choice' }
    for (const f of fields) Object.assign(out, fieldWords(f))
  }
  return out
}
