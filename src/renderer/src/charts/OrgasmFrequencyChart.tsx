import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { ORGASM_MODES, type Orgasm } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { formatMonth } from '../../../shared/format'
import { useElementWidth } from '../hooks/useElementWidth'
import { MODE_TEXT } from '../orgasmModes'
import { categoryTickInterval, countTicks } from './axisTicks'
import { ChartFigure, type ChartTable } from './ChartFigure'
import { AXIS_LINE, AXIS_TITLE, GRID, TICK, TOOLTIP_STYLE, modeFill } from './chartTheme'
import { frequencyByMonth, monthTotal, summarizeFrequency } from './orgasmFrequency'
import { frequencySentence } from './summaries'

interface Props {
  orgasms: readonly Orgasm[]
  complete: boolean
  total: number
}

const HEIGHT = 300
const MARGIN = { top: 8, right: 8, bottom: 8, left: 8 }
const Y_AXIS_WIDTH = 56
const LEGEND_WIDTH = 96

/** Stacks are drawn from the first mode up: the legend and tooltips list the top one first. */
const topFirst = (key: unknown) => -ORGASM_MODES.findIndex((m) => m === key)

export default function OrgasmFrequencyChart({ orgasms, complete, total }: Props) {
  const { locale } = useLocale()
  const [areaRef, width] = useElementWidth<HTMLDivElement>()
  const rows = useMemo(
    () =>
      frequencyByMonth(orgasms).map((r) => ({
        ...r,
        label: formatMonth(r.month, locale),
        total: monthTotal(r),
      })),
    [orgasms, locale],
  )
  const summary = useMemo(() => summarizeFrequency(rows), [rows])
  if (summary === null) return <Empty>Nothing to chart yet.</Empty>

  const months = rows.length
  const text = frequencySentence(summary, months, locale)
  const table: ChartTable = {
    caption: 'Orgasms per month and mode',
    columns: [
      { title: 'Month' },
      ...ORGASM_MODES.map((m) => ({ title: MODE_TEXT[m], numeric: true })),
      { title: 'Total', numeric: true },
    ],
    rows: rows.map((r) => ({ key: r.month, cells: [r.label, ...ORGASM_MODES.map((m) => r[m]), r.total] })),
  }
  const plotWidth = (width ?? 0) - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH - LEGEND_WIDTH
  const yTicks = countTicks(Math.max(...rows.map((r) => r.total)), Math.max(2, Math.floor(HEIGHT / 40)))

  return (
    <ChartFigure
      caption={
        <>
          Orgasms per month by mode
          {!complete && ` (the first ${orgasms.length} of ${total})`}
        </>
      }
      summary={text}
      table={table}
    >
      <div className="chart-area" aria-hidden="true" ref={areaRef}>
        {width !== null && width > 0 && (
          <BarChart width={width} height={HEIGHT} data={rows} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              tick={TICK}
              stroke={AXIS_LINE}
              height={44}
              // A fixed spacing: with minTickGap recharts measures every label in the page.
              interval={categoryTickInterval(months, plotWidth, 8)}
              label={{ value: 'Month', position: 'insideBottom', ...AXIS_TITLE }}
            />
            <YAxis
              tick={TICK}
              stroke={AXIS_LINE}
              width={Y_AXIS_WIDTH}
              ticks={yTicks}
              domain={[0, yTicks[yTicks.length - 1] ?? 1]}
              interval={0}
              allowDecimals={false}
              label={{ value: 'Orgasms', angle: -90, position: 'insideLeft', ...AXIS_TITLE }}
            />
            <Tooltip
              {...TOOLTIP_STYLE}
              cursor={{ fill: 'var(--hover)' }}
              itemSorter={(item) => topFirst(item.dataKey)}
            />
            <Legend
              layout="vertical"
              align="right"
              verticalAlign="middle"
              width={LEGEND_WIDTH}
              itemSorter={(item) => topFirst(item.dataKey)}
              wrapperStyle={{ paddingLeft: 12 }}
              // Names in the text colour: the series colours are made for shapes, not for reading.
              formatter={(value: string) => <span style={{ color: 'var(--fg)' }}>{value}</span>}
            />
            {ORGASM_MODES.map((m) => (
              <Bar
                key={m}
                dataKey={m}
                name={MODE_TEXT[m]}
                stackId="modes"
                fill={modeFill(m)}
                // A card-coloured edge keeps neighbouring segments apart whatever their colours.
                stroke="var(--bg-raised)"
                strokeWidth={1}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </div>
    </ChartFigure>
  )
}
