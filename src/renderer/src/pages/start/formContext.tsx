/** Field components bound to the start-session form by the API field name. */
import { createContext, useContext } from 'react'
import { TIME_UNITS, WAIT_UNITS } from '../../../../shared/api/schemas'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import type { FormErrors } from '../../forms/issues'
import type { BoolKey, StartSessionForm, TextKey, UnitKey } from '../../forms/startSession'

type F = StartSessionForm

interface Ctx {
  form: F
  set: (patch: Partial<F>) => void
  errors: FormErrors
}

export const StartFormContext = createContext<Ctx | null>(null)

function useStartForm(): Ctx {
  const ctx = useContext(StartFormContext)
  if (!ctx) throw new Error('StartFormContext missing')
  return ctx
}

const UNIT_TEXT: Record<string, string> = { MINUTE: 'Minutes', HOUR: 'Hours', DAY: 'Days', MONTH: 'Months' }
const TIME_OPTIONS = TIME_UNITS.map((u) => [u, UNIT_TEXT[u] ?? u] as const)
const WAIT_OPTIONS = WAIT_UNITS.map((u) => [u, UNIT_TEXT[u] ?? u] as const)

export function Num({
  name,
  label,
  step = '1',
  hint,
}: {
  name: TextKey
  label: string
  step?: string | undefined
  hint?: string | undefined
}) {
  const { form, set, errors } = useStartForm()
  return (
    <TextField
      label={label}
      name={name}
      type="number"
      min={0}
      step={step}
      inputMode={step === '1' ? 'numeric' : 'decimal'}
      value={form[name]}
      onChange={(e) => set({ [name]: e.target.value })}
      error={errors.fields[name]}
      hint={hint}
    />
  )
}

export function Text({
  name,
  label,
  type = 'text',
  hint,
  required,
}: {
  name: TextKey
  label: string
  type?: string
  hint?: string
  required?: boolean
}) {
  const { form, set, errors } = useStartForm()
  return (
    <TextField
      label={label}
      name={name}
      type={type}
      value={form[name]}
      required={required}
      onChange={(e) => set({ [name]: e.target.value })}
      error={errors.fields[name]}
      hint={hint}
    />
  )
}

export function Unit({
  name,
  label,
  wait = false,
}: {
  name: UnitKey
  label: string
  wait?: boolean | undefined
}) {
  const { form, set, errors } = useStartForm()
  return (
    <SelectField
      label={label}
      name={name}
      options={wait ? WAIT_OPTIONS : TIME_OPTIONS}
      value={form[name]}
      onChange={(e) => set({ [name]: e.target.value })}
      error={errors.fields[name]}
    />
  )
}

export function Check({ name, label, hint }: { name: BoolKey; label: string; hint?: string | undefined }) {
  const { form, set, errors } = useStartForm()
  return (
    <CheckboxField
      label={label}
      name={name}
      checked={form[name]}
      onChange={(e) => set({ [name]: e.target.checked })}
      error={errors.fields[name]}
      hint={hint}
    />
  )
}

export function useStartFormValue(): F {
  return useStartForm().form
}
