import {
  HISTORY_SOURCES,
  HISTORY_TYPES,
  type HistorySource,
  type HistoryType,
} from '../../../../shared/api/schemas'
import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { FilterForm } from '../../components/FilterForm'
import { noHistoryFilters, type HistoryFilters } from '../../forms/filters'

const TYPE_TEXT: Record<HistoryType, string> = {
  START: 'Session start',
  ADD: 'Time added',
  SUB: 'Time taken off',
}
const SOURCE_TEXT: Record<HistorySource, string> = {
  DICE: 'Dice game',
  LINK: 'Link game',
  LUCK: 'Luck game',
  MANUAL: 'By hand',
  PENALTY: 'Penalty',
  DOM: 'Dom',
}
const TYPE_OPTIONS = [['', 'Any'], ...HISTORY_TYPES.map((t) => [t, TYPE_TEXT[t]] as const)] as const
const SOURCE_OPTIONS = [['', 'Any'], ...HISTORY_SOURCES.map((s) => [s, SOURCE_TEXT[s]] as const)] as const

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
