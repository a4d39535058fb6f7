/**
 * The game-rule audit log in plain words: the website's labels ("# of dice(s)"), amounts
 * ("30 MINUTE(S)") and raw setting names ("addint") read as a hurried user would say them.
 */
import type { GameAction, GameName } from '../../shared/api/schemas'

export const GAME_TEXT: Record<GameName, string> = { DICE: 'Dice', LINK: 'Link', LUCK: 'Luck' }

export const ACTION_TEXT: Record<GameAction, string> = {
  INSERT: 'turned on the game',
  UPDATE: 'changed the rules',
  DELETE: 'turned off the game',
}

/** The website's diff labels, and the setting names inside a raw value (a penalty). */
const LABEL_TEXT: Record<string, string> = {
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

/** A label or setting name as words; one not known loses its underscores and "(s)". */
export function ruleLabel(label: string): string {
  const known = LABEL_TEXT[label]
  if (known !== undefined) return known
  const words = label.replace(/\(s\)/gi, 's').replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const UNIT_WORDS: Record<string, string> = {
  SECOND: 'second',
  MINUTE: 'minute',
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
}

const plural = (n: string, word: string) => `${n} ${word}${n === '1' ? '' : 's'}`

/**
 * A value as words: "30 MINUTE(S)" → "30 minutes", "below 1 play(s)" → "below 1 play", a unit or
 * a list of units ("HOUR, DAY") → "hours, days".
 */
export function ruleValue(text: string): string {
  return text
    .replace(/(\d+) ([A-Za-z]+)\(S\)/gi, (_amount, n: string, unit: string) =>
      plural(n, UNIT_WORDS[unit.toUpperCase()] ?? unit.toLowerCase()),
    )
    .replace(/^[A-Z]+(?:, [A-Z]+)*$/, (units) =>
      units
        .split(', ')
        .map((unit) => {
          const word = UNIT_WORDS[unit]
          return word === undefined ? unit : `${word}s`
        })
        .join(', '),
    )
}
