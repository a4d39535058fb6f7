import { memo, useMemo, useState } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import type { Session } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { formatLength } from '../format'
import { formatCalendarDate, formatDateTime, formatMonth } from '../../../shared/format'
import { useElementWidth } from '../hooks/useElementWidth'
import { useNow } from '../hooks/useNow'
import { useNavigate } from '../nav'
import { fittedTimeTicks, lengthTicks } from './axisTicks'
import { ChartFigure, type ChartTable } from './ChartFigure'
import { ACTIVE_COLOR, AXIS_LINE, AXIS_TITLE, BAR_COLOR, GRID, TICK, TOOLTIP_STYLE } from './chartTheme'
import { timeTickLabel } from './timeLabel'
import { durationsSentence } from './summaries'
import { autoGrouping, sessionSpans, summarizeSpans, totalsByPeriod, type Grouping } from './durations'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const HEIGHT = 300
// Room on the right for half of the last tick's date.
const MARGIN = { top: 8, right: 44, bottom: 8, left: 8 }
const Y_AXIS_WIDTH = 64
/** More bars than this are neither readable nor quick to draw: the latest ones are shown. */
const MAX_BARS = 300

const UNIT: Record<Grouping, string> = { session: 'sessions', week: 'weeks', month: 'months' }

interface Row {
  key: string
  /** Where the bar stands on the time axis: a session's start, a period's middle. */
  x: number
  ms: number
  label: string
  detail: string
  /** The table's last column: whether the session runs, or how many sessions the period has. */
  extra: string
  id?: number
  /** Per bar, so one series can colour the active session apart (no recharts Cell per bar). */
  fill?: string
  /** Written over the bar, so the running session is told apart by more than its colour. */
  note?: string
}

interface Props {
  sessions: readonly Session[]
  complete: boolean
  total: number
}

function SessionDurationsChart({ sessions, complete, total }: Props) {
  const loc = useLocale()
  const navigate = useNavigate()
  const ticking = useNow(60_000)
  const [drawn] = useState(Date.now)
  // Only a running session grows with the clock: without one, the spans are not worked out again.
  const now = sessions.some((s) => s.active) ? ticking : drawn
  const [chosen, setChosen] = useState<Grouping | null>(null)
  const [areaRef, areaWidth] = useElementWidth<HTMLDivElement>()
  const spans = useMemo(() => sessionSpans(sessions, now), [sessions, now])
  const summary = useMemo(() => summarizeSpans(spans), [spans])
  const auto = useMemo(() => autoGrouping(spans, loc.timeZone, MAX_BARS), [spans, loc.timeZone])
  const view = chosen ?? auto

  const allRows: Row[] = useMemo(() => {
    if (view === 'session') {
      return spans.map((s) => ({
        key: String(s.id),
        x: s.start,
        ms: s.durationMs,
        label: formatDateTime(s.start, loc),
        detail: formatLength(s.durationMs) + (s.active ? ' (active)' : ''),
        extra: s.active ? 'Running' : 'Ended',
        id: s.id,
        fill: s.active ? ACTIVE_COLOR : BAR_COLOR,
        ...(s.active ? { note: 'running' } : {}),
      }))
    }
    return totalsByPeriod(spans, view, loc.timeZone).map((p) => ({
      key: p.key,
      x: (p.start + p.end) / 2,
      ms: p.totalMs,
      label:
        view === 'month'
          ? formatMonth(p.key, loc.locale)
          : `Week of ${formatCalendarDate(p.key, loc.locale)}`,
      detail: `${formatLength(p.totalMs)} in ${p.count} session${p.count === 1 ? '' : 's'}`,
      extra: String(p.count),
    }))
  }, [spans, view, loc])
  const rows = allRows.length > MAX_BARS ? allRows.slice(allRows.length - MAX_BARS) : allRows

  if (spans.length === 0) return <Empty>No sessions to chart.</Empty>

  const busiest = rows.reduce<Row | null>((a, r) => (a === null || r.ms > a.ms ? r : a), null)
  const text = durationsSentence(
    {
      summary,
      from: spans[0]?.start ?? 0,
      to: spans.reduce((a, s) => Math.max(a, s.end), 0),
      busiest: view === 'session' ? null : busiest,
    },
    loc,
  )

  const caption =
    view === 'session'
      ? 'Session durations over time'
      : `Total locked time per ${view === 'week' ? 'week' : 'month'}`
  const table: ChartTable = {
    caption: view === 'session' ? 'Length of each session' : `Locked time per ${view}`,
    columns: [
      { title: view === 'session' ? 'Start' : view === 'week' ? 'Week' : 'Month' },
      { title: 'Locked' },
      view === 'session' ? { title: 'State' } : { title: 'Sessions', numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [r.label, formatLength(r.ms), r.extra],
    })),
  }

  const plotWidth = Math.max(1, (areaWidth ?? 0) - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH)
  const firstRow = rows[0]
  const lastRow = rows[rows.length - 1]
  // Periods fill their width; sessions get half a day of room either side.
  const half = view === 'session' ? DAY / 2 : view === 'week' ? 3.5 * DAY : 15.5 * DAY
  const from = (firstRow?.x ?? 0) - half
  const to = (lastRow?.x ?? 0) + half
  const x = fittedTimeTicks(from, to, loc.timeZone, plotWidth)
  const slot =
    view === 'session' ? plotWidth / Math.max(1, rows.length) : (plotWidth * 2 * half) / (to - from)
  const barSize = Math.max(1, Math.min(32, Math.floor(slot * 0.7)))
  const y = lengthTicks(Math.max(...rows.map((r) => r.ms)), Math.max(2, Math.floor(HEIGHT / 40)))
  const yUnit = y.unit === 'hour' ? HOUR : DAY
  const number = new Intl.NumberFormat(loc.locale, { maximumFractionDigits: 2 })

  return (
    <div className="chart-block">
      <dl className="facts facts-inline">
        <dt>Longest</dt>
        <dd>{summary.longest ? formatLength(summary.longest.durationMs) : '—'}</dd>
        <dt>Average</dt>
        <dd>{formatLength(summary.averageMs)}</dd>
        <dt>Total locked</dt>
        <dd>{formatLength(summary.totalMs)}</dd>
        <dt>Sessions</dt>
        <dd>{summary.count}</dd>
      </dl>
      <ChartFigure
        caption={
          <>
            {caption}
            {rows.length < allRows.length && `, the latest ${rows.length} of ${allRows.length} ${UNIT[view]}`}
            {!complete && ` (the first ${sessions.length} of ${total} sessions)`}
          </>
        }
        summary={text}
        table={table}
        toolbar={
          <div className="segmented" role="group" aria-label="Chart grouping">
            {(
              [
                ['session', 'Per session'],
                ['week', 'Per week'],
                ['month', 'Per month'],
              ] as const
            ).map(([v, label]) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setChosen(v)}>
                {label}
              </button>
            ))}
          </div>
        }
      >
        <div className="chart-area" aria-hidden="true" ref={areaRef}>
          {areaWidth !== null && areaWidth > 0 && (
            <BarChart
              width={areaWidth}
              height={HEIGHT}
              data={rows}
              margin={MARGIN}
              barSize={barSize}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="x"
                type="number"
                scale="time"
                domain={[from, to]}
                ticks={x.ticks}
                interval={0}
                tick={TICK}
                stroke={AXIS_LINE}
                tickFormatter={(v: number) => timeTickLabel(v, x.unit, loc)}
                height={44}
                label={{
                  value: view === 'session' ? 'Session start' : view === 'week' ? 'Week' : 'Month',
                  position: 'insideBottom',
                  ...AXIS_TITLE,
                }}
              />
              <YAxis
                dataKey="ms"
                type="number"
                ticks={y.ticks}
                domain={[0, y.ticks[y.ticks.length - 1] ?? 1]}
                interval={0}
                tick={TICK}
                stroke={AXIS_LINE}
                tickFormatter={(v: number) => number.format(v / yUnit)}
                width={Y_AXIS_WIDTH}
                label={{
                  value: y.unit === 'hour' ? 'Hours locked' : 'Days locked',
                  angle: -90,
                  position: 'insideLeft',
                  ...AXIS_TITLE,
                }}
              />
              <Tooltip
                {...TOOLTIP_STYLE}
                cursor={{ fill: 'var(--hover)' }}
                labelFormatter={(_label, payload) => (payload[0]?.payload as Row | undefined)?.label ?? ''}
                formatter={(_v, _n, item) => [(item.payload as Row).detail, 'Locked']}
              />
              <Bar
                dataKey="ms"
                name="Locked"
                fill={BAR_COLOR}
                isAnimationActive={false}
                onClick={(d) => {
                  const id = (d.payload as Row | undefined)?.id
                  if (id !== undefined) navigate({ page: 'session', sessionId: id })
                }}
                cursor={view === 'session' ? 'pointer' : undefined}
              >
                <LabelList dataKey="note" position="top" fill="var(--fg)" fontSize={12} />
              </Bar>
            </BarChart>
          )}
        </div>
      </ChartFigure>
    </div>
  )
}

// Paging the table re-renders the page; thousands of bars must not be redrawn for that.
export default memo(SessionDurationsChart)
