import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { CheckboxField, TextAreaField, TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { useLocale } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import {
  SESSION_EDIT_WORDS,
  sessionEditForm,
  type SessionPatch,
  toSessionPatch,
} from '../../forms/sessionEdit'
import { useLeaveGuard } from '../../nav'
import { useAnnounce } from '../../shell/announcer'
import { useWriteBlock } from '../../shell/connection'

/** What removing the scheduled end does, asked before it is done. */
export const REMOVE_END_TITLE = 'Remove the scheduled end?'
const REMOVE_END_MESSAGE = 'The session will have no end date and the countdown stops.'

export function SessionEditForm({ session, onSaved }: { session: Session; onSaved: () => void }) {
  const { timeZone } = useLocale()
  const announce = useAnnounce()
  const blocked = useWriteBlock()
  const original = useMemo(() => sessionEditForm(session, timeZone), [session, timeZone])
  const [form, setForm] = useState(original)
  const [base, setBase] = useState(original)
  const [takeNext, setTakeNext] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  /** A save that removes the scheduled end, waiting for the user's yes. */
  const [removing, setRemoving] = useState<SessionPatch | null>(null)
  /** The end was removed: once the dialog has closed, focus goes to the form's submit. */
  const [refocus, setRefocus] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  // When the session changes underneath (a refresh, a game), show the new values unless the
  // user is editing; after a save, take the saved values.
  if (base !== original) {
    setBase(original)
    if (takeNext || JSON.stringify(form) === JSON.stringify(base)) {
      setForm(original)
      setTakeNext(false)
    }
  }
  // Saved values count as saved while the refreshed session is on its way.
  const dirty = !takeNext && JSON.stringify(form) !== JSON.stringify(original)
  useLeaveGuard(dirty, 'your changes to this session')
  // The dialog gives focus back to its opener, but "Remove scheduled end" goes away with the end.
  useEffect(() => {
    if (!refocus || removing !== null) return
    setRefocus(false)
    formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus()
  }, [refocus, removing])
  const save = useAction((patch: SessionPatch) => call('sessions:update', { id: session.id, patch }))

  const send = async (patch: SessionPatch) => {
    const r = await save.run(patch)
    setRemoving(null)
    if (r.ok) {
      setErrors(noErrors())
      setTakeNext(true)
      onSaved()
      announce(patch.scheduledend === null ? 'Scheduled end removed' : 'Session saved')
      if (patch.scheduledend === null) setRefocus(true)
    } else if (r.error) {
      setErrors(appErrorToForm(r.error, errorText(r.error), SESSION_EDIT_WORDS))
    }
  }

  /** Saves `values`; one that removes the scheduled end asks first. */
  const saveForm = (values: typeof form) => {
    const checked = toSessionPatch(values, original, timeZone)
    if (!checked.ok) return setErrors(checked.errors)
    if (checked.value.scheduledend === null) return setRemoving(checked.value)
    void send(checked.value)
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    saveForm(form)
  }

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm({ ...form, [key]: value })

  return (
    <>
      <form ref={formRef} onSubmit={submit} className="stack" aria-label="Edit session">
        <FormErrorList errors={errors} />
        <CheckboxField
          label="Public"
          checked={form.public}
          onChange={(e) => set('public', e.target.checked)}
        />
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
          <BusyButton
            type="submit"
            className="primary"
            busy={save.pending && removing === null}
            busyLabel="Saving…"
            blockedReason={blocked}
          >
            Save changes
          </BusyButton>
          {original.scheduledDate !== '' && (
            <BusyButton
              type="button"
              busy={save.pending}
              blockedReason={blocked}
              // The form saved with the end cleared, so other changes typed meanwhile are not lost.
              onClick={() => saveForm({ ...form, scheduledDate: '', scheduledTime: '' })}
            >
              Remove scheduled end
            </BusyButton>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={REMOVE_END_TITLE}
        message={REMOVE_END_MESSAGE}
        confirmLabel="Remove the end"
        pending={save.pending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void (removing && send(removing))}
      />
    </>
  )
}
