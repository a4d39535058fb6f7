import { useState, type FormEvent } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { RadioGroup } from '../../components/RadioGroup'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import { toStopRequest, type StopForm, type StopRequest } from '../../forms/sessionEdit'

const WHEN_OPTIONS = [
  ['now', 'Now'],
  ['at', 'At a date and time'],
] as const

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
      <RadioGroup
        legend="When did it end?"
        name="when"
        value={form.when}
        options={WHEN_OPTIONS}
        onChange={(when) => setForm({ ...form, when })}
      />
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
