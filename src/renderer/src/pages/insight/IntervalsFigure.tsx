import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, pattern, patterns } from 'recharts'
import type { OrgasmIntervals } from '../../../../shared/insight/orgasm-intervals'
import { summarizeOrgasmIntervals } from '../../../../shared/insight/summary'
import { countTicks } from '../../charts/axisTicks'
import { ChartFigure, type ChartTable } from '../../charts/ChartFigure'
import { AXIS_LINE, AXIS_TITLE, GRID, TICK, TOOLTIP_STYLE } from '../../charts/chartTheme'
import { Empty } from '../../components/Status'
import { useLocale } from '../../context'
import { useElementWidth } from '../../hooks/useElementWidth'
import { insightWords } from './words'

const ROW_HEIGHT = 34
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 }
const LABEL_WIDTH = 80
const AXIS_HEIGHT = 44
const LEGEND_HEIGHT = 32

const LOWER = 'var(--chart-green)'
// The upper half is told apart by its place after the median, its legend name and a hatching.
const UPPER = {
  color: 'var(--chart-purple)',
  definition: pattern({ ...patterns.horizontal, color: 'var(--bg-raised)', opacity: 0.7 }),
}

/**
 * The days between orgasms, for all kinds together and each kind: a bar from the shortest to
 * the longest gap, split at the median, with its summary and table.
 */
export function IntervalsFigure({ intervals }: { intervals: OrgasmIntervals }) {
  const { locale } = useLocale()
  const [areaRef, width] = useElementWidth<HTMLDivElement>()
  const words = useMemo(() => insightWords(locale), [locale])
  const all = intervals.groups[0]
  if (all === undefined || all.orgasms === 0) return <Empty>No orgasms logged yet.</Empty>

  const number = (n: number | null) =>
    n === null ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 1 })
  const table: ChartTable = {
    caption: 'Days between orgasms, by kind',
    columns: [
      { title: 'Kind' },
      { title: 'Orgasms', numeric: true },
      { title: 'Usually (median)', numeric: true },
      { title: 'Shortest', numeric: true },
      { title: 'Longest', numeric: true },
    ],
    rows: intervals.groups.map((g) => ({
      key: g.mode ?? 'all',
      cells: [
        words.mode(g.mode),
        g.orgasms.toLocaleString(locale),
        number(g.medianDays),
        number(g.shortestDays),
        number(g.longestDays),
      ],
    })),
  }
  const rows = intervals.groups.flatMap((g) =>
    g.medianDays === null || g.shortestDays === null || g.longestDays === null
      ? []
      : [
          {
            label: words.mode(g.mode),
            base: g.shortestDays,
            lower: g.medianDays - g.shortestDays,
            upper: g.longestDays - g.medianDays,
          },
        ],
  )
  const longest = Math.max(0, ...intervals.groups.map((g) => g.longestDays ?? 0))
  const ticks = countTicks(Math.max(1, longest), 6)
  const height = rows.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + AXIS_HEIGHT + LEGEND_HEIGHT

  return (
    <ChartFigure
      caption="Days between orgasms: shortest, usual and longest"
      summary={summarizeOrgasmIntervals(intervals, words)}
      table={table}
    >
      {rows.length === 0 ? (
        <Empty>Only one orgasm logged: no time between orgasms yet.</Empty>
      ) : (
        <div className="chart-area" aria-hidden="true" ref={areaRef}>
          {width !== null && width > 0 && (
            <BarChart
              width={width}
              height={height}
              data={rows}
              layout="vertical"
              margin={MARGIN}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={GRID} strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                domain={[0, ticks[ticks.length - 1] ?? 1]}
                ticks={ticks}
                interval={0}
                allowDecimals={false}
                tick={TICK}
                stroke={AXIS_LINE}
                height={AXIS_HEIGHT}
                label={{ value: 'Days between orgasms', position: 'insideBottom', ...AXIS_TITLE }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={LABEL_WIDTH}
                tick={TICK}
                stroke={AXIS_LINE}
                interval={0}
              />
              <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} />
              <Legend
                verticalAlign="top"
                height={LEGEND_HEIGHT}
                formatter={(value: string) => <span style={{ color: 'var(--fg)' }}>{value}</span>}
              />
              <Bar
                dataKey="base"
                stackId="range"
                fill="transparent"
                legendType="none"
                tooltipType="none"
                isAnimationActive={false}
              />
              <Bar
                dataKey="lower"
                name="Shortest to usual"
                stackId="range"
                fill={LOWER}
                stroke="var(--bg-raised)"
                isAnimationActive={false}
              />
              <Bar
                dataKey="upper"
                name="Usual to longest"
                stackId="range"
                fill={UPPER}
                stroke="var(--bg-raised)"
                isAnimationActive={false}
              />
            </BarChart>
          )}
        </div>
      )}
    </ChartFigure>
  )
}
