import { memo, useCallback, useMemo, useState } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Line,
  Scatter,
  Symbols,
  XAxis,
  YAxis,
  type ScatterPointItem,
} from 'recharts'
import type { HistoryItem } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { describeChange, formatAmount, formatLength, type Locale } from '../format'
import { formatDateTime } from '../../../shared/format'
import { useElementWidth } from '../hooks/useElementWidth'
import { useNow } from '../hooks/useNow'
import { fittedTimeTicks, TIME_LABEL_CHARS, timeTicks } from './axisTicks'
import { ChartFigure, type ChartTable } from './ChartFigure'
import { AXIS_LINE, AXIS_TITLE, GRID, LINE_COLOR, MUTED_COLOR, TICK, sourceStyle } from './chartTheme'
import { downsampleTimeline, type Marker, type MarkerBucket, type MarkerView } from './downsample'
import { groupMarkers, legendSources, UNKNOWN_SOURCE } from './markerGroups'
import { sourceWords } from '../../../shared/words'
import { LegendGlyph, MarkerGlyph } from './MarkerGlyph'
import { timelineSentence } from './summaries'
import { timeTickLabel } from './timeLabel'
import { extendSteps, summarizeTimeline, timelineFromHistory } from './timeline'

interface Props {
  items: readonly HistoryItem[]
  complete: boolean
  /** The session's end, or null while it runs (the line then reaches now). */
  until: number | null
  active: boolean
}

type Point = { x: number; y: number }

const HOUR = 3_600_000
const HEIGHT = 320
// Room on the right for half of the last tick's date.
const MARGIN = { top: 8, right: 44, bottom: 8, left: 8 }
const X_AXIS_HEIGHT = 44
const TOOLTIP_WIDTH = 240

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

/** A series' source in words; the series of rows without a source says so. */
const seriesWords = (source: string) => sourceWords(source === UNKNOWN_SOURCE ? null : source)

function bucketText(b: MarkerBucket): string {
  const net = `${b.netSeconds >= 0 ? '+' : '−'}${formatLength(Math.abs(b.netSeconds) * 1000)}`
  return `${b.count} changes (${b.adds} added, ${b.subs} removed${b.domCount ? `, ${b.domCount} by dom` : ''}): net ${net}`
}

/**
 * The marker under the pointer. recharts' own Tooltip is axis-bound in a composed chart, which
 * picks the wrong series when line and markers have their own data; this follows the marker.
 */
function MarkerTooltip({ hover, loc, width }: { hover: Hover; loc: Locale; width: number }) {
  const p = hover.point
  const text = isMarker(p) ? describeChange(p) : isBucket(p) ? bucketText(p) : 'Scheduled end'
  return (
    <div
      className="chart-tooltip"
      style={{
        left: hover.left + 12,
        top: hover.top + 12,
        // Near the right edge, open to the left of the marker so it stays in the card.
        transform: hover.left + TOOLTIP_WIDTH > width ? 'translateX(calc(-100% - 24px))' : undefined,
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

function markerTable(markers: MarkerView, loc: Locale): ChartTable {
  if (markers.kind === 'buckets')
    return {
      caption: 'Schedule changes, grouped',
      columns: [{ title: 'From' }, { title: 'To' }, { title: 'Changes' }, { title: 'Scheduled end after' }],
      rows: markers.buckets.map((b) => ({
        key: `${b.from}-${b.to}`,
        cells: [
          formatDateTime(b.from, loc),
          formatDateTime(b.to, loc),
          bucketText(b),
          formatDateTime(b.y, loc),
        ],
      })),
    }
  return {
    caption: 'Schedule changes',
    columns: [
      { title: 'When' },
      { title: 'Change', numeric: true },
      { title: 'Source' },
      { title: 'By dom' },
      { title: 'Scheduled end after' },
    ],
    rows: markers.markers.map((m, i) => ({
      key: `${m.x}-${i}`,
      cells: [
        formatDateTime(m.x, loc),
        formatAmount(m.type, m.seconds),
        m.source === null ? '—' : sourceWords(m.source),
        m.dom ? 'Yes' : 'No',
        formatDateTime(m.y, loc),
      ],
    })),
  }
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
  const { base, facts } = useMemo(() => {
    const t = timelineFromHistory(items, null)
    return { base: downsampleTimeline(t.steps, t.markers), facts: summarizeTimeline(t) }
  }, [items])
  const end = active ? now : until
  const steps = useMemo(() => extendSteps(base.steps, end), [base, end])
  const groups = useMemo(
    () => (base.markers.kind === 'each' ? groupMarkers(base.markers.markers) : []),
    [base],
  )
  const markers = base.markers

  // The chart is kept while only the hovered marker changes.
  const chart = useMemo(() => {
    if (width === null || width <= 0 || steps.length === 0) return null
    const xs = steps.map((s) => s.x)
    const ys = steps.map((s) => s.y)
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)]
    const pad = Math.max((Math.max(...ys) - Math.min(...ys)) * 0.05, HOUR)
    const [y0, y1] = [Math.min(...ys) - pad, Math.max(...ys) + pad]
    const y = timeTicks(y0, y1, loc.timeZone, Math.floor((HEIGHT - X_AXIS_HEIGHT) / 32))
    // Wide enough for the labels of the step chosen, plus the axis title.
    const yAxisWidth = TIME_LABEL_CHARS[y.unit] * 7 + 32
    const x = fittedTimeTicks(x0, x1, loc.timeZone, width - yAxisWidth - MARGIN.left - MARGIN.right)
    return (
      <ComposedChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          scale="time"
          domain={[x0, x1]}
          ticks={x.ticks}
          interval={0}
          tick={TICK}
          stroke={AXIS_LINE}
          tickFormatter={(v: number) => timeTickLabel(v, x.unit, loc)}
          height={X_AXIS_HEIGHT}
          label={{ value: 'When the change was made', position: 'insideBottom', ...AXIS_TITLE }}
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={[y0, y1]}
          ticks={y.ticks}
          interval={0}
          tick={TICK}
          stroke={AXIS_LINE}
          tickFormatter={(v: number) => timeTickLabel(v, y.unit, loc)}
          width={yAxisWidth}
          label={{ value: 'Scheduled end', angle: -90, position: 'insideLeft', ...AXIS_TITLE }}
        />
        <Line
          data={steps}
          dataKey="y"
          type="stepAfter"
          stroke={LINE_COLOR}
          strokeWidth={1.5}
          dot={false}
          // An active dot would be drawn over the hovered marker, taking the pointer off it.
          activeDot={false}
          isAnimationActive={false}
          name="Scheduled end"
        />
        {groups.map((g) => (
          <Scatter
            key={`${g.source}:${g.dom}`}
            data={g.data}
            name={`${seriesWords(g.source)}${g.dom ? ' by dom' : ''}`}
            fill={sourceStyle(g.source).color}
            shape={(props: { cx?: number | undefined; cy?: number | undefined }) =>
              props.cx === undefined || props.cy === undefined ? (
                <g />
              ) : (
                <MarkerGlyph cx={props.cx} cy={props.cy} style={sourceStyle(g.source)} dom={g.dom} />
              )
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
            fill={MUTED_COLOR}
            shape={(props: { cx?: number | undefined; cy?: number | undefined }) =>
              props.cx === undefined || props.cy === undefined ? (
                <g />
              ) : (
                <Symbols
                  cx={props.cx}
                  cy={props.cy}
                  type="circle"
                  size={110}
                  fill="var(--bg-raised)"
                  stroke={MUTED_COLOR}
                  strokeWidth={2}
                />
              )
            }
            isAnimationActive={false}
            onMouseEnter={onEnter}
            onMouseLeave={onLeave}
          />
        )}
      </ComposedChart>
    )
  }, [width, steps, groups, markers, loc, onEnter, onLeave])

  if (steps.length === 0 || facts === null) return <Empty>No schedule history for this session.</Empty>

  const markerCount = facts.adds + facts.subs
  const summary = timelineSentence(facts, loc)
  const sources = legendSources(groups)

  return (
    <ChartFigure
      caption={
        <>
          Scheduled end over time, {markerCount} change{markerCount === 1 ? '' : 's'}
          {markers.kind === 'buckets' && ' (grouped: too many to show one by one)'}
          {!complete && ' — the oldest rows were not loaded'}
        </>
      }
      summary={summary}
      table={markerTable(markers, loc)}
    >
      <div className="chart-area chart-hover" aria-hidden="true" ref={areaRef} style={{ minHeight: HEIGHT }}>
        {chart}
        {hover && width !== null && <MarkerTooltip hover={hover} loc={loc} width={width} />}
      </div>
      <ul className="chart-legend" aria-label="Legend">
        <li>
          <svg width={24} height={12} aria-hidden="true" focusable="false">
            <line x1={0} y1={6} x2={24} y2={6} stroke={LINE_COLOR} strokeWidth={1.5} />
          </svg>
          Scheduled end
        </li>
        {sources.map((s) => (
          <li key={s}>
            <LegendGlyph style={sourceStyle(s)} />
            {seriesWords(s)}
          </li>
        ))}
        {groups.some((g) => g.dom) && <li>★ by dom</li>}
        {markers.kind === 'buckets' && (
          <li>
            <svg width={24} height={24} aria-hidden="true" focusable="false">
              <Symbols
                cx={12}
                cy={12}
                type="circle"
                size={110}
                fill="none"
                stroke={MUTED_COLOR}
                strokeWidth={2}
              />
            </svg>
            Grouped changes
          </li>
        )}
      </ul>
    </ChartFigure>
  )
}

// The page re-renders when its tables fill in after the chart; the chart need not.
export default memo(HistoryTimelineChart)
