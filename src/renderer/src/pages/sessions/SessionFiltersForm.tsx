import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { FilterForm } from '../../components/FilterForm'
import { noSessionFilters, type SessionFilters } from '../../forms/filters'

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
  return (
    <FilterForm
      label="Session filters"
      value={value}
      empty={noSessionFilters}
      onApply={onApply}
      footer={<p className="hint filters-note">Dates are read in your timezone.</p>}
    >
      {(bind) => (
        <>
          <TextField label="From" type="date" {...bind('from')} />
          <TextField label="To" type="date" {...bind('to')} />
          <SelectField label="Active" options={TRI_OPTIONS} {...bind('active')} />
          <SelectField label="Public" options={TRI_OPTIONS} {...bind('public')} />
          <SelectField
            label="Per page"
            options={LIMITS}
            value={String(limit)}
            onChange={(e) => onLimit(Number(e.target.value))}
          />
        </>
      )}
    </FilterForm>
  )
}
