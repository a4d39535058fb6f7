import { useState, type FormEvent } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { call, useAction } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextField } from '../../components/Field'
import { FormErrorList } from '../../components/FormErrors'
import { RadioGroup } from '../../components/RadioGroup'
import { useLocale } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import { STOP_WORDS, type StopForm, type StopRequest, toStopRequest } from '../../forms/sessionEdit'
import { useAnnounce } from '../../shell/announcer'
import { useWriteBlock } from '../../shell/connection'
import { formatCalendarDate } from '../../../../shared/format'

const WHEN_OPTIONS = [
  ['now', 'Now'],
  ['at', 'At a date and time'],
] as const

const STOP_MESSAGE = 'The session ends and cannot be restarted.'

function stopTitle(req: StopRequest, locale: string | undefined): string {
  if ('endNow' in req) return 'Stop now?'
  const at = req.endtime ? ` at ${req.endtime}` : ''
  return `Stop the session as ended on ${formatCalendarDate(req.enddate, locale)}${at}?`
}

export function StopSessionForm({ session, onStopped }: { session: Session; onStopped: () => void }) {
  const { locale } = useLocale()
  const announce = useAnnounce()
  const blocked = useWriteBlock()
  const [form, setForm] = useState<StopForm>({ when: 'now', enddate: '', endtime: '' })
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  /** The checked request, waiting for the user's yes while `confirming`; kept while the dialog closes. */
  const [request, setRequest] = useState<StopRequest>({ endNow: true })
  const [confirming, setConfirming] = useState(false)
  const stop = useAction((req: StopRequest) => call('sessions:stop', { id: session.id, stop: req }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const checked = toStopRequest(form)
    if (!checked.ok) return setErrors(checked.errors)
    setRequest(checked.value)
    setConfirming(true)
  }

  const confirm = async () => {
    const r = await stop.run(request)
    setConfirming(false)
    if (r.ok) {
      setErrors(noErrors())
      announce('Session stopped')
      onStopped()
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error), STOP_WORDS))
  }

  return (
    <>
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
          <BusyButton
            type="submit"
            className="danger"
            busy={stop.pending}
            busyLabel="Stopping…"
            blockedReason={blocked}
          >
            Stop session
          </BusyButton>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={stopTitle(request, locale)}
        message={STOP_MESSAGE}
        confirmLabel="Stop session"
        pending={stop.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirm()}
      />
    </>
  )
}
