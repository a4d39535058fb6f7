import { useState, type FormEvent } from 'react'
import { ORGASM_MODES, type OrgasmMode } from '../../../../shared/api/schemas'
import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { noOrgasmFilters, type OrgasmFilters, type TriState } from '../../forms/filters'

export const MODE_TEXT: Record<OrgasmMode, string> = {
  full: 'Full',
  ruined: 'Ruined',
  milking: 'Milking',
  dom: 'Dom',
  ted: 'TED',
}
const MODE_OPTIONS = [['', 'Any'], ...ORGASM_MODES.map((m) => [m, MODE_TEXT[m]] as const)] as const

export function OrgasmFiltersForm({
  value,
  onApply,
}: {
  value: OrgasmFilters
  onApply: (f: OrgasmFilters) => void
}) {
  const [draft, setDraft] = useState(value)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onApply(draft)
  }
  const conflict = draft.mode === 'dom' && draft.public === '1'
  return (
    <form className="filters" onSubmit={submit} aria-label="Orgasm filters">
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
        label="Mode"
        options={MODE_OPTIONS}
        value={draft.mode}
        onChange={(e) => setDraft({ ...draft, mode: e.target.value as '' | OrgasmMode })}
      />
      <SelectField
        label="Public"
        options={TRI_OPTIONS}
        value={draft.public}
        onChange={(e) => setDraft({ ...draft, public: e.target.value as TriState })}
        error={conflict ? 'Dom orgasms are never public: pick another mode or “Any”.' : undefined}
      />
      <div className="row">
        <button type="submit" disabled={conflict}>
          Apply filters
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(noOrgasmFilters)
            onApply(noOrgasmFilters)
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  )
}
