import { describe, expect, it } from 'vitest'
import { computeOrgasmIntervals, median } from '../../src/shared/insight/orgasm-intervals'

describe('days between orgasms', () => {
  it('groups the intervals by mode, with every mode together first', () => {
    const result = computeOrgasmIntervals([
      { date: '2026-01-20', mode: 'full' },
      { date: '2026-01-01', mode: 'full' },
      { date: '2026-01-05', mode: 'ruined' },
      { date: '2026-01-10', mode: 'full' },
      { date: '2026-01-10', mode: 'ruined' },
    ])
    const [all, full, ruined] = result.groups
    expect(result.groups.map((g) => g.mode)).toEqual([null, 'full', 'ruined'])
    expect(all?.intervals.map((i) => i.days)).toEqual([4, 5, 0, 10])
    expect(all).toMatchObject({ orgasms: 5, medianDays: 4.5, shortestDays: 0, longestDays: 10 })
    expect(full?.intervals).toEqual([
      { from: '2026-01-01', to: '2026-01-10', days: 9 },
      { from: '2026-01-10', to: '2026-01-20', days: 10 },
    ])
    expect(full).toMatchObject({ orgasms: 3, medianDays: 9.5, shortestDays: 9, longestDays: 10 })
    expect(ruined).toMatchObject({ orgasms: 2, medianDays: 5, shortestDays: 5, longestDays: 5 })
  })

  it('counts calendar days across a DST change, a leap day and a new year', () => {
    const result = computeOrgasmIntervals([
      { date: '2028-02-28', mode: 'ted' },
      { date: '2028-03-01', mode: 'ted' },
      { date: '2027-12-31', mode: 'ted' },
      { date: '2026-03-28', mode: 'milking' },
      { date: '2026-03-30', mode: 'milking' },
    ])
    expect(result.groups.find((g) => g.mode === 'ted')?.intervals.map((i) => i.days)).toEqual([59, 2])
    expect(result.groups.find((g) => g.mode === 'milking')?.intervals.map((i) => i.days)).toEqual([2])
  })

  it('has no intervals for one orgasm or none, and leaves out dates that are not real', () => {
    const one = computeOrgasmIntervals([
      { date: '2026-02-31', mode: 'full' },
      { date: 'yesterday', mode: 'full' },
      { date: '2026-02-01', mode: 'dom' },
    ])
    expect(one.leftOut).toBe(2)
    expect(one.groups.map((g) => [g.mode, g.orgasms, g.intervals.length, g.medianDays])).toEqual([
      [null, 1, 0, null],
      ['dom', 1, 0, null],
    ])
    expect(computeOrgasmIntervals([]).groups).toEqual([
      { mode: null, orgasms: 0, intervals: [], medianDays: null, shortestDays: null, longestDays: null },
    ])
  })

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull()
    expect(median([3])).toBe(3)
    expect(median([1, 2, 10])).toBe(2)
    expect(median([1, 2, 4, 10])).toBe(3)
  })
})
