import { lazy, useEffect } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useCall } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { ChartCard } from '../../components/ChartCard'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FreshnessNote } from '../../components/FreshnessNote'
import { PagedList } from '../../components/PagedList'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { useLocale } from '../../context'
import { useWriteBlock } from '../../shell/connection'
import { isEmptyFilter, noSessionFilters, sessionListQuery, type SessionFilters } from '../../forms/filters'
import { useAllPages } from '../../hooks/useAllPages'
import { useDeleteConfirm } from '../../hooks/useDeleteConfirm'
import { useListFilters } from '../../hooks/useListFilters'
import { useScrollMemory } from '../../hooks/useScrollMemory'
import { sessionDeleteQuestion } from '../../lists/deleteQuestions'
import { createMemory, type ListState } from '../../lists/memory'
import { useNavigate } from '../../nav'
import { SessionFiltersForm } from './SessionFiltersForm'
import { SessionTable } from './SessionTable'
import { PageHeading } from '../../components/PageHeading'
import './sessions.css'

const loadChart = () => import('../../charts/SessionDurationsChart')
const SessionDurationsChart = lazy(loadChart)

const memory = createMemory<ListState<SessionFilters>>()

const IN_SESSION_TEXT = 'You are in a session already: stop it first.'

export default function SessionsPage() {
  const navigate = useNavigate()
  const loc = useLocale()
  const writeBlock = useWriteBlock()
  // The chart's code loads while the data is fetched, not once the data is in.
  useEffect(() => void loadChart(), [])
  const { filters, apply, offset, setOffset, limit, setLimit } = useListFilters(
    memory,
    'sessions',
    noSessionFilters,
  )
  const list = useCall('sessions:list', sessionListQuery(filters, limit, offset), {
    scopes: ['sessions', 'active'],
  })
  const active = useCall('sessions:list', { active: 1, limit: 1 }, { scopes: ['sessions', 'active'] })
  const all = useAllPages(
    `sessions-all:${JSON.stringify(filters)}`,
    (l, o) => call('sessions:list', sessionListQuery(filters, l, o)),
    ['sessions', 'active'],
  )
  useScrollMemory('sessions', list.data !== undefined)
  const del = useDeleteConfirm<Session>(
    (id) => call('sessions:delete', { id }),
    () => {
      list.refresh()
      all.refresh()
    },
    { question: (s) => sessionDeleteQuestion(s, loc), done: 'Session deleted' },
  )
  const inSession = (active.data?.items.length ?? 0) > 0

  return (
    <div className="page">
      <div className="page-head">
        <PageHeading title="Sessions">Sessions</PageHeading>
        <span className="page-action">
          {/* A finished session can still be logged during one: the same form, its manual kind. */}
          {inSession && writeBlock === null && (
            <button type="button" onClick={() => navigate({ page: 'start', kind: 'manual' })}>
              Log a past session
            </button>
          )}
          <BusyButton
            type="button"
            className="primary"
            onClick={() => navigate({ page: 'start' })}
            // Inert for the moment it takes to learn whether a session is under way.
            busy={active.data === undefined && active.error === null}
            blockedReason={writeBlock ?? (inSession ? IN_SESSION_TEXT : null)}
          >
            Start a session
          </BusyButton>
        </span>
      </div>
      <WriteBlockNotice />
      <SessionFiltersForm value={filters} onApply={apply} limit={limit} onLimit={setLimit} />
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
        removed={del.removed}
      >
        {(items) => (
          <SessionTable
            sessions={items}
            onOpen={(s) => navigate({ page: 'session', sessionId: s.id })}
            onDelete={writeBlock === null ? del.ask : undefined}
          />
        )}
      </PagedList>
      <ConfirmDialog {...del.dialog} title="Delete this session?" confirmLabel="Delete session" />
    </div>
  )
}
