import { describe, expect, it } from 'vitest'
import { categoryTickInterval } from '../../src/renderer/src/charts/axisTicks'

describe('categoryTickInterval', () => {
  it('shows every label when they all fit', () => {
    // 10 labels of 8 characters need 10 × (8 × 7 + 16) = 720 px.
    expect(categoryTickInterval(10, 720, 8)).toBe(0)
    expect(categoryTickInterval(1, 10, 50)).toBe(0)
    expect(categoryTickInterval(0, 500, 8)).toBe(0)
  })

  it('skips labels so the shown ones fit the width', () => {
    // 72 px a label: 10 fit in 720 px; 300 labels need every 30th.
    expect(categoryTickInterval(300, 720, 8)).toBe(29)
    expect(categoryTickInterval(11, 720, 8)).toBe(1)
    // Longer labels, fewer shown.
    expect(categoryTickInterval(300, 720, 18)).toBeGreaterThan(categoryTickInterval(300, 720, 8))
  })

  it('shows at least one label however narrow the plot', () => {
    expect(categoryTickInterval(300, 20, 8)).toBe(299)
    expect(categoryTickInterval(300, 0, 8)).toBe(0)
  })
})
