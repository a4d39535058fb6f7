import { useMemo } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  pattern,
  patterns,
} from 'recharts'
import type { SourceBreakdown } from '../../../../shared/insight/sources'
import { summarizeSources } from '../../../../shared/insight/summary'
import { formatDuration, formatSignedDuration } from '../../../../shared/format'
import { countTicks } from '../../charts/axisTicks'
import { ChartFigure, type ChartTable } from '../../charts/ChartFigure'
import { AXIS_LINE, AXIS_TITLE, GRID, TICK, TOOLTIP_STYLE } from '../../charts/chartTheme'
import { useLocale } from '../../context'
import { useElementWidth } from '../../hooks/useElementWidth'
import { sourceBars } from './sourceBars'
import { insightWords } from './words'
import './insight.css'

const ROW_HEIGHT = 34
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 }
const LABEL_WIDTH = 96
const AXIS_HEIGHT = 44
const LEGEND_HEIGHT = 32

const ADDED = 'var(--chart-blue)'
// Removed time is told apart by its side of zero, its name in the legend and a hatching.
const REMOVED = {
  color: 'var(--chart-vermillion)',
  definition: pattern({ ...patterns.diagonal, color: 'var(--bg-raised)', opacity: 0.7 }),
}

const length = (seconds: number) => formatDuration(seconds * 1000, { smallest: 'minute', maxUnits: 2 })
const noTime = (seconds: number) => (seconds === 0 ? '—' : length(seconds))

interface Props {
  breakdown: SourceBreakdown
  /** The figure's title line. */
  caption: string
}

/** Time added and removed per source: a diverging bar chart, its summary and its table. */
export function SourcesFigure({ breakdown, caption }: Props) {
  const { locale } = useLocale()
  const [areaRef, width] = useElementWidth<HTMLDivElement>()
  const words = useMemo(() => insightWords(locale), [locale])
  const { unit, bars, extent } = useMemo(
    () => sourceBars(breakdown.sources, words.source),
    [breakdown.sources, words],
  )
  const table: ChartTable = {
    caption: `${caption}, per source`,
    columns: [
      { title: 'Source' },
      { title: 'Added', numeric: true },
      { title: 'Removed', numeric: true },
      { title: 'Net', numeric: true },
      { title: 'Changes', numeric: true },
    ],
    rows: [
      ...breakdown.sources.map((s) => ({
        key: s.source ?? 'none',
        cells: [
          words.source(s.source),
          noTime(s.addedSeconds),
          noTime(s.removedSeconds),
          s.netSeconds === 0 ? '—' : formatSignedDuration(s.netSeconds * 1000),
          s.changes.toLocaleString(locale),
        ],
      })),
      {
        key: 'total',
        cells: [
          'All sources',
          noTime(breakdown.addedSeconds),
          noTime(breakdown.removedSeconds),
          breakdown.netSeconds === 0 ? '—' : formatSignedDuration(breakdown.netSeconds * 1000),
          breakdown.changes.toLocaleString(locale),
        ],
      },
    ],
  }
  const units = unit === 'day' ? 'Days' : 'Hours'
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  // Ticks mirrored about zero, so both sides read alike.
  const right = countTicks(extent, 4)
  const ticks = [
    ...right
      .slice(1)
      .map((t) => -t)
      .reverse(),
    ...right,
  ]
  const edge = right[right.length - 1] ?? extent
  const height = bars.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + AXIS_HEIGHT + LEGEND_HEIGHT

  return (
    <ChartFigure caption={caption} summary={summarizeSources(breakdown, words)} table={table}>
      <div className="chart-area" aria-hidden="true" ref={areaRef}>
        {width !== null && width > 0 && (
          <BarChart
            width={width}
            height={height}
            data={bars}
            layout="vertical"
            stackOffset="sign"
            margin={MARGIN}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[-edge, edge]}
              ticks={ticks}
              interval={0}
              tick={TICK}
              stroke={AXIS_LINE}
              height={AXIS_HEIGHT}
              // Both sides count up from zero: removed time is not negative time.
              tickFormatter={(v: number) => number.format(Math.abs(v))}
              label={{
                value: `${units} removed ← | → ${units.toLowerCase()} added`,
                position: 'insideBottom',
                ...AXIS_TITLE,
              }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={LABEL_WIDTH}
              tick={TICK}
              stroke={AXIS_LINE}
              interval={0}
            />
            <ReferenceLine x={0} stroke="var(--fg)" />
            <Tooltip
              {...TOOLTIP_STYLE}
              cursor={{ fill: 'var(--hover)' }}
              formatter={(value) =>
                typeof value === 'number' ? `${number.format(Math.abs(value))} ${units.toLowerCase()}` : value
              }
            />
            <Legend
              verticalAlign="top"
              height={LEGEND_HEIGHT}
              formatter={(value: string) => <span style={{ color: 'var(--fg)' }}>{value}</span>}
            />
            <Bar
              dataKey="removed"
              name="Removed"
              stackId="time"
              fill={REMOVED}
              stroke="var(--bg-raised)"
              isAnimationActive={false}
            />
            <Bar
              dataKey="added"
              name="Added"
              stackId="time"
              fill={ADDED}
              stroke="var(--bg-raised)"
              isAnimationActive={false}
            />
          </BarChart>
        )}
      </div>
    </ChartFigure>
  )
}
