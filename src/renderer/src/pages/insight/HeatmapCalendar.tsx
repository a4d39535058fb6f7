import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Heatmap } from '../../../../shared/insight/heatmap'
import { summarizeHeatmap } from '../../../../shared/insight/summary'
import { formatCalendarDate, formatMonth } from '../../../../shared/format'
import { ChartFigure, type ChartTable } from '../../charts/ChartFigure'
import { useLocale } from '../../context'
import {
  STEP_HOURS,
  columnCount,
  hoursOf,
  indexAt,
  leadOf,
  lockedWords,
  monthStarts,
  monthTotals,
  moveFrom,
  stepOf,
} from './calendarGrid'
import { insightWords } from './words'
import './insight.css'

/** 1 January 2024 was a Monday: the rows' names are taken from that week. */
const A_MONDAY = Date.UTC(2024, 0, 1)
const DAY_MS = 86_400_000
/** A month's name is written only where it has room before the next one. */
const LABEL_COLUMNS = 3

const STEP_NAMES = [
  'Not locked',
  `Under ${STEP_HOURS[0]} hours`,
  `${STEP_HOURS[0]} to ${STEP_HOURS[1]} hours`,
  `${STEP_HOURS[1]} to ${STEP_HOURS[2]} hours`,
  `${STEP_HOURS[2]} hours or more`,
]

/**
 * The last year's locked hours as a calendar: weeks are columns, weekdays rows. One tab stop
 * leads into the grid (the focused day, today at first); the arrow keys move by a day (up, down)
 * or a week (left, right), and the day in focus is written out below the grid.
 */
export function HeatmapCalendar({ heatmap }: { heatmap: Heatmap }) {
  const { locale } = useLocale()
  const { days } = heatmap
  const [active, setActive] = useState(days.length - 1)
  const cells = useRef<(HTMLTableCellElement | null)[]>([])
  const scroller = useRef<HTMLDivElement>(null)
  const lead = leadOf(days)
  const columns = columnCount(days.length, lead)

  const format = useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
    return {
      day: (date: string) => day.format(Date.parse(`${date}T00:00:00Z`)),
      // Short, to fit above a few weeks; the figure's caption gives the years.
      month: (yearMonth: string) => month.format(Date.parse(`${yearMonth}-01T00:00:00Z`)),
      weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(A_MONDAY + i * DAY_MS)),
    }
  }, [locale])

  // A grid wider than the card keeps the day in focus (today at first) in view, also when the
  // window is resized; it scrolls sideways only, never the page.
  const activeRef = useRef(active)
  activeRef.current = active
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const reveal = () => {
      const cell = cells.current[activeRef.current]
      if (!cell) return
      const box = el.getBoundingClientRect()
      const at = cell.getBoundingClientRect()
      if (at.right > box.right) el.scrollLeft += at.right - box.right
      else if (at.left < box.left) el.scrollLeft -= box.left - at.left
    }
    reveal()
    const observer = new ResizeObserver(reveal)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  const labels = useMemo(() => {
    const starts = monthStarts(days)
    const byColumn = new Map<number, string>()
    starts.forEach((s, i) => {
      const next = starts[i + 1]
      if (next === undefined || next.column - s.column >= LABEL_COLUMNS)
        byColumn.set(s.column, format.month(s.month))
    })
    return byColumn
  }, [days, format])

  const dayName = (i: number) => {
    const d = days[i]
    return d === undefined ? '' : `${format.day(d.date)}: ${lockedWords(d.lockedSeconds, locale)}`
  }

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const next = moveFrom(active, e.key, days.length)
    if (next === null) return
    e.preventDefault()
    setActive(next)
    cells.current[next]?.focus()
  }

  const months = monthTotals(days)
  const table: ChartTable = {
    caption: 'Locked time per month',
    columns: [
      { title: 'Month' },
      { title: 'Days locked', numeric: true },
      { title: 'Hours locked', numeric: true },
    ],
    rows: months.map((m) => ({
      key: m.month,
      cells: [
        formatMonth(m.month, locale),
        m.lockedDays.toLocaleString(locale),
        hoursOf(m.lockedSeconds, locale),
      ],
    })),
  }

  return (
    <ChartFigure
      caption={`Locked hours per day, ${formatCalendarDate(heatmap.from, locale)} to ${formatCalendarDate(heatmap.to, locale)}`}
      summary={summarizeHeatmap(heatmap, insightWords(locale))}
      table={table}
    >
      <div className="heatmap">
        <div className="heatmap-scroll" ref={scroller}>
          <table
            role="grid"
            aria-label="Locked hours per day"
            className="heatmap-grid"
            style={{ minWidth: `calc(2.5rem + ${columns} * 0.8rem)` }}
            onKeyDown={onKeyDown}
          >
            <thead aria-hidden="true">
              <tr>
                <td />
                {Array.from({ length: columns }, (_, column) => (
                  <td key={column} className="heatmap-month">
                    {labels.get(column)}
                  </td>
                ))}
              </tr>
            </thead>
            <tbody>
              {format.weekdays.map((weekday, row) => (
                <tr key={weekday}>
                  <th scope="row" className="heatmap-weekday">
                    {weekday}
                  </th>
                  {Array.from({ length: columns }, (_, column) => {
                    const index = indexAt({ column, row }, lead, days.length)
                    const day = index === null ? undefined : days[index]
                    if (index === null || day === undefined)
                      return <td key={column} className="heatmap-none" />
                    return (
                      <td
                        key={column}
                        ref={(el) => {
                          cells.current[index] = el
                        }}
                        tabIndex={index === active ? 0 : -1}
                        aria-label={dayName(index)}
                        className={`heatmap-day heat-${stepOf(day.lockedSeconds)}`}
                        onFocus={() => setActive(index)}
                      />
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="heatmap-caption">{dayName(active)}</p>
        <ul className="heatmap-legend" aria-label="Legend">
          {STEP_NAMES.map((name, step) => (
            <li key={name}>
              <span className={`heatmap-swatch heat-${step}`} aria-hidden="true" />
              {name}
            </li>
          ))}
        </ul>
      </div>
    </ChartFigure>
  )
}
