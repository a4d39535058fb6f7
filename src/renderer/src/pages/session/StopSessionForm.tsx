import { useState, type FormEvent } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import { toStopRequest, type StopForm, type StopRequest } from '../../forms/sessionEdit'

export function StopSessionForm({ session, onStopped }: { session: Session; onStopped: () => void }) {
  const [form, setForm] = useState<StopForm>({ when: 'now', enddate: '', endtime: '' })
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const stop = useAction((req: StopRequest) => call('sessions:stop', { id: session.id, stop: req }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const checked = toStopRequest(form)
    if (!checked.ok) return setErrors(checked.errors)
    const r = await stop.run(checked.value)
    if (r.ok) {
      setErrors(noErrors())
      onStopped()
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error)))
  }

  return (
    <form onSubmit={submit} className="stack" aria-label="Stop session">
      <FormErrorList errors={errors} />
      <fieldset>
        <legend>When did it end?</legend>
        <label className="radio">
          <input
            type="radio"
            name="when"
            checked={form.when === 'now'}
            onChange={() => setForm({ ...form, when: 'now' })}
          />
          Now
        </label>
        <label className="radio">
          <input
            type="radio"
            name="when"
            checked={form.when === 'at'}
            onChange={() => setForm({ ...form, when: 'at' })}
          />
          At a date and time
        </label>
      </fieldset>
      {form.when === 'at' && (
        <div className="row">
          <TextField
            label="End date"
            type="date"
            value={form.enddate}
            required
            onChange={(e) => setForm({ ...form, enddate: e.target.value })}
            error={errors.fields.enddate}
            hint="Your local time"
          />
          <TextField
            label="End time"
            type="time"
            value={form.endtime}
            onChange={(e) => setForm({ ...form, endtime: e.target.value })}
            error={errors.fields.endtime}
          />
        </div>
      )}
      <div className="row">
        <button type="submit" className="danger" disabled={stop.pending}>
          {stop.pending ? 'Stopping…' : 'Stop session'}
        </button>
      </div>
    </form>
  )
}
