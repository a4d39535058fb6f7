import { useState, type FormEvent } from 'react'
import {
  HISTORY_SOURCES,
  HISTORY_TYPES,
  type HistorySource,
  type HistoryType,
} from '../../../../shared/api/schemas'
import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { noHistoryFilters, type HistoryFilters, type TriState } from '../../forms/filters'

const TYPE_OPTIONS = [['', 'Any'], ...HISTORY_TYPES.map((t) => [t, t] as const)] as const
const SOURCE_OPTIONS = [['', 'Any'], ...HISTORY_SOURCES.map((s) => [s, s] as const)] as const

export function HistoryFiltersForm({
  value,
  onApply,
}: {
  value: HistoryFilters
  onApply: (f: HistoryFilters) => void
}) {
  const [draft, setDraft] = useState(value)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onApply(draft)
  }
  return (
    <form className="filters" onSubmit={submit} aria-label="History filters">
      <SelectField
        label="Type"
        options={TYPE_OPTIONS}
        value={draft.type}
        onChange={(e) => setDraft({ ...draft, type: e.target.value as '' | HistoryType })}
      />
      <SelectField
        label="Source"
        options={SOURCE_OPTIONS}
        value={draft.source}
        onChange={(e) => setDraft({ ...draft, source: e.target.value as '' | HistorySource })}
      />
      <SelectField
        label="By dom"
        options={TRI_OPTIONS}
        value={draft.dom}
        onChange={(e) => setDraft({ ...draft, dom: e.target.value as TriState })}
      />
      <TextField
        label="Happened from"
        type="datetime-local"
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <TextField
        label="Happened until"
        type="datetime-local"
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <div className="row">
        <button type="submit">Apply filters</button>
        <button
          type="button"
          onClick={() => {
            setDraft(noHistoryFilters)
            onApply(noHistoryFilters)
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  )
}
