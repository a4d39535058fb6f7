/** Field components bound to the start-session form by the API field name. */
import { createContext, useContext } from 'react'
import { TIME_UNITS, WAIT_UNITS } from '../../../../shared/api/schemas'
import { UNIT_WORDS } from '../../../../shared/words'
import { CheckboxField, FieldGroup, SelectField, TextField } from '../../components/Field'
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

const TIME_OPTIONS = TIME_UNITS.map((u) => [u, UNIT_WORDS[u]] as const)
const WAIT_OPTIONS = WAIT_UNITS.map((u) => [u, UNIT_WORDS[u]] as const)

export function Num({ name, label, hint }: { name: TextKey; label: string; hint?: string | undefined }) {
  const { form, set, errors } = useStartForm()
  return (
    <TextField
      label={label}
      name={name}
      type="number"
      min={0}
      step={1}
      inputMode="numeric"
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

export function Unit({ name, label, hint }: { name: UnitKey; label: string; hint?: string | undefined }) {
  const { form, set, errors } = useStartForm()
  return (
    <SelectField
      label={label}
      name={name}
      options={TIME_OPTIONS}
      value={form[name]}
      onChange={(e) => set({ [name]: e.target.value })}
      error={errors.fields[name]}
      hint={hint}
    />
  )
}

/** An amount of time, number and unit as one answer: "Wait between rolls: [2] [hours]". */
export function Amount({
  name,
  unit,
  label,
  wait = false,
  hint,
}: {
  name: TextKey
  unit: UnitKey
  label: string
  wait?: boolean | undefined
  hint?: string | undefined
}) {
  const { form, set, errors } = useStartForm()
  return (
    <FieldGroup label={label} hint={hint} error={errors.fields[name] ?? errors.fields[unit]}>
      {(describedBy) => (
        <>
          <input
            type="number"
            name={name}
            aria-label={label}
            min={0}
            step={1}
            inputMode="numeric"
            value={form[name]}
            aria-invalid={errors.fields[name] ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => set({ [name]: e.target.value })}
          />
          <select
            name={unit}
            aria-label={`${label}: unit`}
            value={form[unit]}
            aria-invalid={errors.fields[unit] ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => set({ [unit]: e.target.value })}
          >
            {(wait ? WAIT_OPTIONS : TIME_OPTIONS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </>
      )}
    </FieldGroup>
  )
}

/** The lowest and highest random multiplier, as one answer: "from [1] to [2.5]". */
export function Range({
  min,
  max,
  label,
  hint,
}: {
  min: TextKey
  max: TextKey
  label: string
  hint: string
}) {
  const { form, set, errors } = useStartForm()
  const bound = (name: TextKey, word: string, describedBy: string | undefined) => (
    <label>
      {word}{' '}
      <input
        type="number"
        name={name}
        aria-label={`${label}: ${word === 'from' ? 'lowest' : 'highest'}`}
        min={0}
        step={0.1}
        inputMode="decimal"
        value={form[name]}
        aria-invalid={errors.fields[name] ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </label>
  )
  return (
    <FieldGroup label={label} hint={hint} error={errors.fields[min] ?? errors.fields[max]}>
      {(describedBy) => (
        <>
          {bound(min, 'from', describedBy)}
          {bound(max, 'to', describedBy)}
        </>
      )}
    </FieldGroup>
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
