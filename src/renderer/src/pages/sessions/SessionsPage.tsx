import { lazy, useEffect, useState } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useCall } from '../../api'
import { ChartCard } from '../../components/ChartCard'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FreshnessNote } from '../../components/FreshnessNote'
import { PagedList } from '../../components/PagedList'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { useWriteBlock } from '../../shell/connection'
import { isEmptyFilter, noSessionFilters, sessionListQuery, type SessionFilters } from '../../forms/filters'
import { useAllPages } from '../../hooks/useAllPages'
import { useDeleteConfirm } from '../../hooks/useDeleteConfirm'
import { useListFilters } from '../../hooks/useListFilters'
import { useNavigate } from '../../nav'
import { SessionFiltersForm } from './SessionFiltersForm'
import { SessionTable } from './SessionTable'
import { PageHeading } from '../../components/PageHeading'

const loadChart = () => import('../../charts/SessionDurationsChart')
const SessionDurationsChart = lazy(loadChart)

export default function SessionsPage() {
  const navigate = useNavigate()
  const canWrite = useWriteBlock() === null
  // The chart's code loads while the data is fetched, not once the data is in.
  useEffect(() => void loadChart(), [])
  const { filters, apply, offset, setOffset } = useListFilters<SessionFilters>(noSessionFilters)
  const [limit, setLimit] = useState(50)
  const list = useCall('sessions:list', sessionListQuery(filters, limit, offset), {
    scopes: ['sessions', 'active'],
  })
  const all = useAllPages(
    `sessions-all:${JSON.stringify(filters)}`,
    (l, o) => call('sessions:list', sessionListQuery(filters, l, o)),
    ['sessions', 'active'],
  )
  const del = useDeleteConfirm<Session>(
    (id) => call('sessions:delete', { id }),
    () => {
      list.refresh()
      all.refresh()
    },
  )

  return (
    <div className="page">
      <div className="page-head">
        <PageHeading title="Sessions">Sessions</PageHeading>
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ page: 'start' })}
          disabled={!canWrite}
        >
          Start a session
        </button>
      </div>
      <WriteBlockNotice />
      <SessionFiltersForm
        value={filters}
        onApply={apply}
        limit={limit}
        onLimit={(l) => {
          setLimit(l)
          setOffset(0)
        }}
      />
      <ChartCard title="Durations" headingId="durations-heading" query={all}>
        {(data) => (
          <SessionDurationsChart sessions={data.items} complete={data.complete} total={data.total} />
        )}
      </ChartCard>
      <FreshnessNote freshness={list.data?.freshness} />
      <PagedList
        title="All sessions"
        headingId="list-heading"
        query={list}
        error={del.error}
        empty={isEmptyFilter(filters) ? 'No sessions recorded yet.' : 'No sessions match these filters.'}
        pagerLabel="Sessions pages"
        offset={offset}
        limit={limit}
        onOffset={setOffset}
      >
        {(items) => (
          <SessionTable
            sessions={items}
            onOpen={(s) => navigate({ page: 'session', sessionId: s.id })}
            onDelete={canWrite ? del.ask : undefined}
          />
        )}
      </PagedList>
      <ConfirmDialog
        {...del.dialog}
        title="Delete this session?"
        message="The session and its history are removed from Chastity Tracker. This cannot be undone."
        confirmLabel="Delete session"
      />
    </div>
  )
}
