import { memo, useCallback, useMemo, useState } from 'react'
import { CartesianGrid, ComposedChart, Line, Scatter, XAxis, YAxis, type ScatterPointItem } from 'recharts'
import type { HistoryItem } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { describeChange, formatLength, type Locale } from '../format'
import { formatDate, formatDateTime } from '../../../shared/format'
import { useElementWidth } from '../hooks/useElementWidth'
import { useNow } from '../hooks/useNow'
import { AXIS, GRID, sourceColor } from './chartTheme'
import { downsampleTimeline, type Marker, type MarkerBucket } from './downsample'
import { extendSteps, timelineFromHistory } from './timeline'

interface Props {
  items: readonly HistoryItem[]
  complete: boolean
  /** The session's end, or null while it runs (the line then reaches now). */
  until: number | null
  active: boolean
}

type Point = { x: number; y: number }

const HEIGHT = 300

function isMarker(p: object): p is Marker {
  return 'type' in p && 'seconds' in p
}
function isBucket(p: object): p is MarkerBucket {
  return 'count' in p && 'netSeconds' in p
}

interface Hover {
  point: Point
  left: number
  top: number
}

function isPoint(p: unknown): p is Point {
  return typeof p === 'object' && p !== null && 'x' in p && 'y' in p
}

/**
 * The marker under the pointer. recharts' own Tooltip is axis-bound in a composed chart, which
 * picks the wrong series when line and markers have their own data; this follows the marker.
 */
function MarkerTooltip({ hover, loc }: { hover: Hover; loc: Locale }) {
  const p = hover.point
  let text: string
  if (isMarker(p)) text = describeChange(p)
  else if (isBucket(p))
    text = `${p.count} changes (${p.adds} added, ${p.subs} removed${p.domCount ? `, ${p.domCount} by dom` : ''}): net ${
      p.netSeconds >= 0 ? '+' : '−'
    }${formatLength(Math.abs(p.netSeconds) * 1000)}`
  else text = 'Scheduled end'
  return (
    <div
      className="chart-tooltip"
      style={{
        left: hover.left + 12,
        top: hover.top + 12,
        // Near the right edge, open to the left of the marker.
        transform: hover.left > 560 ? 'translateX(calc(-100% - 24px))' : undefined,
      }}
    >
      <p>
        <strong>{text}</strong>
      </p>
      <p>When: {formatDateTime(p.x, loc)}</p>
      <p>Scheduled end: {formatDateTime(p.y, loc)}</p>
    </div>
  )
}

/** Dom actions are drawn as stars, so they stand out whatever their source colour. */
function DomStar({
  cx,
  cy,
  fill,
}: {
  cx?: number | undefined
  cy?: number | undefined
  fill?: string | undefined
}) {
  if (cx === undefined || cy === undefined) return null
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 8 : 3.5
    const a = (Math.PI / 5) * i - Math.PI / 2
    points.push(`${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`)
  }
  return <polygon points={points.join(' ')} fill={fill} stroke="var(--fg)" strokeWidth={1} />
}

/** Groups markers by source and dom, each drawn as its own coloured series. */

function groupMarkers(markers: readonly Marker[]) {
  const groups = new Map<string, { source: string; dom: boolean; data: Marker[] }>()
  for (const m of markers) {
    const source = m.source ?? 'UNKNOWN'
    const key = `${source}:${m.dom}`
    const g = groups.get(key) ?? { source, dom: m.dom, data: [] }
    g.data.push(m)
    groups.set(key, g)
  }
  return [...groups.values()]
}

function HistoryTimelineChart({ items, complete, until, active }: Props) {
  const loc = useLocale()
  const now = useNow(60_000)
  const [hover, setHover] = useState<Hover | null>(null)
  // Measured before the first paint, so the chart is drawn in the same frame as the page.
  const [areaRef, width] = useElementWidth<HTMLDivElement>()
  const onEnter = useCallback((item: ScatterPointItem) => {
    if (isPoint(item.payload) && item.cx !== undefined && item.cy !== undefined)
      setHover({ point: item.payload, left: item.cx, top: item.cy })
  }, [])
  const onLeave = useCallback(() => setHover(null), [])
  // Reading and thinning 20,000 rows happens once per answer; the clock only moves the line's end.
  const base = useMemo(() => {
    const t = timelineFromHistory(items, null)
    return downsampleTimeline(t.steps, t.markers)
  }, [items])
  const end = active ? now : until
  const steps = useMemo(() => extendSteps(base.steps, end), [base, end])
  const groups = useMemo(
    () => (base.markers.kind === 'each' ? groupMarkers(base.markers.markers) : []),
    [base],
  )
  const markers = base.markers

  // The chart is kept while only the hovered marker changes.
  const chart = useMemo(
    () =>
      width !== null &&
      width > 0 && (
        <ComposedChart width={width} height={HEIGHT} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tick={AXIS}
            stroke={AXIS.stroke}
            tickFormatter={(v: number) => formatDate(v, loc)}
            minTickGap={24}
          />
          <YAxis
            dataKey="y"
            type="number"
            domain={['auto', 'auto']}
            tick={AXIS}
            stroke={AXIS.stroke}
            tickFormatter={(v: number) => formatDate(v, loc)}
            width={96}
          />
          <Line
            data={steps}
            dataKey="y"
            type="stepAfter"
            stroke="var(--accent)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            name="Scheduled end"
          />
          {groups.map((g) => (
            <Scatter
              key={`${g.source}:${g.dom}`}
              data={g.data}
              name={`${g.source}${g.dom ? ' by dom' : ''}`}
              fill={sourceColor(g.source)}
              shape={
                g.dom
                  ? (props: { cx?: number | undefined; cy?: number | undefined }) => (
                      <DomStar cx={props.cx} cy={props.cy} fill={sourceColor(g.source)} />
                    )
                  : 'circle'
              }
              isAnimationActive={false}
              onMouseEnter={onEnter}
              onMouseLeave={onLeave}
            />
          ))}
          {markers.kind === 'buckets' && (
            <Scatter
              data={markers.buckets}
              name="Grouped changes"
              fill="var(--c-muted)"
              shape="square"
              isAnimationActive={false}
              onMouseEnter={onEnter}
              onMouseLeave={onLeave}
            />
          )}
        </ComposedChart>
      ),
    [width, steps, groups, markers, loc, onEnter, onLeave],
  )

  if (steps.length === 0) return <Empty>No schedule history for this session.</Empty>

  const sources = [...new Set(groups.map((g) => g.source))]
  const markerCount =
    markers.kind === 'each' ? markers.markers.length : markers.buckets.reduce((a, b) => a + b.count, 0)

  return (
    <figure className="chart">
      <figcaption>
        Scheduled end over time, {markerCount} change{markerCount === 1 ? '' : 's'}
        {markers.kind === 'buckets' && ' (grouped: too many to show one by one)'}
        {!complete && ' — the oldest rows were not loaded'}
      </figcaption>
      <div className="chart-area chart-hover" aria-hidden="true" ref={areaRef} style={{ minHeight: HEIGHT }}>
        {chart}
        {hover && <MarkerTooltip hover={hover} loc={loc} />}
      </div>
      {sources.length > 0 && (
        <ul className="legend" aria-label="Legend">
          {sources.map((s) => (
            <li key={s}>
              <span className="swatch" style={{ background: sourceColor(s) }} />
              {s}
            </li>
          ))}
          {groups.some((g) => g.dom) && <li>★ by dom</li>}
        </ul>
      )}
    </figure>
  )
}

// The page re-renders when its tables fill in after the chart; the chart need not.
export default memo(HistoryTimelineChart)
