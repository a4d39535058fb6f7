import { describe, expect, it } from 'vitest'
import { HISTORY_SOURCES, TIME_UNITS } from '../../src/shared/api/schemas'
import {
  CHANGE_WORDS,
  ruleValueWords,
  ruleWords,
  sourcePhrase,
  sourceWords,
  unitWords,
  UNIT_WORDS,
} from '../../src/shared/words'

/** The API's own spelling of its terms. */
const RAW = /^[A-Z_]+$|unit$|int$|multi/

describe("the API's terms in words", () => {
  it('every unit, change type and source reads as words, not as the API spells it', () => {
    for (const u of TIME_UNITS) expect(UNIT_WORDS[u]).not.toMatch(RAW)
    for (const t of Object.values(CHANGE_WORDS)) expect(t).not.toMatch(RAW)
    for (const s of HISTORY_SOURCES) {
      expect(sourceWords(s)).not.toMatch(RAW)
      expect(sourcePhrase(s)).not.toMatch(/[A-Z]{2,}/)
    }
    expect(CHANGE_WORDS.ADD).toBe('Added')
    expect(CHANGE_WORDS.SUB).toBe('Removed')
  })

  it('units as the service may send them', () => {
    expect(unitWords('HOURS')).toBe('hours')
    expect(unitWords('day')).toBe('days')
    expect(unitWords('FORTNIGHT')).toBe('FORTNIGHT')
  })

  it('unknown sources are shown as they came, known ones never', () => {
    expect(sourceWords('MANUAL')).toBe('By hand')
    expect(sourceWords('ORACLE')).toBe('ORACLE')
    expect(sourceWords(null)).toBe('No source given')
    expect(sourcePhrase('ORACLE')).toBe('from ORACLE')
  })

  it("reads the website's rule labels and setting names as words", () => {
    expect(ruleWords('# of dice(s)')).toBe('Number of dice')
    expect(ruleWords('Min multiplier')).toBe('Smallest multiplier')
    expect(ruleWords('addint')).toBe('Time added')
    expect(ruleWords('addunit')).toBe('Unit of time added')
    expect(ruleWords('Penalty')).toBe('Penalty')
  })

  it('tidies a rule label it does not know', () => {
    expect(ruleWords('extra_play(s)')).toBe('Extra plays')
    expect(ruleWords('note')).toBe('Note')
  })

  it('writes rule amounts and units in plain words, and leaves other text as it is', () => {
    expect(ruleValueWords('30 MINUTE(S)')).toBe('30 minutes')
    expect(ruleValueWords('1 HOUR(S)')).toBe('1 hour')
    expect(ruleValueWords('2 DAY(S) below 1 play(s), always')).toBe('2 days below 1 play, always')
    expect(ruleValueWords('HOUR')).toBe('hours')
    expect(ruleValueWords('HOUR, DAY')).toBe('hours, days')
    expect(ruleValueWords('Mistress')).toBe('Mistress')
    expect(ruleValueWords('TED')).toBe('TED')
    expect(ruleValueWords('3')).toBe('3')
  })
})
