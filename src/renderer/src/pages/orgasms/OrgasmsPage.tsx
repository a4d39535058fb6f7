import { lazy, useState } from 'react'
import type { Orgasm } from '../../../../shared/api/schemas'
import { call, useCall } from '../../api'
import { ChartCard } from '../../components/ChartCard'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FreshnessNote } from '../../components/FreshnessNote'
import { PagedList } from '../../components/PagedList'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { useWriteBlock } from '../../shell/connection'
import { isEmptyFilter, noOrgasmFilters, orgasmQuery, type OrgasmFilters } from '../../forms/filters'
import { useAllPages } from '../../hooks/useAllPages'
import { useDeleteConfirm } from '../../hooks/useDeleteConfirm'
import { useListFilters } from '../../hooks/useListFilters'
import { OrgasmEditor } from './OrgasmEditor'
import { OrgasmFiltersForm } from './OrgasmFiltersForm'
import { OrgasmTable } from './OrgasmTable'
import { SinceLast } from './SinceLast'
import { PageHeading } from '../../components/PageHeading'

const OrgasmFrequencyChart = lazy(() => import('../../charts/OrgasmFrequencyChart'))
const LIMIT = 50

export default function OrgasmsPage() {
  const canWrite = useWriteBlock() === null
  const { filters, apply, offset, setOffset } = useListFilters<OrgasmFilters>(noOrgasmFilters)
  const q = orgasmQuery(filters, LIMIT, offset)
  const list = useCall('orgasms:list', q.ok ? q.query : null, { scopes: ['orgasms'] })
  const all = useAllPages(
    q.ok ? `orgasms-all:${JSON.stringify(filters)}` : null,
    (limit, off) => {
      const page = orgasmQuery(filters, limit, off)
      return page.ok ? call('orgasms:list', page.query) : Promise.resolve({ items: [], total: 0 })
    },
    ['orgasms'],
  )
  const [editing, setEditing] = useState<Orgasm | null>(null)
  const refreshAll = () => {
    list.refresh()
    all.refresh()
  }
  const del = useDeleteConfirm<Orgasm>(
    (id) => call('orgasms:delete', { id }),
    (deleted) => {
      if (editing?.id === deleted.id) setEditing(null)
      refreshAll()
    },
  )
  const filtered = !isEmptyFilter(filters)

  return (
    <div className="page">
      <PageHeading title="Orgasms">Orgasms</PageHeading>
      <WriteBlockNotice />
      {all.data && <SinceLast orgasms={all.data.items} filtered={filtered} />}
      {canWrite && (
        <section className="card" aria-labelledby="add-heading">
          <h2 id="add-heading">{editing ? 'Edit orgasm' : 'Add orgasm'}</h2>
          <OrgasmEditor
            key={editing?.id ?? 'new'}
            editing={editing}
            onDone={() => {
              setEditing(null)
              refreshAll()
            }}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      <OrgasmFiltersForm value={filters} onApply={apply} />
      {!q.ok && (
        <p role="alert" className="notice notice-error">
          {q.message}
        </p>
      )}
      <ChartCard title="Frequency" headingId="freq-heading" query={all}>
        {(data) => <OrgasmFrequencyChart orgasms={data.items} complete={data.complete} total={data.total} />}
      </ChartCard>
      <FreshnessNote freshness={list.data?.freshness} />
      <PagedList
        title="All orgasms"
        headingId="olist-heading"
        query={list}
        error={del.error}
        empty={<>No orgasms{filtered ? ' match these filters' : ' recorded yet'}.</>}
        pagerLabel="Orgasms pages"
        offset={offset}
        limit={LIMIT}
        onOffset={setOffset}
      >
        {(items) => (
          <OrgasmTable
            orgasms={items}
            onEdit={canWrite ? setEditing : undefined}
            onDelete={canWrite ? del.ask : undefined}
          />
        )}
      </PagedList>
      <ConfirmDialog
        {...del.dialog}
        title="Delete this orgasm?"
        message="It is removed from Chastity Tracker. This cannot be undone."
        confirmLabel="Delete orgasm"
      />
    </div>
  )
}
