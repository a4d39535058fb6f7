import type { HistoryItem, Session } from '../../../../shared/api/schemas'
import { useCall } from '../../api'
import { Pager } from '../../components/Pager'
import { Empty, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { historyQuery, isEmptyFilter, noHistoryFilters, type HistoryFilters } from '../../forms/filters'
import { useListFilters } from '../../hooks/useListFilters'
import { HistoryFiltersForm } from './HistoryFiltersForm'
import { HistoryTable } from './HistoryTable'

const PAGE = 50

/** The history rows with the documented filters; unfiltered rows are shared with the chart. */
export function HistorySection({ session, all }: { session: Session; all: HistoryItem[] | undefined }) {
  const { timeZone } = useLocale()
  const { filters, apply, offset, setOffset } = useListFilters<HistoryFilters>(noHistoryFilters)
  const filtered = !isEmptyFilter(filters)
  const query = useCall('histories:all', filtered ? historyQuery(session.id, filters, timeZone) : null, {
    scopes: ['histories', 'active'],
    sessionId: session.id,
  })
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
          const rows = data.items.slice(offset, offset + PAGE)
          return (
            <>
              {!data.complete && (
                <p className="muted">Only the most recent {data.items.length} rows are shown.</p>
              )}
              <HistoryTable rows={rows} />
              {data.items.length > PAGE && (
                <Pager
                  label="History pages"
                  offset={offset}
                  limit={PAGE}
                  total={data.items.length}
                  count={rows.length}
                  onChange={setOffset}
                />
              )}
            </>
          )
        }}
      </QueryView>
    </section>
  )
}
