import { describe, expect, it } from 'vitest'
import { ruleLabel, ruleValue } from '../../src/renderer/src/gameRuleText'

describe('game rule words', () => {
  it('reads the website labels and setting names as words', () => {
    expect(ruleLabel('# of dice(s)')).toBe('Number of dice')
    expect(ruleLabel('Min multiplier')).toBe('Smallest multiplier')
    expect(ruleLabel('addint')).toBe('Time added')
    expect(ruleLabel('Penalty')).toBe('Penalty')
  })

  it('tidies a label it does not know', () => {
    expect(ruleLabel('extra_play(s)')).toBe('Extra plays')
    expect(ruleLabel('note')).toBe('Note')
  })

  it('writes amounts and units in plain words', () => {
    expect(ruleValue('30 MINUTE(S)')).toBe('30 minutes')
    expect(ruleValue('1 HOUR(S)')).toBe('1 hour')
    expect(ruleValue('2 DAY(S) below 1 play(s), always')).toBe('2 days below 1 play, always')
    expect(ruleValue('HOUR')).toBe('hours')
    expect(ruleValue('HOUR, DAY')).toBe('hours, days')
  })

  it('leaves other text as it is', () => {
    expect(ruleValue('Mistress')).toBe('Mistress')
    expect(ruleValue('TED')).toBe('TED')
    expect(ruleValue('3')).toBe('3')
  })
})
