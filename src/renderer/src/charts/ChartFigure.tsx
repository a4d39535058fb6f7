import { useId, useState, type ReactNode } from 'react'
import './charts.css'

export interface TableColumn {
  title: string
  /** Right-aligned, for numbers and lengths. */
  numeric?: boolean
}

export interface ChartTable {
  caption: string
  columns: readonly TableColumn[]
  rows: readonly { key: string; cells: readonly ReactNode[] }[]
}

interface Props {
  /** The figure's title line. */
  caption: ReactNode
  /** The key facts in one or two sentences: read with the figure, and shown above it. */
  summary: string
  /** The same data as the drawing, for keyboards and screen readers. */
  table: ChartTable
  /** Controls shown above the chart or table (e.g. a grouping). */
  toolbar?: ReactNode
  /** The drawing: hidden from assistive technology, which gets the summary and the table. */
  children: ReactNode
}

/**
 * A chart as a figure with its caption and a text summary, and a button that shows the same data
 * as a table instead. The drawing holds nothing focusable: the table is its keyboard equivalent.
 */
export function ChartFigure({ caption, summary, table, toolbar, children }: Props) {
  const [asTable, setAsTable] = useState(false)
  const summaryId = useId()
  return (
    <figure className="chart" aria-describedby={summaryId}>
      <figcaption>{caption}</figcaption>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      <div className="chart-toolbar">
        {toolbar}
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          Show as table
        </button>
      </div>
      {asTable ? <DataView table={table} /> : children}
    </figure>
  )
}

function DataView({ table }: { table: ChartTable }) {
  return (
    // Scrolls when long, so it takes focus: keyboards can scroll it too.
    <div className="chart-table" tabIndex={0} role="region" aria-label={table.caption}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.title} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) => (
                <td
                  key={table.columns[i]?.title ?? i}
                  className={table.columns[i]?.numeric ? 'num' : undefined}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
