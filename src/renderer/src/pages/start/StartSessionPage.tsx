import { useState, type FormEvent } from 'react'
import { call, useAction } from '../../api'
import { FormErrorList } from '../../components/FormErrors'
import { RadioGroup } from '../../components/RadioGroup'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { useLocale } from '../../context'
import { useWriteBlock } from '../../shell/connection'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import {
  checkStartSession,
  emptyStartSessionForm,
  type CreateSessionRequest,
  type StartSessionForm,
} from '../../forms/startSession'
import { useNavigate } from '../../nav'
import { Check, StartFormContext, Text } from './formContext'
import { GameFields } from './GameFields'
import { PageHeading } from '../../components/PageHeading'

const KIND_OPTIONS = [
  ['live', 'Live: starts now (or at a time you give) and runs until you stop it'],
  ['manual', 'Manual: record a past session with its start and end'],
] as const

export default function StartSessionPage() {
  const { timeZone } = useLocale()
  const navigate = useNavigate()
  const canWrite = useWriteBlock() === null
  const [form, setForm] = useState<StartSessionForm>(emptyStartSessionForm)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const create = useAction((req: CreateSessionRequest) => call('sessions:create', req))
  const set = (patch: Partial<StartSessionForm>) => setForm((f) => ({ ...f, ...patch }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const checked = checkStartSession(form, timeZone)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors(noErrors())
    const r = await create.run(checked.value)
    if (r.ok) navigate({ page: 'session', sessionId: r.value.id })
    else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error)))
  }

  return (
    <div className="page">
      <div className="page-head">
        <PageHeading title="Start a session">Start a session</PageHeading>
        <button type="button" onClick={() => navigate({ page: 'sessions' })}>
          Back to sessions
        </button>
      </div>
      <WriteBlockNotice />
      <StartFormContext.Provider value={{ form, set, errors }}>
        <form onSubmit={submit} className="stack" aria-label="Start a session" noValidate>
          <FormErrorList errors={errors} />
          <RadioGroup
            legend="Kind of session"
            name="type"
            value={form.type}
            options={KIND_OPTIONS}
            onChange={(type) => set({ type })}
          />
          {form.type === 'manual' ? <ManualFields /> : <LiveFields />}
          <fieldset>
            <legend>Details</legend>
            <Check name="public" label="Public" />
            <Text name="lockedby" label="Locked by" />
            <Text name="notes" label="Notes" />
          </fieldset>
          {form.type === 'live' && <GameFields />}
          <div className="row">
            <button type="submit" className="primary" disabled={create.pending || !canWrite}>
              {create.pending ? 'Starting…' : form.type === 'live' ? 'Start session' : 'Save session'}
            </button>
          </div>
        </form>
      </StartFormContext.Provider>
    </div>
  )
}

function ManualFields() {
  return (
    <fieldset>
      <legend>When (your local time)</legend>
      <div className="grid">
        <Text name="startdate" label="Start date" type="date" required />
        <Text name="starttime" label="Start time" type="time" />
        <Text name="enddate" label="End date" type="date" required />
        <Text name="endtime" label="End time" type="time" />
      </div>
    </fieldset>
  )
}

function LiveFields() {
  return (
    <fieldset>
      <legend>When (your local time)</legend>
      <div className="grid">
        <Text name="startdate" label="Start date" type="date" hint="Leave empty to start now." />
        <Text name="starttime" label="Start time" type="time" />
        <Text
          name="scheduledend"
          label="Scheduled end date"
          type="date"
          hint="Required when a game is enabled."
        />
        <Text name="scheduledendtime" label="Scheduled end time" type="time" />
      </div>
      <Check name="maxend" label="Random end" hint="Picks a random end between now and the scheduled end." />
    </fieldset>
  )
}
