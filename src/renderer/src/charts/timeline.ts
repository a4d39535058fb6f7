/** A session's history rows as a step series of its scheduled end, plus one marker per change. */
import type { HistoryItem } from '../../../shared/api/schemas'
import { parseUtc } from '../../../shared/api/time'
import type { Marker, StepPoint } from './downsample'

export interface Timeline {
  steps: StepPoint[]
  markers: Marker[]
}

/**
 * Rows in any order; rows whose dates cannot be read are left out. `until` (the session's end,
 * or now) extends the last level so the line reaches the present.
 */
export function timelineFromHistory(items: readonly HistoryItem[], until: number | null): Timeline {
  const rows = items
    .map((item) => ({ item, x: parseUtc(item.happened), y: parseUtc(item.schedule) }))
    .filter((r): r is { item: HistoryItem; x: number; y: number } => r.x !== null && r.y !== null)
    .sort((a, b) => a.x - b.x || a.y - b.y)
  const steps: StepPoint[] = rows.map((r) => ({ x: r.x, y: r.y }))
  const markers: Marker[] = []
  for (const { item, x, y } of rows) {
    if (item.type === 'START') continue
    markers.push({ x, y, type: item.type, seconds: item.unit ?? 0, source: item.source, dom: item.dom })
  }
  return { steps: extendSteps(steps, until), markers }
}

/** The steps with their last level drawn on to `until` (the session's end, or now) when that is later. */
export function extendSteps(steps: readonly StepPoint[], until: number | null): StepPoint[] {
  const last = steps[steps.length - 1]
  if (last && until !== null && until > last.x) return [...steps, { x: until, y: last.y }]
  return [...steps]
}

export interface TimelineSummary {
  from: number
  to: number
  /** The scheduled end at the start and at the last change. */
  firstEnd: number
  lastEnd: number
  adds: number
  subs: number
  addedSeconds: number
  removedSeconds: number
  domCount: number
}

/** The key facts of a timeline (its steps sorted by time); null when it has no steps. */
export function summarizeTimeline(timeline: Timeline): TimelineSummary | null {
  const first = timeline.steps[0]
  const last = timeline.steps[timeline.steps.length - 1]
  if (first === undefined || last === undefined) return null
  const out = { from: first.x, to: last.x, firstEnd: first.y, lastEnd: last.y, adds: 0, subs: 0 }
  let addedSeconds = 0
  let removedSeconds = 0
  let domCount = 0
  for (const m of timeline.markers) {
    if (m.type === 'ADD') {
      out.adds++
      addedSeconds += m.seconds
    } else {
      out.subs++
      removedSeconds += m.seconds
    }
    if (m.dom) domCount++
  }
  return { ...out, addedSeconds, removedSeconds, domCount }
}
