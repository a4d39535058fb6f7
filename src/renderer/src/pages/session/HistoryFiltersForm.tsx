import { HISTORY_SOURCES, HISTORY_TYPES } from '../../../../shared/api/schemas'
import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { FilterForm } from '../../components/FilterForm'
import { noHistoryFilters, type HistoryFilters } from '../../forms/filters'

const TYPE_OPTIONS = [['', 'Any'], ...HISTORY_TYPES.map((t) => [t, t] as const)] as const
const SOURCE_OPTIONS = [['', 'Any'], ...HISTORY_SOURCES.map((s) => [s, s] as const)] as const

export function HistoryFiltersForm({
  value,
  onApply,
}: {
  value: HistoryFilters
  onApply: (f: HistoryFilters) => void
}) {
  return (
    <FilterForm label="History filters" value={value} empty={noHistoryFilters} onApply={onApply}>
      {(bind) => (
        <>
          <SelectField label="Type" options={TYPE_OPTIONS} {...bind('type')} />
          <SelectField label="Source" options={SOURCE_OPTIONS} {...bind('source')} />
          <SelectField label="By dom" options={TRI_OPTIONS} {...bind('dom')} />
          <TextField label="Happened from" type="datetime-local" {...bind('from')} />
          <TextField label="Happened until" type="datetime-local" {...bind('to')} />
        </>
      )}
    </FilterForm>
  )
}
