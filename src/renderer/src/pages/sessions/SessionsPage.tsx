import { lazy, Suspense, useEffect, useState } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useAction, useCall } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Pager } from '../../components/Pager'
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice'
import { Empty, ErrorNotice, Loading, QueryView } from '../../components/Status'
import { useCanWrite } from '../../context'
import { noSessionFilters, sessionListQuery, type SessionFilters } from '../../forms/filters'
import { useAllPages } from '../../hooks/useAllPages'
import { usePageInRange } from '../../hooks/usePageInRange'
import { useNavigate } from '../../nav'
import { SessionFiltersForm } from './SessionFiltersForm'
import { SessionTable } from './SessionTable'

const loadChart = () => import('../../charts/SessionDurationsChart')
const SessionDurationsChart = lazy(loadChart)

export default function SessionsPage() {
  const navigate = useNavigate()
  const canWrite = useCanWrite()
  // The chart's code loads while the data is fetched, not once the data is in.
  useEffect(() => void loadChart(), [])
  const [filters, setFilters] = useState<SessionFilters>(noSessionFilters)
  const [limit, setLimit] = useState(50)
  const [offset, setOffset] = useState(0)
  const list = useCall('sessions:list', sessionListQuery(filters, limit, offset), {
    scopes: ['sessions', 'active'],
  })
  const all = useAllPages(
    `sessions-all:${JSON.stringify(filters)}`,
    (l, o) => call('sessions:list', sessionListQuery(filters, l, o)),
    ['sessions', 'active'],
  )
  usePageInRange(list.data, offset, limit, setOffset)
  const [toDelete, setToDelete] = useState<Session | null>(null)
  const del = useAction((id: number) => call('sessions:delete', { id }))

  const applyFilters = (f: SessionFilters) => {
    setFilters(f)
    setOffset(0)
  }
  const confirmDelete = async () => {
    if (!toDelete) return
    const r = await del.run(toDelete.id)
    if (r.ok) {
      setToDelete(null)
      list.refresh()
      all.refresh()
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Sessions</h1>
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ page: 'start' })}
          disabled={!canWrite}
        >
          Start a session
        </button>
      </div>
      <ReadOnlyNotice />
      <SessionFiltersForm
        value={filters}
        onApply={applyFilters}
        limit={limit}
        onLimit={(l) => {
          setLimit(l)
          setOffset(0)
        }}
      />
      <section aria-labelledby="durations-heading" className="card">
        <h2 id="durations-heading">Durations</h2>
        <QueryView query={all} label="Loading the chart…">
          {(data) => (
            <Suspense fallback={<Loading label="Loading the chart…" />}>
              <SessionDurationsChart sessions={data.items} complete={data.complete} total={data.total} />
            </Suspense>
          )}
        </QueryView>
      </section>
      <section aria-labelledby="list-heading" className="card">
        <h2 id="list-heading">All sessions</h2>
        {del.error && <ErrorNotice error={del.error} />}
        <QueryView query={list}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>No sessions match these filters.</Empty>
            ) : (
              <>
                <SessionTable
                  sessions={page.items}
                  onOpen={(s) => navigate({ page: 'session', sessionId: s.id })}
                  onDelete={canWrite ? setToDelete : undefined}
                />
                <Pager
                  label="Sessions pages"
                  offset={offset}
                  limit={limit}
                  total={page.total}
                  count={page.items.length}
                  onChange={setOffset}
                />
              </>
            )
          }
        </QueryView>
      </section>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this session?"
        message="The session and its history are removed from Chastity Tracker. This cannot be undone."
        confirmLabel="Delete session"
        pending={del.pending}
        onConfirm={confirmDelete}
        onCancel={() => {
          setToDelete(null)
          del.reset()
        }}
      />
    </div>
  )
}
