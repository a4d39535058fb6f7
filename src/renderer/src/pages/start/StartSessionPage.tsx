import { useEffect, useState, type FormEvent } from 'react'
import { call, useAction, useQuery } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { FormErrorList } from '../../components/FormErrors'
import { PageHeading } from '../../components/PageHeading'
import { RadioGroup } from '../../components/RadioGroup'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { useLocale } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import {
  checkStartSession,
  emptyStartSessionForm,
  isStartFormChanged,
  START_WORDS,
  type CreateSessionRequest,
  type StartSessionForm,
} from '../../forms/startSession'
import { useLeaveGuard, useNavigate } from '../../nav'
import { useAnnounce } from '../../shell/announcer'
import { useWriteBlock } from '../../shell/connection'
import { Check, StartFormContext, Text } from './formContext'
import { GameFields } from './GameFields'

const KIND_OPTIONS = [
  ['live', 'Live: starts now (or at a time you give) and runs until you stop it'],
  ['manual', 'Manual: record a past session with its start and end'],
] as const

export const SESSION_RUNNING_TEXT = 'A session is already running: stop it before starting a new one.'

/** Whether a session is running now, as the overview last knew it (null until known). */
function useSessionRunning(): boolean | null {
  const overview = useQuery('overview', () => call('overview:get'), { scopes: ['active', 'sessions'] })
  return overview.data === undefined ? null : overview.data.activeSession !== null
}

/** `kind`: the kind of session the form opens on ("Log a past session" opens it on manual). */
export default function StartSessionPage({ kind }: { kind: StartSessionForm['type'] }) {
  const { timeZone } = useLocale()
  const navigate = useNavigate()
  const announce = useAnnounce()
  const writeBlock = useWriteBlock()
  const running = useSessionRunning()
  const [opened] = useState<StartSessionForm>(() => ({ ...emptyStartSessionForm(), type: kind }))
  const [form, setForm] = useState<StartSessionForm>(opened)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  // The new session's id: the form is done, and the page moves there once the guard is off.
  const [started, setStarted] = useState<number | null>(null)
  const create = useAction((req: CreateSessionRequest) => call('sessions:create', req))
  const set = (patch: Partial<StartSessionForm>) => setForm((f) => ({ ...f, ...patch }))
  useLeaveGuard(started === null && isStartFormChanged(form, opened), 'the session you were setting up')

  useEffect(() => {
    if (started !== null) navigate({ page: 'session', sessionId: started })
  }, [started, navigate])

  // A manual session records the past, so it may be added while another one runs.
  const blockedReason = writeBlock ?? (form.type === 'live' && running ? SESSION_RUNNING_TEXT : null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (blockedReason !== null || create.pending) return
    const checked = checkStartSession(form, timeZone)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors(noErrors())
    const r = await create.run(checked.value)
    if (r.ok) {
      announce(form.type === 'live' ? 'Session started' : 'Session saved')
      setStarted(r.value.id)
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error), START_WORDS))
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
            <Check name="public" label="Public" hint="Others can see this session on your public profile." />
            <Text name="lockedby" label="Locked by" hint="Who holds the key, if anyone." />
            <Text name="notes" label="Notes" />
          </fieldset>
          {form.type === 'live' && <GameFields />}
          <div className="row">
            <BusyButton
              type="submit"
              className="primary"
              busy={create.pending}
              busyLabel={form.type === 'live' ? 'Starting…' : 'Saving…'}
              blockedReason={blockedReason}
            >
              {form.type === 'live' ? 'Start session' : 'Save session'}
            </BusyButton>
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
        <Text name="starttime" label="Start time" type="time" hint="Leave empty for midnight." />
        <Text name="enddate" label="End date" type="date" required />
        <Text name="endtime" label="End time" type="time" hint="Leave empty for midnight." />
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
          hint="When the session is planned to end. Needed when a game is on."
        />
        <Text name="scheduledendtime" label="Scheduled end time" type="time" />
      </div>
      <Check
        name="maxend"
        label="Random end"
        hint="The session ends at a random moment between now and the scheduled end."
      />
    </fieldset>
  )
}
