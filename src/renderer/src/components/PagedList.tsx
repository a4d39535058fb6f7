import type { ReactNode } from 'react'
import type { QueryState } from '../api'
import type { AppError } from '../../../shared/ipc/errors'
import { usePageInRange } from '../hooks/usePageInRange'
import { Pager } from './Pager'
import { Empty, ErrorNotice, QueryView } from './Status'

interface Props<T> {
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
  children: (items: T[]) => ReactNode
}

/** A card with one offset-paged page of a list, and its pager. */
export function PagedList<T>(props: Props<T>) {
  const { title, headingId, query, error, empty, pagerLabel, offset, limit, onOffset, children } = props
  usePageInRange(query.data, offset, limit, onOffset)
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
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
              />
            </>
          )
        }
      </QueryView>
    </section>
  )
}
