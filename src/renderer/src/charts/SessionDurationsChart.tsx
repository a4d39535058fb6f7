import { memo, useMemo, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Session } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { formatDate, formatDuration, formatMonth, formatCalendarDate } from '../format'
import { useNow } from '../hooks/useNow'
import { useNavigate } from '../nav'
import { AXIS, GRID, TOOLTIP_STYLE } from './chartTheme'
import { sessionSpans, summarizeSpans, totalsByPeriod } from './durations'

type View = 'session' | 'week' | 'month'
const HOUR = 3_600_000

interface Row {
  label: string
  hours: number
  detail: string
  id?: number
  active?: boolean
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
  const [view, setView] = useState<View>('session')
  const spans = useMemo(() => sessionSpans(sessions, now), [sessions, now])
  const summary = summarizeSpans(spans)

  const rows: Row[] = useMemo(() => {
    if (view === 'session') {
      return spans.map((s) => ({
        label: formatDate(s.start, loc),
        hours: s.durationMs / HOUR,
        detail: formatDuration(s.durationMs) + (s.active ? ' (active)' : ''),
        id: s.id,
        active: s.active,
      }))
    }
    return totalsByPeriod(spans, view, loc.timeZone).map((p) => ({
      label:
        view === 'month'
          ? formatMonth(p.period, loc.locale)
          : `Week of ${formatCalendarDate(p.period, loc.locale)}`,
      hours: p.totalMs / HOUR,
      detail: `${formatDuration(p.totalMs)} in ${p.count} session${p.count === 1 ? '' : 's'}`,
    }))
  }, [spans, view, loc])

  if (spans.length === 0) return <Empty>No sessions to chart.</Empty>

  const caption =
    view === 'session'
      ? 'Session durations over time'
      : `Total locked time per ${view === 'week' ? 'week' : 'month'}`

  return (
    <div className="chart-block">
      <dl className="facts facts-inline">
        <dt>Longest</dt>
        <dd>{summary.longest ? formatDuration(summary.longest.durationMs) : '—'}</dd>
        <dt>Average</dt>
        <dd>{formatDuration(summary.averageMs)}</dd>
        <dt>Total locked</dt>
        <dd>{formatDuration(summary.totalMs)}</dd>
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
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {label}
          </button>
        ))}
      </div>
      <figure className="chart">
        <figcaption>
          {caption}
          {!complete && ` (the first ${sessions.length} of ${total} sessions)`}
        </figcaption>
        <div className="chart-area" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS} stroke={AXIS.stroke} minTickGap={16} />
              <YAxis
                tick={AXIS}
                stroke={AXIS.stroke}
                tickFormatter={(h: number) => (h >= 48 ? `${Math.round(h / 24)}d` : `${Math.round(h)}h`)}
                width={48}
              />
              <Tooltip
                {...TOOLTIP_STYLE}
                cursor={{ fill: 'var(--hover)' }}
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
              >
                {rows.map((r, i) => (
                  <Cell key={i} fill={r.active ? 'var(--c-active)' : 'var(--accent)'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  )
}

// Paging the table re-renders the page; thousands of bars must not be redrawn for that.
export default memo(SessionDurationsChart)
