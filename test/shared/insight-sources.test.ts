import { describe, expect, it } from 'vitest'
import {
  combineBreakdowns,
  sourceBreakdown,
  SOURCE_ORDER,
  type SourceRowInput,
} from '../../src/shared/insight/sources'

const row = (
  type: SourceRowInput['type'],
  unit: number | null,
  source: SourceRowInput['source'],
): SourceRowInput => ({
  type,
  unit,
  source,
})

describe('where the time came from', () => {
  it('adds up what each source added and removed, START rows aside', () => {
    const b = sourceBreakdown([
      row('START', null, null),
      row('ADD', 3600, 'DICE'),
      row('ADD', 1800, 'DICE'),
      row('SUB', 600, 'DICE'),
      row('SUB', 7200, 'LINK'),
      row('ADD', 86_400, 'PENALTY'),
      row('ADD', 60, 'DOM'),
    ])
    expect(b.sources.map((s) => s.source)).toEqual(SOURCE_ORDER)
    expect(b.sources[0]).toEqual({
      source: 'DICE',
      addedSeconds: 5400,
      removedSeconds: 600,
      netSeconds: 4800,
      changes: 3,
    })
    expect(b.sources[1]).toEqual({
      source: 'LINK',
      addedSeconds: 0,
      removedSeconds: 7200,
      netSeconds: -7200,
      changes: 1,
    })
    expect(b.sources[2]).toEqual({
      source: 'LUCK',
      addedSeconds: 0,
      removedSeconds: 0,
      netSeconds: 0,
      changes: 0,
    })
    expect(b.addedSeconds).toBe(5400 + 86_400 + 60)
    expect(b.removedSeconds).toBe(7800)
    expect(b.netSeconds).toBe(5400 + 86_400 + 60 - 7800)
    expect(b.changes).toBe(6)
    expect(b).toMatchObject({ sessions: 1, leftOut: 0 })
  })

  it('keeps time without a source apart and leaves out rows without usable seconds', () => {
    const b = sourceBreakdown([
      row('ADD', 120, null),
      row('ADD', null, 'DICE'),
      row('SUB', -5, 'LUCK'),
      row('ADD', Number.NaN, 'DOM'),
    ])
    expect(b.sources).toHaveLength(SOURCE_ORDER.length + 1)
    expect(b.sources[SOURCE_ORDER.length]).toEqual({
      source: null,
      addedSeconds: 120,
      removedSeconds: 0,
      netSeconds: 120,
      changes: 1,
    })
    expect(b.leftOut).toBe(3)
    expect(b.addedSeconds).toBe(120)
  })

  it('is all zeros for no rows', () => {
    const b = sourceBreakdown([])
    expect(b.sources.every((s) => s.changes === 0 && s.netSeconds === 0)).toBe(true)
    expect(b.sources).toHaveLength(SOURCE_ORDER.length)
  })

  it('adds sessions up', () => {
    const one = sourceBreakdown([row('ADD', 100, 'DICE'), row('ADD', 5, null)])
    const two = sourceBreakdown([row('SUB', 40, 'DICE'), row('ADD', 10, 'MANUAL'), row('ADD', null, 'DICE')])
    const all = combineBreakdowns([one, two])
    expect(all.sources[0]).toEqual({
      source: 'DICE',
      addedSeconds: 100,
      removedSeconds: 40,
      netSeconds: 60,
      changes: 2,
    })
    expect(all.sources.find((s) => s.source === 'MANUAL')?.addedSeconds).toBe(10)
    expect(all.sources.find((s) => s.source === null)?.addedSeconds).toBe(5)
    expect(all).toMatchObject({
      sessions: 2,
      leftOut: 1,
      addedSeconds: 115,
      removedSeconds: 40,
      netSeconds: 75,
      changes: 4,
    })
    expect(combineBreakdowns([])).toMatchObject({ sessions: 0, changes: 0, netSeconds: 0 })
  })
})
