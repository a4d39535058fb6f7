import { useState, type FormEvent } from 'react'
import { ORGASM_MODES, type Orgasm, type OrgasmMode } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { useLocale } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import {
  emptyOrgasmForm,
  orgasmForm,
  toCreateOrgasm,
  toOrgasmPatch,
  type CreateOrgasmRequest,
  type OrgasmForm,
  type OrgasmPatch,
} from '../../forms/orgasm'
import { toZonedFields } from '../../zone'
import { MODE_TEXT } from '../../orgasmModes'

const MODE_OPTIONS = ORGASM_MODES.map((m) => [m, MODE_TEXT[m]] as const)

type Send = { kind: 'create'; body: CreateOrgasmRequest } | { kind: 'update'; id: number; patch: OrgasmPatch }

interface Props {
  editing: Orgasm | null
  onDone: () => void
  onCancel: () => void
}

/** Create a new orgasm, or edit `editing`. */
export function OrgasmEditor({ editing, onDone, onCancel }: Props) {
  const { timeZone } = useLocale()
  const [original] = useState(() =>
    editing ? orgasmForm(editing) : emptyOrgasmForm(toZonedFields(Date.now(), timeZone).date),
  )
  const [form, setForm] = useState<OrgasmForm>(original)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [done, setDone] = useState<string | null>(null)
  const save = useAction((s: Send) =>
    s.kind === 'create'
      ? call('orgasms:create', s.body)
      : call('orgasms:update', { id: s.id, patch: s.patch }),
  )
  const set = (patch: Partial<OrgasmForm>) => setForm({ ...form, ...patch })
  const isDom = form.mode === 'dom'

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setDone(null)
    let send: Send
    if (editing) {
      const checked = toOrgasmPatch(form, original)
      if (!checked.ok) return setErrors(checked.errors)
      send = { kind: 'update', id: editing.id, patch: checked.value }
    } else {
      const checked = toCreateOrgasm(form)
      if (!checked.ok) return setErrors(checked.errors)
      send = { kind: 'create', body: checked.value }
    }
    const r = await save.run(send)
    if (r.ok) {
      setErrors(noErrors())
      if (!editing) setForm({ ...original, date: form.date })
      setDone(editing ? 'Saved.' : 'Added.')
      onDone()
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error)))
  }

  return (
    <form onSubmit={submit} className="stack" aria-label={editing ? 'Edit orgasm' : 'Add orgasm'} noValidate>
      <FormErrorList errors={errors} />
      <div className="grid">
        <TextField
          label="Date"
          type="date"
          value={form.date}
          required
          onChange={(e) => set({ date: e.target.value })}
          error={errors.fields.date}
        />
        <SelectField
          label="Mode"
          options={MODE_OPTIONS}
          value={form.mode}
          onChange={(e) => set({ mode: e.target.value as OrgasmMode })}
          error={errors.fields.mode}
        />
        <TextField
          label="Type"
          value={form.type}
          maxLength={100}
          onChange={(e) => set({ type: e.target.value })}
          error={errors.fields.type}
          hint="For example: Stroke"
        />
        <TextField
          label="Granted by"
          value={isDom ? '' : form.grantedby}
          maxLength={50}
          disabled={isDom}
          onChange={(e) => set({ grantedby: e.target.value })}
          error={errors.fields.grantedby}
        />
        {!editing && (
          <TextField
            label="How many"
            type="number"
            min={1}
            max={50}
            value={form.number}
            onChange={(e) => set({ number: e.target.value })}
            error={errors.fields.number}
          />
        )}
      </div>
      <CheckboxField
        label="Public"
        checked={!isDom && form.public}
        disabled={isDom}
        onChange={(e) => set({ public: e.target.checked })}
        hint={isDom ? 'Dom orgasms are always private.' : undefined}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : editing ? 'Save orgasm' : 'Add orgasm'}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            Cancel editing
          </button>
        )}
        {done && (
          <span role="status" className="ok">
            {done}
          </span>
        )}
      </div>
    </form>
  )
}
