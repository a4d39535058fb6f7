import { ORGASM_MODES } from '../../../../shared/api/schemas'
import { SelectField, TextField, TRI_OPTIONS } from '../../components/Field'
import { FilterForm } from '../../components/FilterForm'
import { noOrgasmFilters, type OrgasmFilters } from '../../forms/filters'
import { MODE_TEXT } from '../../orgasmModes'

const MODE_OPTIONS = [['', 'Any'], ...ORGASM_MODES.map((m) => [m, MODE_TEXT[m]] as const)] as const

const conflicts = (f: OrgasmFilters) => f.mode === 'dom' && f.public === '1'

export function OrgasmFiltersForm({
  value,
  onApply,
}: {
  value: OrgasmFilters
  onApply: (f: OrgasmFilters) => void
}) {
  return (
    <FilterForm
      label="Orgasm filters"
      value={value}
      empty={noOrgasmFilters}
      onApply={onApply}
      canApply={(f) => !conflicts(f)}
    >
      {(bind, draft) => (
        <>
          <TextField label="From" type="date" {...bind('from')} />
          <TextField label="To" type="date" {...bind('to')} />
          <SelectField label="Mode" options={MODE_OPTIONS} {...bind('mode')} />
          <SelectField
            label="Public"
            options={TRI_OPTIONS}
            {...bind('public')}
            error={conflicts(draft) ? 'Dom orgasms are never public: pick another mode or “Any”.' : undefined}
          />
        </>
      )}
    </FilterForm>
  )
}
