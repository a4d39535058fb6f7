/**
 * The API's terms in the words the dashboard shows: units, change types, sources, games and the
 * names of game rules. Every page that shows one of these values takes its words from here.
 */
import type { GameAction, GameName, HistorySource, HistoryType, TimeUnit } from './api/schemas'

/** A unit as a list of choices shows it: "hours". */
export const UNIT_WORDS: Record<TimeUnit, string> = {
  MINUTE: 'minutes',
  HOUR: 'hours',
  DAY: 'days',
  MONTH: 'months',
}

/** A unit value read from the service (any case, singular or plural) in words, else as it came. */
export function unitWords(raw: string): string {
  const key = raw.toUpperCase().replace(/S$/, '')
  return isUnit(key) ? UNIT_WORDS[key] : raw
}

const isUnit = (key: string): key is TimeUnit => Object.hasOwn(UNIT_WORDS, key)
const isSource = (key: string): key is HistorySource => Object.hasOwn(SOURCE_WORDS, key)

/** What a history row did to the schedule. */
export const CHANGE_WORDS: Record<HistoryType, string> = {
  START: 'Started',
  ADD: 'Added',
  SUB: 'Removed',
}

/** Who or what changed the schedule, as a label. */
export const SOURCE_WORDS: Record<HistorySource, string> = {
  DICE: 'Dice',
  LINK: 'Public link',
  LUCK: 'Luck',
  MANUAL: 'By hand',
  PENALTY: 'Penalty',
  DOM: 'Dom',
}

/** The same, ending a sentence: "+1 day from the dice". */
export const SOURCE_PHRASE: Record<HistorySource, string> = {
  DICE: 'from the dice',
  LINK: 'from public link votes',
  LUCK: 'from luck',
  MANUAL: 'set by hand',
  PENALTY: 'as a penalty',
  DOM: 'by your dom',
}

/** A source as a label, or the raw value for one this app does not know yet. */
export function sourceWords(source: string): string {
  return isSource(source) ? SOURCE_WORDS[source] : source
}

/** A source ending a sentence, or "from" the raw value for one this app does not know yet. */
export function sourcePhrase(source: string): string {
  return isSource(source) ? SOURCE_PHRASE[source] : `from ${source}`
}

export const GAME_WORDS: Record<GameName, string> = { DICE: 'Dice', LINK: 'Public link', LUCK: 'Luck' }

/** What happened to a game's rules. */
export const GAME_ACTION_WORDS: Record<GameAction, string> = {
  INSERT: 'Turned on',
  UPDATE: 'Changed',
  DELETE: 'Turned off',
}

/** The names of game rules as the service stores them. */
const RULE_WORDS: Record<string, string> = {
  dices: 'Number of dice',
  addint: 'Time added',
  addunit: 'Unit of time added',
  subint: 'Time removed',
  subunit: 'Unit of time removed',
  waitint: 'Wait',
  waitunit: 'Unit of wait',
  minmultiplier: 'Lowest multiplier',
  maxmultiplier: 'Highest multiplier',
  penalties: 'Penalty',
  min: 'Fewest plays',
  always: 'Penalty every time',
}

/** A game rule's name in words: "addunit" → "Unit of time added"; unknown names as they came. */
export function ruleWords(key: string): string {
  const last = key.split('.').pop() ?? key
  return RULE_WORDS[last] ?? key
}
