import { useMemo, useState, type FormEvent } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { CheckboxField, TextAreaField, TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { useLocale } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import { sessionEditForm, toSessionPatch, type SessionPatch } from '../../forms/sessionEdit'

export function SessionEditForm({ session, onSaved }: { session: Session; onSaved: () => void }) {
  const { timeZone } = useLocale()
  const original = useMemo(() => sessionEditForm(session, timeZone), [session, timeZone])
  const [form, setForm] = useState(original)
  const [base, setBase] = useState(original)
  const [takeNext, setTakeNext] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [saved, setSaved] = useState(false)
  // When the session changes underneath (a refresh, a game), show the new values unless the
  // user is editing; after a save, take the saved values.
  if (base !== original) {
    setBase(original)
    if (takeNext || JSON.stringify(form) === JSON.stringify(base)) {
      setForm(original)
      setTakeNext(false)
    }
  }
  const save = useAction((patch: SessionPatch) => call('sessions:update', { id: session.id, patch }))

  const send = async (patch: SessionPatch) => {
    setSaved(false)
    const r = await save.run(patch)
    if (r.ok) {
      setErrors(noErrors())
      setSaved(true)
      setTakeNext(true)
      onSaved()
    } else if (r.error) {
      setErrors(appErrorToForm(r.error, errorText(r.error)))
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const checked = toSessionPatch(form, original, timeZone)
    if (!checked.ok) return setErrors(checked.errors)
    void send(checked.value)
  }

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm({ ...form, [key]: value })

  return (
    <form onSubmit={submit} className="stack" aria-label="Edit session">
      <FormErrorList errors={errors} />
      <CheckboxField label="Public" checked={form.public} onChange={(e) => set('public', e.target.checked)} />
      <TextField
        label="Locked by"
        value={form.lockedby}
        maxLength={1000}
        onChange={(e) => set('lockedby', e.target.value)}
        error={errors.fields.lockedby}
      />
      <TextAreaField
        label="Notes"
        value={form.notes}
        maxLength={1000}
        rows={3}
        onChange={(e) => set('notes', e.target.value)}
        error={errors.fields.notes}
      />
      <div className="row">
        <TextField
          label="Scheduled end date"
          type="date"
          value={form.scheduledDate}
          onChange={(e) => set('scheduledDate', e.target.value)}
          error={errors.fields.scheduledDate ?? errors.fields.scheduledend}
          hint="Your local time"
        />
        <TextField
          label="Scheduled end time"
          type="time"
          value={form.scheduledTime}
          onChange={(e) => set('scheduledTime', e.target.value)}
          error={errors.fields.scheduledendtime}
        />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save changes'}
        </button>
        {original.scheduledDate !== '' && (
          <button type="button" disabled={save.pending} onClick={() => void send({ scheduledend: null })}>
            Remove scheduled end
          </button>
        )}
        {saved && (
          <span role="status" className="ok">
            Saved.
          </span>
        )}
      </div>
    </form>
  )
}
