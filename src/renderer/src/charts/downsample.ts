/**
 * Thinning long time series for drawing. A step series keeps its shape: per x-bucket the first,
 * lowest, highest and last points survive, so every level the line reaches is still drawn.
 * Markers stay one per change while few; beyond that they are summed per bucket.
 */

export interface StepPoint {
  x: number
  y: number
}

export interface Marker {
  x: number
  y: number
  type: 'ADD' | 'SUB'
  seconds: number
  source: string | null
  dom: boolean
}

export interface MarkerBucket {
  /** x of the bucket's last change, y the schedule after it: the point sits on the step line. */
  x: number
  y: number
  from: number
  to: number
  count: number
  adds: number
  subs: number
  domCount: number
  /** Sum of ADD seconds minus SUB seconds. */
  netSeconds: number
  bySource: Record<string, number>
}

function bucketIndex(x: number, min: number, width: number, buckets: number): number {
  if (width <= 0) return 0
  return Math.min(buckets - 1, Math.floor((x - min) / width))
}

/**
 * At most `maxPoints` points (points sorted by x). Returns the input unchanged when it is short.
 */
export function downsampleSteps(points: readonly StepPoint[], maxPoints: number): StepPoint[] {
  if (points.length <= maxPoints || maxPoints < 4) return [...points]
  const buckets = Math.floor(maxPoints / 4)
  const first = points[0] as StepPoint
  const last = points[points.length - 1] as StepPoint
  const width = (last.x - first.x) / buckets
  const out: StepPoint[] = []
  let start = 0
  while (start < points.length) {
    const b = bucketIndex((points[start] as StepPoint).x, first.x, width, buckets)
    let end = start
    let lo = start
    let hi = start
    while (
      end + 1 < points.length &&
      bucketIndex((points[end + 1] as StepPoint).x, first.x, width, buckets) === b
    ) {
      end++
      if ((points[end] as StepPoint).y < (points[lo] as StepPoint).y) lo = end
      if ((points[end] as StepPoint).y > (points[hi] as StepPoint).y) hi = end
    }
    for (const i of [...new Set([start, lo, hi, end])].sort((a, c) => a - c)) out.push(points[i] as StepPoint)
    start = end + 1
  }
  return out
}

export type MarkerView = { kind: 'each'; markers: Marker[] } | { kind: 'buckets'; buckets: MarkerBucket[] }

/** Every marker when at most `maxMarkers`, else one summary per x-bucket (markers sorted by x). */
export function aggregateMarkers(
  markers: readonly Marker[],
  maxMarkers: number,
  buckets: number,
): MarkerView {
  if (markers.length <= maxMarkers) return { kind: 'each', markers: [...markers] }
  const first = markers[0] as Marker
  const last = markers[markers.length - 1] as Marker
  const n = Math.max(1, Math.min(buckets, maxMarkers))
  const width = (last.x - first.x) / n
  const out: MarkerBucket[] = []
  let current: MarkerBucket | null = null
  let currentIndex = -1
  for (const m of markers) {
    const b = bucketIndex(m.x, first.x, width, n)
    if (current === null || b !== currentIndex) {
      current = {
        x: m.x,
        y: m.y,
        from: m.x,
        to: m.x,
        count: 0,
        adds: 0,
        subs: 0,
        domCount: 0,
        netSeconds: 0,
        bySource: {},
      }
      currentIndex = b
      out.push(current)
    }
    current.x = m.x
    current.y = m.y
    current.to = m.x
    current.count++
    if (m.type === 'ADD') current.adds++
    else current.subs++
    if (m.dom) current.domCount++
    current.netSeconds += m.type === 'ADD' ? m.seconds : -m.seconds
    const key = m.source ?? 'UNKNOWN'
    current.bySource[key] = (current.bySource[key] ?? 0) + 1
  }
  return { kind: 'buckets', buckets: out }
}

export interface TimelineView {
  steps: StepPoint[]
  markers: MarkerView
}

export const TIMELINE_LIMITS = { maxPoints: 1000, maxMarkers: 300, markerBuckets: 150 }

export function downsampleTimeline(
  steps: readonly StepPoint[],
  markers: readonly Marker[],
  limits = TIMELINE_LIMITS,
): TimelineView {
  return {
    steps: downsampleSteps(steps, limits.maxPoints),
    markers: aggregateMarkers(markers, limits.maxMarkers, limits.markerBuckets),
  }
}
