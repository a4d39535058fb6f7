import { describe, expect, it } from 'vitest'
import {
  aggregateMarkers,
  downsampleSteps,
  downsampleTimeline,
  type Marker,
  type StepPoint,
} from '../../src/renderer/src/charts/downsample'

const series = (n: number, y: (i: number) => number): StepPoint[] =>
  Array.from({ length: n }, (_, i) => ({ x: i * 1000, y: y(i) }))

const marker = (
  x: number,
  type: 'ADD' | 'SUB',
  seconds: number,
  source: string | null,
  dom = false,
): Marker => ({
  x,
  y: x * 2,
  type,
  seconds,
  source,
  dom,
})

describe('downsampleSteps', () => {
  it('returns a short series unchanged', () => {
    const s = series(10, (i) => i)
    expect(downsampleSteps(s, 1000)).toEqual(s)
  })

  it('caps a long series at maxPoints and keeps first and last', () => {
    const s = series(10_000, (i) => Math.sin(i / 10) * 1000)
    const out = downsampleSteps(s, 1000)
    expect(out.length).toBeLessThanOrEqual(1000)
    expect(out.length).toBeGreaterThan(100)
    expect(out[0]).toEqual(s[0])
    expect(out[out.length - 1]).toEqual(s[s.length - 1])
  })

  it('keeps the extremes: a single spike survives', () => {
    const s = series(5000, (i) => (i === 2345 ? 99_999 : i === 4000 ? -5 : 100))
    const out = downsampleSteps(s, 400)
    expect(out).toContainEqual({ x: 2345 * 1000, y: 99_999 })
    expect(out).toContainEqual({ x: 4000 * 1000, y: -5 })
    expect(Math.max(...out.map((p) => p.y))).toBe(99_999)
    expect(Math.min(...out.map((p) => p.y))).toBe(-5)
  })

  it('keeps the points in x order and only original points', () => {
    const s = series(3000, (i) => (i * 7919) % 1000)
    const out = downsampleSteps(s, 500)
    for (let i = 1; i < out.length; i++) expect(out[i]!.x).toBeGreaterThan(out[i - 1]!.x)
    const originals = new Set(s.map((p) => `${p.x}:${p.y}`))
    for (const p of out) expect(originals.has(`${p.x}:${p.y}`)).toBe(true)
  })

  it('handles all points at one x', () => {
    const s = Array.from({ length: 2000 }, (_, i) => ({ x: 5, y: i }))
    const out = downsampleSteps(s, 100)
    expect(out.length).toBeLessThanOrEqual(4)
    expect(out).toContainEqual({ x: 5, y: 0 })
    expect(out).toContainEqual({ x: 5, y: 1999 })
  })
})

describe('aggregateMarkers', () => {
  it('keeps every marker when few', () => {
    const ms = [marker(1, 'ADD', 60, 'DICE'), marker(2, 'SUB', 30, 'LUCK')]
    expect(aggregateMarkers(ms, 300, 100)).toEqual({ kind: 'each', markers: ms })
  })

  it('sums many markers per bucket, preserving totals', () => {
    const ms: Marker[] = []
    for (let i = 0; i < 1000; i++)
      ms.push(marker(i, i % 3 === 0 ? 'SUB' : 'ADD', 60, i % 2 ? 'DICE' : 'DOM', i % 5 === 0))
    const view = aggregateMarkers(ms, 300, 50)
    expect(view.kind).toBe('buckets')
    if (view.kind !== 'buckets') return
    expect(view.buckets.length).toBeLessThanOrEqual(50)
    const total = view.buckets.reduce((a, b) => a + b.count, 0)
    expect(total).toBe(1000)
    const net = view.buckets.reduce((a, b) => a + b.netSeconds, 0)
    const expectedNet = ms.reduce((a, m) => a + (m.type === 'ADD' ? m.seconds : -m.seconds), 0)
    expect(net).toBe(expectedNet)
    expect(view.buckets.reduce((a, b) => a + b.domCount, 0)).toBe(200)
    expect(view.buckets.reduce((a, b) => a + (b.bySource.DICE ?? 0), 0)).toBe(500)
    const lastBucket = view.buckets[view.buckets.length - 1]!
    expect(lastBucket.x).toBe(999)
    expect(lastBucket.y).toBe(999 * 2)
  })
})

describe('downsampleTimeline', () => {
  it('thins both parts with the default limits', () => {
    const steps = series(5000, (i) => i)
    const markers = steps.map((p) => marker(p.x, 'ADD', 1, 'DICE'))
    const view = downsampleTimeline(steps, markers)
    expect(view.steps.length).toBeLessThanOrEqual(1000)
    expect(view.markers.kind).toBe('buckets')
  })
})
