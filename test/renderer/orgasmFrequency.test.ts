import { describe, expect, it } from 'vitest'
import {
  frequencyByMonth,
  latestDate,
  summarizeFrequency,
} from '../../src/renderer/src/charts/orgasmFrequency'

describe('frequencyByMonth', () => {
  it('counts per month and mode and fills empty months', () => {
    const rows = frequencyByMonth([
      { date: '2025-11-03', mode: 'full' },
      { date: '2025-11-20', mode: 'full' },
      { date: '2025-11-21', mode: 'ruined' },
      { date: '2026-01-02', mode: 'dom' },
    ])
    expect(rows).toEqual([
      { month: '2025-11', full: 2, ruined: 1, milking: 0, dom: 0, ted: 0 },
      { month: '2025-12', full: 0, ruined: 0, milking: 0, dom: 0, ted: 0 },
      { month: '2026-01', full: 0, ruined: 0, milking: 0, dom: 1, ted: 0 },
    ])
  })

  it('is empty for no rows and ignores malformed dates', () => {
    expect(frequencyByMonth([])).toEqual([])
    expect(frequencyByMonth([{ date: 'soon', mode: 'full' }])).toEqual([])
  })
})

describe('latestDate', () => {
  it('picks the latest date', () => {
    expect(latestDate([{ date: '2026-01-02' }, { date: '2026-03-01' }, { date: '2025-12-31' }])).toBe(
      '2026-03-01',
    )
    expect(latestDate([])).toBeNull()
  })
})

describe('summarizeFrequency', () => {
  it('gives the range, the total, the busiest month and the empty months', () => {
    const rows = frequencyByMonth([
      { date: '2025-11-03', mode: 'full' },
      { date: '2025-11-20', mode: 'ruined' },
      { date: '2026-01-02', mode: 'dom' },
      { date: '2026-02-02', mode: 'ted' },
      { date: '2026-02-12', mode: 'ted' },
      { date: '2026-02-13', mode: 'full' },
    ])
    expect(summarizeFrequency(rows)).toEqual({
      total: 6,
      first: '2025-11',
      last: '2026-02',
      busiest: { month: '2026-02', count: 3 },
      emptyMonths: 1,
    })
    expect(summarizeFrequency([])).toBeNull()
  })
})
