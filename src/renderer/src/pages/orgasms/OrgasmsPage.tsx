import { lazy, Suspense, useState } from 'react'
import type { Orgasm } from '../../../../shared/api/schemas'
import { call, useAction, useCall } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Pager } from '../../components/Pager'
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice'
import { Empty, ErrorNotice, Loading, QueryView } from '../../components/Status'
import { useCanWrite } from '../../context'
import { noOrgasmFilters, orgasmQuery, type OrgasmFilters } from '../../forms/filters'
import { useAllPages } from '../../hooks/useAllPages'
import { usePageInRange } from '../../hooks/usePageInRange'
import { OrgasmEditor } from './OrgasmEditor'
import { OrgasmFiltersForm } from './OrgasmFiltersForm'
import { OrgasmTable } from './OrgasmTable'
import { SinceLast } from './SinceLast'

const OrgasmFrequencyChart = lazy(() => import('../../charts/OrgasmFrequencyChart'))
const LIMIT = 50

export default function OrgasmsPage() {
  const canWrite = useCanWrite()
  const [filters, setFilters] = useState<OrgasmFilters>(noOrgasmFilters)
  const [offset, setOffset] = useState(0)
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
  usePageInRange(list.data, offset, LIMIT, setOffset)
  const [editing, setEditing] = useState<Orgasm | null>(null)
  const [toDelete, setToDelete] = useState<Orgasm | null>(null)
  const del = useAction((id: number) => call('orgasms:delete', { id }))
  const refreshAll = () => {
    list.refresh()
    all.refresh()
  }
  const filtered = JSON.stringify(filters) !== JSON.stringify(noOrgasmFilters)

  return (
    <div className="page">
      <h1>Orgasms</h1>
      <ReadOnlyNotice />
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
      <OrgasmFiltersForm
        value={filters}
        onApply={(f) => {
          setFilters(f)
          setOffset(0)
        }}
      />
      {!q.ok && (
        <p role="alert" className="notice notice-error">
          {q.message}
        </p>
      )}
      <section className="card" aria-labelledby="freq-heading">
        <h2 id="freq-heading">Frequency</h2>
        <QueryView query={all} label="Loading the chart…">
          {(data) => (
            <Suspense fallback={<Loading label="Loading the chart…" />}>
              <OrgasmFrequencyChart orgasms={data.items} complete={data.complete} total={data.total} />
            </Suspense>
          )}
        </QueryView>
      </section>
      <section className="card" aria-labelledby="olist-heading">
        <h2 id="olist-heading">All orgasms</h2>
        {del.error && <ErrorNotice error={del.error} />}
        <QueryView query={list}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>No orgasms{filtered ? ' match these filters' : ' recorded yet'}.</Empty>
            ) : (
              <>
                <OrgasmTable
                  orgasms={page.items}
                  onEdit={canWrite ? setEditing : undefined}
                  onDelete={canWrite ? setToDelete : undefined}
                />
                <Pager
                  label="Orgasms pages"
                  offset={offset}
                  limit={LIMIT}
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
        title="Delete this orgasm?"
        message="It is removed from Chastity Tracker. This cannot be undone."
        confirmLabel="Delete orgasm"
        pending={del.pending}
        onCancel={() => {
          setToDelete(null)
          del.reset()
        }}
        onConfirm={async () => {
          if (!toDelete) return
          const r = await del.run(toDelete.id)
          if (r.ok) {
            setToDelete(null)
            if (editing?.id === toDelete.id) setEditing(null)
            refreshAll()
          }
        }}
      />
    </div>
  )
}
