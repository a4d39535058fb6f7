import { useState, type FormEvent } from 'react'
import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { noSessionFilters, type SessionFilters, type TriState } from '../../forms/filters'

const LIMITS = [
  ['20', '20'],
  ['50', '50'],
  ['100', '100'],
  ['200', '200'],
] as const

interface Props {
  value: SessionFilters
  onApply: (f: SessionFilters) => void
  limit: number
  onLimit: (limit: number) => void
}

export function SessionFiltersForm({ value, onApply, limit, onLimit }: Props) {
  const [draft, setDraft] = useState(value)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onApply(draft)
  }
  return (
    <form className="filters" onSubmit={submit} aria-label="Session filters">
      <TextField
        label="From"
        type="date"
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <TextField
        label="To"
        type="date"
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <SelectField
        label="Active"
        options={TRI_OPTIONS}
        value={draft.active}
        onChange={(e) => setDraft({ ...draft, active: e.target.value as TriState })}
      />
      <SelectField
        label="Public"
        options={TRI_OPTIONS}
        value={draft.public}
        onChange={(e) => setDraft({ ...draft, public: e.target.value as TriState })}
      />
      <SelectField
        label="Per page"
        options={LIMITS}
        value={String(limit)}
        onChange={(e) => onLimit(Number(e.target.value))}
      />
      <div className="row">
        <button type="submit">Apply filters</button>
        <button
          type="button"
          onClick={() => {
            setDraft(noSessionFilters)
            onApply(noSessionFilters)
          }}
        >
          Clear filters
        </button>
      </div>
      <p className="hint filters-note">Dates are read in your timezone.</p>
    </form>
  )
}
