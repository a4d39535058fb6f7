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

/** A change the service gave no source for. */
export const NO_SOURCE_WORDS = 'No source given'

/** A source as a label (null: none given), or the raw value for one this app does not know yet. */
export function sourceWords(source: string | null): string {
  if (source === null) return NO_SOURCE_WORDS
  return isSource(source) ? SOURCE_WORDS[source] : source
}

/** A source ending a sentence, or "from" the raw value for one this app does not know yet. */
export function sourcePhrase(source: string): string {
  return isSource(source) ? SOURCE_PHRASE[source] : `from ${source}`
}

export const GAME_WORDS: Record<GameName, string> = { DICE: 'Dice', LINK: 'Public link', LUCK: 'Luck' }

/** What happened to a game's rules, as the end of a sentence: "Dice changed the rules". */
export const GAME_ACTION_WORDS: Record<GameAction, string> = {
  INSERT: 'turned on the game',
  UPDATE: 'changed the rules',
  DELETE: 'turned off the game',
}

/** The website's labels in the rule-change log, and the setting names inside a raw value. */
const RULE_WORDS: Record<string, string> = {
  '# of dice(s)': 'Number of dice',
  dices: 'Number of dice',
  Unit: 'Time unit',
  'Wait time': 'Wait between plays',
  'Min multiplier': 'Smallest multiplier',
  minmultiplier: 'Smallest multiplier',
  'Max multiplier': 'Largest multiplier',
  maxmultiplier: 'Largest multiplier',
  'Votes required': 'Votes needed',
  Add: 'Time added',
  Subtract: 'Time taken off',
  addint: 'Time added',
  addunit: 'Unit of time added',
  subint: 'Time taken off',
  subunit: 'Unit of time taken off',
  waitint: 'Wait',
  waitunit: 'Unit of wait',
  min: 'Fewer plays than',
  always: 'Always',
  penalties: 'Penalty',
}

/** A rule's label or setting name in words; one not known loses its underscores and "(s)". */
export function ruleWords(label: string): string {
  const known = RULE_WORDS[label]
  if (known !== undefined) return known
  const words = label.replace(/\(s\)/gi, 's').replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const SINGULAR_UNITS: Record<string, string> = {
  SECOND: 'second',
  MINUTE: 'minute',
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
}

const counted = (n: string, word: string) => `${n} ${word}${n === '1' ? '' : 's'}`

/**
 * A rule's value in words: "30 MINUTE(S)" → "30 minutes", "below 1 play(s)" → "below 1 play", a
 * unit or a list of units ("HOUR, DAY") → "hours, days".
 */
export function ruleValueWords(text: string): string {
  return text
    .replace(/(\d+) ([A-Za-z]+)\(S\)/gi, (_amount, n: string, unit: string) =>
      counted(n, SINGULAR_UNITS[unit.toUpperCase()] ?? unit.toLowerCase()),
    )
    .replace(/^[A-Z]+(?:, [A-Z]+)*$/, (units) =>
      units
        .split(', ')
        .map((unit) => {
          const word = SINGULAR_UNITS[unit]
          return word === undefined ? unit : `${word}s`
        })
        .join(', '),
    )
}
