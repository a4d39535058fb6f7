/** The session edit and stop forms, and the requests they become. */
import '../../../shared/zod-jitless'
import { stopSessionInput, updateSessionInput, type Session } from '../../../shared/api/schemas'
import { scheduledEnd, toScheduledEndFields } from '../../../shared/api/time'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { toZonedFields, zonedMoment } from '../zone'
import { plainIssues, type FormWords } from './issues'
import type { Checked } from './startSession'

export interface SessionEditForm {
  public: boolean
  lockedby: string
  notes: string
  /** The scheduled end on the user's wall clock: shown so, and written so (see time.ts). */
  scheduledDate: string
  scheduledTime: string
}

export function sessionEditForm(session: Session, timeZone: string): SessionEditForm {
  const end = scheduledEnd(session)
  const wall = end === null ? null : toZonedFields(end, timeZone)
  return {
    public: session.public === true,
    lockedby: session.lockedby ?? '',
    notes: session.notes ?? '',
    scheduledDate: wall?.date ?? '',
    scheduledTime: wall?.time ?? '',
  }
}

export type SessionPatch = ChannelInput<'sessions:update'>['patch']

/** How each field is named in its messages (the request's names and the form's). */
export const SESSION_EDIT_WORDS: FormWords = {
  public: { what: 'whether the session is public', kind: 'choice' },
  lockedby: { what: 'who locked you', kind: 'text' },
  notes: { what: 'the notes', kind: 'text' },
  scheduledend: { what: 'the scheduled end date', kind: 'date' },
  scheduledendtime: { what: 'the scheduled end time', kind: 'time' },
}

export const STOP_WORDS: FormWords = {
  enddate: { what: 'the end date', kind: 'date' },
  endtime: { what: 'the end time', kind: 'time' },
}

/** Only the fields the user changed, so a save never overwrites what someone else set meanwhile. */
export function toSessionPatch(
  form: SessionEditForm,
  original: SessionEditForm,
  timeZone: string,
): Checked<SessionPatch> {
  const body: Record<string, unknown> = {}
  if (form.public !== original.public) body.public = form.public ? 1 : 0
  if (form.lockedby.trim() !== original.lockedby.trim()) body.lockedby = form.lockedby.trim() || null
  if (form.notes.trim() !== original.notes.trim()) body.notes = form.notes.trim() || null
  const scheduleChanged =
    form.scheduledDate !== original.scheduledDate || form.scheduledTime !== original.scheduledTime
  if (scheduleChanged && form.scheduledDate !== '') {
    const at = zonedMoment(form.scheduledDate, form.scheduledTime, timeZone)
    if (at === null) body.scheduledend = form.scheduledDate
    else Object.assign(body, toScheduledEndFields(at.instant, at.offsetMinutes))
  } else if (scheduleChanged && form.scheduledDate === '' && original.scheduledDate !== '') {
    body.scheduledend = null
  }
  const parsed = updateSessionInput.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors = plainIssues(parsed.error.issues, body, SESSION_EDIT_WORDS)
  if (errors.fields.scheduledend) errors.fields.scheduledDate = errors.fields.scheduledend
  return { ok: false, errors }
}

export interface StopForm {
  when: 'now' | 'at'
  /** Wall clock in the user's zone, written as typed: the service reads it in the user's timezone. */
  enddate: string
  endtime: string
}

export type StopRequest = ChannelInput<'sessions:stop'>['stop']

export function toStopRequest(form: StopForm): Checked<StopRequest> {
  const body =
    form.when === 'now'
      ? { endNow: true }
      : form.endtime
        ? { enddate: form.enddate, endtime: form.endtime }
        : { enddate: form.enddate }
  const parsed = stopSessionInput.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: plainIssues(parsed.error.issues, body, STOP_WORDS) }
}
