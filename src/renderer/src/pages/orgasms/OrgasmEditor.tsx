import { useState, type FormEvent } from 'react'
import { ORGASM_MODES, type Orgasm, type OrgasmMode } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { useLocale } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import {
  type CreateOrgasmRequest,
  emptyOrgasmForm,
  ORGASM_WORDS,
  orgasmForm,
  type OrgasmForm,
  type OrgasmPatch,
  toCreateOrgasm,
  toOrgasmPatch,
} from '../../forms/orgasm'
import { useLeaveGuard } from '../../nav'
import { useAnnounce } from '../../shell/announcer'
import { useWriteBlock } from '../../shell/connection'
import { toZonedFields } from '../../zone'
import { MODE_TEXT } from '../../orgasmModes'

const MODE_OPTIONS = ORGASM_MODES.map((m) => [m, MODE_TEXT[m]] as const)

type Send = { kind: 'create'; body: CreateOrgasmRequest } | { kind: 'update'; id: number; patch: OrgasmPatch }

const sameForm = (a: OrgasmForm, b: OrgasmForm) =>
  a.date === b.date &&
  a.mode === b.mode &&
  a.public === b.public &&
  a.type === b.type &&
  a.grantedby === b.grantedby &&
  a.number === b.number

interface Props {
  editing: Orgasm | null
  onDone: () => void
  onCancel?: () => void
}

/** Create a new orgasm, or edit `editing`; the result is announced. */
export function OrgasmEditor({ editing, onDone, onCancel }: Props) {
  const { timeZone } = useLocale()
  const announce = useAnnounce()
  const writeBlock = useWriteBlock()
  const [original, setOriginal] = useState(() =>
    editing ? orgasmForm(editing) : emptyOrgasmForm(toZonedFields(Date.now(), timeZone).date),
  )
  const [form, setForm] = useState<OrgasmForm>(original)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const save = useAction((s: Send) =>
    s.kind === 'create'
      ? call('orgasms:create', s.body)
      : call('orgasms:update', { id: s.id, patch: s.patch }),
  )
  useLeaveGuard(
    !sameForm(form, original),
    editing ? 'your changes to this orgasm' : 'the orgasm you were adding',
  )
  const set = (patch: Partial<OrgasmForm>) => setForm({ ...form, ...patch })
  const isDom = form.mode === 'dom'

  const submit = async (e: FormEvent) => {
    e.preventDefault()
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
      if (send.kind === 'create') {
        // Ready for the next one, on the same day.
        const next = emptyOrgasmForm(form.date)
        setOriginal(next)
        setForm(next)
        const n = send.body.number ?? 1
        announce(n === 1 ? 'Orgasm added' : `${n} orgasms added`)
      } else {
        setOriginal(form)
        announce('Orgasm saved')
      }
      onDone()
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error), ORGASM_WORDS))
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
        <BusyButton
          type="submit"
          className="primary"
          busy={save.pending}
          busyLabel="Saving…"
          blockedReason={writeBlock}
        >
          {editing ? 'Save orgasm' : 'Add orgasm'}
        </BusyButton>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
