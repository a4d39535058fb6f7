import { memo, useMemo, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import type { Session } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { formatLength } from '../format'
import { formatDate, formatMonth, formatCalendarDate } from '../../../shared/format'
import { useElementWidth } from '../hooks/useElementWidth'
import { useNow } from '../hooks/useNow'
import { useNavigate } from '../nav'
import { categoryTickInterval } from './axisTicks'
import { AXIS, GRID, TOOLTIP_STYLE } from './chartTheme'
import { autoGrouping, sessionSpans, summarizeSpans, totalsByPeriod, type Grouping } from './durations'

const HOUR = 3_600_000
const HEIGHT = 260
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 }
const Y_AXIS_WIDTH = 48
/** More bars than this are neither readable nor quick to draw: the latest ones are shown. */
const MAX_BARS = 300

const UNIT: Record<Grouping, string> = { session: 'sessions', week: 'weeks', month: 'months' }

interface Row {
  label: string
  hours: number
  detail: string
  id?: number
  /** Per bar, so one series can colour the active session apart (no recharts Cell per bar). */
  fill?: string
}

interface Props {
  sessions: readonly Session[]
  complete: boolean
  total: number
}

function SessionDurationsChart({ sessions, complete, total }: Props) {
  const loc = useLocale()
  const navigate = useNavigate()
  const now = useNow(60_000)
  const [chosen, setChosen] = useState<Grouping | null>(null)
  const [areaRef, areaWidth] = useElementWidth<HTMLDivElement>()
  const spans = useMemo(() => sessionSpans(sessions, now), [sessions, now])
  const summary = useMemo(() => summarizeSpans(spans), [spans])
  const auto = useMemo(() => autoGrouping(spans, loc.timeZone, MAX_BARS), [spans, loc.timeZone])
  const view = chosen ?? auto

  const allRows: Row[] = useMemo(() => {
    if (view === 'session') {
      return spans.map((s) => ({
        label: formatDate(s.start, loc),
        hours: s.durationMs / HOUR,
        detail: formatLength(s.durationMs) + (s.active ? ' (active)' : ''),
        id: s.id,
        fill: s.active ? 'var(--c-active)' : 'var(--accent)',
      }))
    }
    return totalsByPeriod(spans, view, loc.timeZone).map((p) => ({
      // Weeks are labelled by their Monday; the tooltip says "Week of".
      label: view === 'month' ? formatMonth(p.period, loc.locale) : formatCalendarDate(p.period, loc.locale),
      hours: p.totalMs / HOUR,
      detail: `${formatLength(p.totalMs)} in ${p.count} session${p.count === 1 ? '' : 's'}`,
    }))
  }, [spans, view, loc])
  const rows = allRows.length > MAX_BARS ? allRows.slice(allRows.length - MAX_BARS) : allRows
  const longestLabel = useMemo(() => rows.reduce((n, r) => Math.max(n, r.label.length), 0), [rows])

  if (spans.length === 0) return <Empty>No sessions to chart.</Empty>

  const caption =
    view === 'session'
      ? 'Session durations over time'
      : `Total locked time per ${view === 'week' ? 'week' : 'month'}`

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
      <figure className="chart">
        <figcaption>
          {caption}
          {rows.length < allRows.length && `, the latest ${rows.length} of ${allRows.length} ${UNIT[view]}`}
          {!complete && ` (the first ${sessions.length} of ${total} sessions)`}
        </figcaption>
        <div className="chart-area" aria-hidden="true" ref={areaRef}>
          {areaWidth !== null && areaWidth > 0 && (
            <BarChart width={areaWidth} height={HEIGHT} data={rows} margin={MARGIN}>
              <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="label"
                tick={AXIS}
                stroke={AXIS.stroke}
                // A fixed spacing: with minTickGap recharts measures every label in the page.
                interval={categoryTickInterval(
                  rows.length,
                  areaWidth - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH,
                  longestLabel,
                )}
              />
              <YAxis
                tick={AXIS}
                stroke={AXIS.stroke}
                tickFormatter={(h: number) => (h >= 48 ? `${Math.round(h / 24)}d` : `${Math.round(h)}h`)}
                width={Y_AXIS_WIDTH}
              />
              <Tooltip
                {...TOOLTIP_STYLE}
                cursor={{ fill: 'var(--hover)' }}
                labelFormatter={(label) => {
                  const text = typeof label === 'string' || typeof label === 'number' ? String(label) : ''
                  return view === 'week' ? `Week of ${text}` : text
                }}
                formatter={(_v, _n, item) => [(item.payload as Row).detail, 'Locked']}
              />
              <Bar
                dataKey="hours"
                name="Locked"
                fill="var(--accent)"
                isAnimationActive={false}
                onClick={(d) => {
                  const id = (d.payload as Row | undefined)?.id
                  if (id !== undefined) navigate({ page: 'session', sessionId: id })
                }}
                cursor={view === 'session' ? 'pointer' : undefined}
              />
            </BarChart>
          )}
        </div>
      </figure>
    </div>
  )
}

// Paging the table re-renders the page; thousands of bars must not be redrawn for that.
export default memo(SessionDurationsChart)
