import type { ReactNode } from 'react'

interface Props {
  /** Read by screen readers only. */
  caption: string
  columns: readonly string[]
  /** Adds a last column for row buttons, titled for screen readers only. */
  actions?: boolean
  /** The <tr> rows. */
  children: ReactNode
}

/** A scrollable table with a hidden caption and a header row. */
export function DataTable({ caption, columns, actions = false, children }: Props) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
