/**
 * The games of the start form, described once: the form shows these fields and the request is
 * built from them. Names are the API's own (typos included).
 */
import type { BoolKey, TextKey, UnitKey } from './startSession'

export type GameField =
  | { kind: 'number'; name: TextKey; label: string; step?: string }
  | { kind: 'unit'; name: UnitKey; label: string; wait?: boolean }
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
  penalty?: { toggle: GameToggle; fields: readonly GameField[] }
}

const MULTI_STEP = '0.1'
const EVERY_TIME = 'Unchecked: the penalty applies every time.'

export const GAMES: readonly Game[] = [
  {
    legend: 'Dice',
    toggle: { name: 'dices', label: 'Dice game' },
    fields: [
      { kind: 'number', name: 'dicenumber', label: 'Number of dice' },
      { kind: 'unit', name: 'diceunit', label: 'Dice unit' },
      { kind: 'number', name: 'dicetimewait', label: 'Dice wait between rolls' },
      { kind: 'unit', name: 'dicetimeunitwait', label: 'Dice wait unit', wait: true },
      { kind: 'number', name: 'diceminmulti', label: 'Dice min multiplier', step: MULTI_STEP },
      { kind: 'number', name: 'dicemaxmulti', label: 'Dice max multiplier', step: MULTI_STEP },
    ],
    penalty: {
      toggle: {
        name: 'dicespen',
        label: 'Dice penalties',
        hint: 'A penalty when the dice are played too little.',
      },
      fields: [
        { kind: 'number', name: 'mindiceplay', label: 'Dice minimum plays' },
        { kind: 'number', name: 'pendicetime', label: 'Dice penalty amount' },
        { kind: 'unit', name: 'pendiceunit', label: 'Dice penalty unit' },
        { kind: 'check', name: 'diceplaylimit', label: 'Dice penalty only once', hint: EVERY_TIME },
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
      { kind: 'number', name: 'linkadd', label: 'Link add amount' },
      { kind: 'unit', name: 'linkaddunit', label: 'Link add unit' },
      { kind: 'number', name: 'linksub', label: 'Link subtract amount' },
      { kind: 'unit', name: 'linksubunit', label: 'Link subtract unit' },
      { kind: 'number', name: 'linkminmulti', label: 'Link min multiplier', step: MULTI_STEP },
      { kind: 'number', name: 'linkmaxmulti', label: 'Link max multiplier', step: MULTI_STEP },
      { kind: 'check', name: 'resetvotes', label: 'Reset votes' },
    ],
  },
  {
    legend: 'Luck',
    toggle: { name: 'luck', label: 'Luck game' },
    fields: [
      { kind: 'number', name: 'randadd', label: 'Luck add amount' },
      { kind: 'unit', name: 'randaddunit', label: 'Luck add unit' },
      { kind: 'number', name: 'randsub', label: 'Luck subtract amount' },
      { kind: 'unit', name: 'randsubunit', label: 'Luck subtract unit' },
      { kind: 'number', name: 'randtimewait', label: 'Luck wait between plays' },
      { kind: 'unit', name: 'randtimeunitwait', label: 'Luck wait unit', wait: true },
      { kind: 'number', name: 'randminmulti', label: 'Luck min multiplier', step: MULTI_STEP },
      { kind: 'number', name: 'randmaxmulti', label: 'Luck max multiplier', step: MULTI_STEP },
    ],
    penalty: {
      toggle: { name: 'luckpen', label: 'Luck penalties', hint: 'A penalty when luck is played too little.' },
      fields: [
        { kind: 'number', name: 'minluckplay', label: 'Luck minimum plays' },
        { kind: 'number', name: 'penlucktime', label: 'Luck penalty amount' },
        { kind: 'unit', name: 'penlcukunit', label: 'Luck penalty unit' },
        { kind: 'check', name: 'luckplaylimit', label: 'Luck penalty only once', hint: EVERY_TIME },
      ],
    },
  },
]
