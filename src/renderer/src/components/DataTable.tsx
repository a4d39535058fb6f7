import { useCallback, useState, type ReactNode } from 'react'

interface Props {
  /** Read by screen readers only. */
  caption: string
  columns: readonly string[]
  /** Columns of numbers, right-aligned; their cells take className="num" too. */
  numeric?: readonly string[]
  /** Adds a last column for row buttons, titled for screen readers only. */
  actions?: boolean
  /** The <tr> rows. */
  children: ReactNode
}

/**
 * Whether the element's content is wider than its box, kept current as either is resized.
 * Pass the returned callback as `ref`.
 */
function useScrollsSideways<E extends HTMLElement>(): [(el: E | null) => (() => void) | undefined, boolean] {
  const [scrolls, setScrolls] = useState(false)
  const ref = useCallback((el: E | null) => {
    if (!el) return undefined
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    if (el.firstElementChild) observer.observe(el.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return [ref, scrolls]
}

/**
 * A table with a hidden caption and a header row. When it is wider than the window it scrolls
 * in its own box, which then takes the keyboard focus (arrow keys scroll it) and is named.
 */
export function DataTable({ caption, columns, numeric = [], actions = false, children }: Props) {
  const [ref, scrolls] = useScrollsSideways<HTMLDivElement>()
  return (
    <div
      className="table-wrap"
      ref={ref}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={numeric.includes(c) ? 'num' : undefined}>
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
