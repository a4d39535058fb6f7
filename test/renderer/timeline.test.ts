import { describe, expect, it } from 'vitest'
import type { HistoryItem } from '../../src/shared/api/schemas'
import { extendSteps, summarizeTimeline, timelineFromHistory } from '../../src/renderer/src/charts/timeline'

const row = (over: Partial<HistoryItem>): HistoryItem => ({
  session: 1,
  type: 'ADD',
  unit: 86400,
  source: 'DICE',
  dom: false,
  schedule: '2026-02-11 00:00:00',
  happened: '2026-02-03 10:02:11.456',
  ...over,
})

describe('timelineFromHistory', () => {
  it('sorts by happened, reads UTC, and marks only ADD/SUB', () => {
    const items = [
      row({}),
      row({
        type: 'START',
        unit: null,
        source: null,
        schedule: '2026-02-10 00:00:00',
        happened: '2026-02-03 09:30:07.123',
      }),
      row({
        type: 'SUB',
        unit: 3600,
        source: 'DOM',
        dom: true,
        schedule: '2026-02-10 23:00:00',
        happened: '2026-02-04 08:00:00',
      }),
    ]
    const t = timelineFromHistory(items, null)
    expect(t.steps.map((s) => s.x)).toEqual([
      Date.UTC(2026, 1, 3, 9, 30, 7, 123),
      Date.UTC(2026, 1, 3, 10, 2, 11, 456),
      Date.UTC(2026, 1, 4, 8),
    ])
    expect(t.steps.map((s) => s.y)).toEqual([
      Date.UTC(2026, 1, 10),
      Date.UTC(2026, 1, 11),
      Date.UTC(2026, 1, 10, 23),
    ])
    expect(t.markers).toEqual([
      {
        x: Date.UTC(2026, 1, 3, 10, 2, 11, 456),
        y: Date.UTC(2026, 1, 11),
        type: 'ADD',
        seconds: 86400,
        source: 'DICE',
        dom: false,
      },
      {
        x: Date.UTC(2026, 1, 4, 8),
        y: Date.UTC(2026, 1, 10, 23),
        type: 'SUB',
        seconds: 3600,
        source: 'DOM',
        dom: true,
      },
    ])
  })

  it('extends the last level to `until`, and skips unreadable rows', () => {
    const until = Date.UTC(2026, 1, 5)
    const t = timelineFromHistory([row({}), row({ happened: 'garbage' })], until)
    expect(t.steps).toHaveLength(2)
    expect(t.steps[1]).toEqual({ x: until, y: Date.UTC(2026, 1, 11) })
    expect(t.markers).toHaveLength(1)
  })

  it('is empty for no rows', () => {
    expect(timelineFromHistory([], 5)).toEqual({ steps: [], markers: [] })
  })
})

describe('extendSteps', () => {
  const steps = [
    { x: 10, y: 100 },
    { x: 20, y: 150 },
  ]

  it('draws the last level on to a later end, leaving its input alone', () => {
    expect(extendSteps(steps, 35)).toEqual([...steps, { x: 35, y: 150 }])
    expect(steps).toHaveLength(2)
  })

  it('adds nothing for no end, an end not after the last change, or no steps', () => {
    expect(extendSteps(steps, null)).toEqual(steps)
    expect(extendSteps(steps, 20)).toEqual(steps)
    expect(extendSteps(steps, 5)).toEqual(steps)
    expect(extendSteps([], 50)).toEqual([])
  })
})

describe('summarizeTimeline', () => {
  it('gives the range, the first and last scheduled end, and the changes by kind', () => {
    const t = timelineFromHistory(
      [
        row({
          type: 'START',
          unit: null,
          source: null,
          schedule: '2026-02-10 00:00:00',
          happened: '2026-02-03 09:00:00',
        }),
        row({ unit: 86400, schedule: '2026-02-11 00:00:00', happened: '2026-02-04 09:00:00' }),
        row({
          unit: 7200,
          source: 'DOM',
          dom: true,
          schedule: '2026-02-11 02:00:00',
          happened: '2026-02-05 09:00:00',
        }),
        row({ type: 'SUB', unit: 3600, schedule: '2026-02-11 01:00:00', happened: '2026-02-06 09:00:00' }),
      ],
      null,
    )
    expect(summarizeTimeline(t)).toEqual({
      from: Date.UTC(2026, 1, 3, 9),
      to: Date.UTC(2026, 1, 6, 9),
      firstEnd: Date.UTC(2026, 1, 10),
      lastEnd: Date.UTC(2026, 1, 11, 1),
      adds: 2,
      subs: 1,
      addedSeconds: 86400 + 7200,
      removedSeconds: 3600,
      domCount: 1,
    })
    expect(summarizeTimeline({ steps: [], markers: [] })).toBeNull()
  })
})
