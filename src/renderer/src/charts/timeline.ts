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
