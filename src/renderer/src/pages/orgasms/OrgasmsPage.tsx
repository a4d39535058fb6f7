import { lazy, useState } from 'react'
import type { Orgasm } from '../../../../shared/api/schemas'
import { call, useCall } from '../../api'
import { ChartCard } from '../../components/ChartCard'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FreshnessNote } from '../../components/FreshnessNote'
import { PagedList } from '../../components/PagedList'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { useLocale } from '../../context'
import { useWriteBlock } from '../../shell/connection'
import { isEmptyFilter, noOrgasmFilters, orgasmQuery, type OrgasmFilters } from '../../forms/filters'
import { useAllPages } from '../../hooks/useAllPages'
import { useDeleteConfirm } from '../../hooks/useDeleteConfirm'
import { useListFilters } from '../../hooks/useListFilters'
import { useScrollMemory } from '../../hooks/useScrollMemory'
import { orgasmDeleteQuestion } from '../../lists/deleteQuestions'
import { createMemory, type ListState } from '../../lists/memory'
import { OrgasmEditDialog } from './OrgasmEditDialog'
import { OrgasmEditor } from './OrgasmEditor'
import { OrgasmFiltersForm } from './OrgasmFiltersForm'
import { OrgasmTable } from './OrgasmTable'
import { SinceLast } from './SinceLast'
import { PageHeading } from '../../components/PageHeading'

const OrgasmFrequencyChart = lazy(() => import('../../charts/OrgasmFrequencyChart'))

const memory = createMemory<ListState<OrgasmFilters>>()

export default function OrgasmsPage() {
  const { locale } = useLocale()
  const canWrite = useWriteBlock() === null
  const { filters, apply, offset, setOffset, limit } = useListFilters(memory, 'orgasms', noOrgasmFilters)
  const q = orgasmQuery(filters, limit, offset)
  const list = useCall('orgasms:list', q.ok ? q.query : null, { scopes: ['orgasms'] })
  const all = useAllPages(
    q.ok ? `orgasms-all:${JSON.stringify(filters)}` : null,
    (l, off) => {
      const page = orgasmQuery(filters, l, off)
      return page.ok ? call('orgasms:list', page.query) : Promise.resolve({ items: [], total: 0 })
    },
    ['orgasms'],
  )
  useScrollMemory('orgasms', list.data !== undefined)
  const [editing, setEditing] = useState<{ orgasm: Orgasm; button: HTMLButtonElement } | null>(null)
  const refreshAll = () => {
    list.refresh()
    all.refresh()
  }
  const del = useDeleteConfirm<Orgasm>(
    (id) => call('orgasms:delete', { id }),
    () => refreshAll(),
    { question: (o) => orgasmDeleteQuestion(o, locale), done: 'Orgasm deleted' },
  )
  const filtered = !isEmptyFilter(filters)

  return (
    <div className="page">
      <PageHeading title="Orgasms">Orgasms</PageHeading>
      <WriteBlockNotice />
      {all.data && <SinceLast orgasms={all.data.items} filtered={filtered} />}
      {/* Always there: going offline while typing keeps what was typed, and its submit says why it waits. */}
      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add orgasm</h2>
        <OrgasmEditor editing={null} onDone={refreshAll} />
      </section>
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
        limit={limit}
        onOffset={setOffset}
        removed={del.removed}
      >
        {(items) => (
          <OrgasmTable
            orgasms={items}
            onEdit={canWrite ? (orgasm, button) => setEditing({ orgasm, button }) : undefined}
            onDelete={canWrite ? del.ask : undefined}
          />
        )}
      </PagedList>
      {editing && (
        <OrgasmEditDialog
          key={editing.orgasm.id}
          orgasm={editing.orgasm}
          returnTo={editing.button}
          onSaved={refreshAll}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog {...del.dialog} title="Delete this orgasm?" confirmLabel="Delete orgasm" />
    </div>
  )
}
