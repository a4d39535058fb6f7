import { useRef } from 'react'
import type { HistoryItem, Session } from '../../../../shared/api/schemas'
import { useCall } from '../../api'
import { Pager } from '../../components/Pager'
import { Empty, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { historyQuery, isEmptyFilter, noHistoryFilters, type HistoryFilters } from '../../forms/filters'
import { useListFilters } from '../../hooks/useListFilters'
import { lastPageOffset } from '../../hooks/usePageInRange'
import { useScrollMemory } from '../../hooks/useScrollMemory'
import { createMemory, type ListState } from '../../lists/memory'
import { HistoryFiltersForm } from './HistoryFiltersForm'
import { HistoryTable } from './HistoryTable'

const PAGE = 50

/** Each session's history filters and page, as the user left them. */
const memory = createMemory<ListState<HistoryFilters>>()

interface Props {
  session: Session
  all: HistoryItem[] | undefined
}

/** The history rows with the documented filters; unfiltered rows are shared with the chart. */
export function HistorySection(props: Props) {
  // Another session is another list, with its own remembered filters and page.
  return <SessionHistory key={props.session.id} {...props} />
}

function SessionHistory({ session, all }: Props) {
  const { timeZone } = useLocale()
  const { filters, apply, offset, setOffset } = useListFilters(
    memory,
    `history:${session.id}`,
    noHistoryFilters,
    PAGE,
  )
  const heading = useRef<HTMLHeadingElement>(null)
  const filtered = !isEmptyFilter(filters)
  const query = useCall('histories:all', filtered ? historyQuery(session.id, filters, timeZone) : null, {
    scopes: ['histories', 'active'],
    sessionId: session.id,
  })
  const view =
    filtered || all === undefined
      ? query
      : { data: { items: all, complete: true }, error: null, loading: false, refresh: query.refresh }
  // The session's page comes back to where it was scrolled, once its history is shown.
  useScrollMemory(`session:${session.id}`, view.data !== undefined)

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" ref={heading} tabIndex={-1}>
        History
      </h2>
      <HistoryFiltersForm value={filters} onApply={apply} />
      <QueryView query={view}>
        {(data) => {
          if (data.items.length === 0)
            return <Empty>No history rows{filtered ? ' match these filters' : ''}.</Empty>
          // Rows gone (fewer now than when the page was left): the last page rather than none.
          const start = offset < data.items.length ? offset : lastPageOffset(data.items.length, PAGE)
          const rows = data.items.slice(start, start + PAGE)
          return (
            <>
              {!data.complete && (
                <p className="muted">Only the most recent {data.items.length} rows are shown.</p>
              )}
              <HistoryTable rows={rows} />
              {data.items.length > PAGE && (
                <Pager
                  label="History pages"
                  offset={start}
                  limit={PAGE}
                  total={data.items.length}
                  count={rows.length}
                  onChange={setOffset}
                  top={heading}
                />
              )}
            </>
          )
        }}
      </QueryView>
    </section>
  )
}
