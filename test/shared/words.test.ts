import { describe, expect, it } from 'vitest'
import { HISTORY_SOURCES, TIME_UNITS } from '../../src/shared/api/schemas'
import {
  CHANGE_WORDS,
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
    expect(sourcePhrase('ORACLE')).toBe('from ORACLE')
  })

  it('game rule names read as labels', () => {
    expect(ruleWords('addunit')).toBe('Unit of time added')
    expect(ruleWords('penalties.min')).toBe('Fewest plays')
    expect(ruleWords('minmultiplier')).toBe('Lowest multiplier')
    expect(ruleWords('somethingnew')).toBe('somethingnew')
  })
})
