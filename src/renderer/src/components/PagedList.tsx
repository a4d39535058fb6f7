import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import type { QueryState } from '../api'
import type { AppError } from '../../../shared/ipc/errors'
import { rowAfterRemoval } from '../lists/rowFocus'
import { usePageInRange } from '../hooks/usePageInRange'
import { Pager } from './Pager'
import { Empty, ErrorNotice, QueryView } from './Status'

/** A row deleted from the list; `seq` tells two deletes apart. */
export interface Removal {
  id: number
  seq: number
}

interface Props<T extends { id: number }> {
  title: string
  headingId: string
  query: QueryState<{ items: T[]; total: number }>
  /** An action on the rows that failed (e.g. a delete). */
  error: AppError | null
  empty: ReactNode
  pagerLabel: string
  offset: number
  limit: number
  onOffset: (offset: number) => void
  /** The last row deleted: once it is gone from the page, focus moves to its neighbour. */
  removed?: Removal | null
  /** The table of the rows; each <tr> carries `data-row-id` and `tabIndex={-1}`. */
  children: (items: T[]) => ReactNode
}

/** A card with one offset-paged page of a list, and its pager. */
export function PagedList<T extends { id: number }>(props: Props<T>) {
  const { title, headingId, query, error, empty, pagerLabel, offset, limit, onOffset, removed, children } =
    props
  const section = useRef<HTMLElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  usePageInRange(query.data, offset, limit, onOffset)
  useFocusAfterRemoval(query.data?.items, removed ?? null, section, heading)
  return (
    <section className="card paged-list" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {error && <ErrorNotice error={error} />}
      <QueryView query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{empty}</Empty>
          ) : (
            <>
              {children(page.items)}
              <Pager
                label={pagerLabel}
                offset={offset}
                limit={limit}
                total={page.total}
                count={page.items.length}
                onChange={onOffset}
                top={heading}
              />
            </>
          )
        }
      </QueryView>
    </section>
  )
}

/**
 * When the rows shown no longer hold the removed one, focus goes to the row that took its place
 * (or the one before it), or to the list's heading: never to the page's body.
 */
function useFocusAfterRemoval(
  items: readonly { id: number }[] | undefined,
  removed: Removal | null,
  section: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLHeadingElement | null>,
) {
  const shown = useRef<number[]>([])
  const handled = useRef<number | null>(null)
  useEffect(() => {
    if (items === undefined) return
    const ids = items.map((i) => i.id)
    if (removed && handled.current !== removed.seq && !ids.includes(removed.id)) {
      handled.current = removed.seq
      const next = rowAfterRemoval(shown.current, ids, removed.id)
      const row =
        next === null ? null : section.current?.querySelector<HTMLElement>(`tr[data-row-id="${next}"]`)
      ;(row ?? heading.current)?.focus()
    }
    shown.current = ids
  }, [items, removed, section, heading])
}
