import { useState } from 'react'
import type { HistoryItem, Session } from '../../../../shared/api/schemas'
import { useCall } from '../../api'
import { Empty, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { historyQuery, isEmptyFilter, noHistoryFilters, type HistoryFilters } from '../../forms/filters'
import { HistoryFiltersForm } from './HistoryFiltersForm'
import { HistoryTable } from './HistoryTable'

const PAGE = 50

/** The history rows with the documented filters; unfiltered rows are shared with the chart. */
export function HistorySection({ session, all }: { session: Session; all: HistoryItem[] | undefined }) {
  const { timeZone } = useLocale()
  const [filters, setFilters] = useState<HistoryFilters>(noHistoryFilters)
  const [page, setPage] = useState(0)
  const filtered = !isEmptyFilter(filters)
  const query = useCall('histories:all', filtered ? historyQuery(session.id, filters, timeZone) : null, {
    scopes: ['histories', 'active'],
    sessionId: session.id,
  })
  const apply = (f: HistoryFilters) => {
    setFilters(f)
    setPage(0)
  }
  const view =
    filtered || all === undefined
      ? query
      : { data: { items: all, complete: true }, error: null, loading: false, refresh: query.refresh }

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <HistoryFiltersForm value={filters} onApply={apply} />
      <QueryView query={view}>
        {(data) => {
          if (data.items.length === 0)
            return <Empty>No history rows{filtered ? ' match these filters' : ''}.</Empty>
          const rows = data.items.slice(page * PAGE, page * PAGE + PAGE)
          const pages = Math.ceil(data.items.length / PAGE)
          return (
            <>
              {!data.complete && (
                <p className="muted">Only the most recent {data.items.length} rows are shown.</p>
              )}
              <HistoryTable rows={rows} />
              {pages > 1 && (
                <nav className="pager" aria-label="History pages">
                  <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                    Previous page
                  </button>
                  <span>
                    {page * PAGE + 1}–{page * PAGE + rows.length} of {data.items.length}
                  </span>
                  <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                    Next page
                  </button>
                </nav>
              )}
            </>
          )
        }}
      </QueryView>
    </section>
  )
}
