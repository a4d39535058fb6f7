/**
 * The "Start a session" form: its state (what the user typed) and the request it becomes.
 * Form fields carry the API's own names, so validation issues land on the right field.
 */
import '../../../shared/zod-jitless'
import { createSessionInput, type TimeUnit, type WaitUnit } from '../../../shared/api/schemas'
import { toScheduledEndFields, toUserDateTimeFields } from '../../../shared/api/time'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { zonedMoment } from '../zone'
import { GAMES, gameWords, type Game, type GameField } from './games'
import { plainIssues, type FormErrors, type FormWords } from './issues'

export interface StartSessionForm {
  type: 'manual' | 'live'
  startdate: string
  starttime: string
  enddate: string
  endtime: string
  /** The scheduled end on the user's wall clock, and written so (read back in UTC). */
  scheduledend: string
  scheduledendtime: string
  maxend: boolean
  public: boolean
  lockedby: string
  notes: string
  dices: boolean
  dicenumber: string
  diceunit: TimeUnit
  dicetimewait: string
  dicetimeunitwait: WaitUnit
  diceminmulti: string
  dicemaxmulti: string
  dicespen: boolean
  mindiceplay: string
  pendicetime: string
  pendiceunit: TimeUnit
  diceplaylimit: boolean
  links: boolean
  linkadd: string
  linkaddunit: TimeUnit
  linksub: string
  linksubunit: TimeUnit
  resetvotes: boolean
  linkminmulti: string
  linkmaxmulti: string
  luck: boolean
  randadd: string
  randaddunit: TimeUnit
  randsub: string
  randsubunit: TimeUnit
  randtimewait: string
  randtimeunitwait: WaitUnit
  randminmulti: string
  randmaxmulti: string
  luckpen: boolean
  minluckplay: string
  penlucktime: string
  penlcukunit: TimeUnit
  luckplaylimit: boolean
}

type F = StartSessionForm
/** Fields typed as free text. */
export type TextKey = { [K in keyof F]: string extends F[K] ? K : never }[keyof F]
export type BoolKey = { [K in keyof F]: F[K] extends boolean ? K : never }[keyof F]
/** Fields holding a time or wait unit. */
export type UnitKey = {
  [K in keyof F]: F[K] extends string ? (string extends F[K] ? never : K) : never
}[Exclude<keyof F, 'type'>]

export function emptyStartSessionForm(): StartSessionForm {
  return {
    type: 'live',
    startdate: '',
    starttime: '',
    enddate: '',
    endtime: '',
    scheduledend: '',
    scheduledendtime: '',
    maxend: false,
    public: false,
    lockedby: '',
    notes: '',
    dices: false,
    dicenumber: '1',
    diceunit: 'DAY',
    dicetimewait: '1',
    dicetimeunitwait: 'HOUR',
    diceminmulti: '1',
    dicemaxmulti: '1',
    dicespen: false,
    mindiceplay: '1',
    pendicetime: '1',
    pendiceunit: 'DAY',
    diceplaylimit: false,
    links: false,
    linkadd: '1',
    linkaddunit: 'HOUR',
    linksub: '1',
    linksubunit: 'HOUR',
    resetvotes: false,
    linkminmulti: '1',
    linkmaxmulti: '1',
    luck: false,
    randadd: '1',
    randaddunit: 'HOUR',
    randsub: '1',
    randsubunit: 'HOUR',
    randtimewait: '1',
    randtimeunitwait: 'HOUR',
    randminmulti: '1',
    randmaxmulti: '1',
    luckpen: false,
    minluckplay: '1',
    penlucktime: '1',
    penlcukunit: 'DAY',
    luckplaylimit: false,
  }
}

type Body = Record<string, unknown>

/** A typed number, or the text itself when it is not one (so validation names the field). */
function num(text: string): number | string | undefined {
  const t = text.trim()
  if (t === '') return undefined
  const n = Number(t)
  return Number.isFinite(n) ? n : t
}

const flag = (b: boolean) => (b ? 1 : 0)

function put(body: Body, key: string, value: unknown): void {
  if (value !== undefined && value !== '') body[key] = value
}

function common(form: StartSessionForm, body: Body): void {
  body.public = flag(form.public)
  put(body, 'lockedby', form.lockedby.trim() || undefined)
  put(body, 'notes', form.notes.trim() || undefined)
}

function putField(form: StartSessionForm, body: Body, field: GameField): void {
  switch (field.kind) {
    case 'number':
      return put(body, field.name, num(form[field.name]))
    case 'amount':
      put(body, field.name, num(form[field.name]))
      body[field.unit] = form[field.unit]
      return
    case 'unit':
      body[field.name] = form[field.name]
      return
    case 'range':
      put(body, field.min, num(form[field.min]))
      put(body, field.max, num(form[field.max]))
      return
    case 'check':
      if (form[field.name]) body[field.name] = 1
  }
}

function game(form: StartSessionForm, body: Body, { toggle, fields, penalty }: Game): void {
  body[toggle.name] = 1
  for (const field of fields) putField(form, body, field)
  if (!penalty || !form[penalty.toggle.name]) return
  body[penalty.toggle.name] = 1
  for (const field of penalty.fields) putField(form, body, field)
}

/**
 * A date and time typed in the user's zone, written by the time module's rule (the user's wall
 * clock; a time the zone skips becomes the one after the gap). As typed when it does not read as
 * a date and time, so validation names the field.
 */
function putWritten(
  body: Body,
  keys: [date: string, time: string],
  date: string,
  time: string,
  zone: string,
) {
  const at = zonedMoment(date, time, zone)
  if (at === null) {
    put(body, keys[0], date)
    put(body, keys[1], time)
    return
  }
  const written = toUserDateTimeFields(at.instant, at.offsetMinutes)
  body[keys[0]] = written.date
  body[keys[1]] = written.time
}

/**
 * The request body, unvalidated. Every date and time, the scheduled end included, is written on
 * the user's clock, never converted to UTC: the service reads what is written in the user's
 * timezone (see src/shared/api/time.ts). A missing time is written as 00:00, the service's default.
 */
export function toCreateSessionBody(form: StartSessionForm, timeZone: string): Body {
  const body: Body = { type: form.type }
  if (form.type === 'manual') {
    putWritten(body, ['startdate', 'starttime'], form.startdate, form.starttime, timeZone)
    putWritten(body, ['enddate', 'endtime'], form.enddate, form.endtime, timeZone)
    common(form, body)
    return body
  }
  if (form.startdate) putWritten(body, ['startdate', 'starttime'], form.startdate, form.starttime, timeZone)
  if (form.scheduledend) {
    const at = zonedMoment(form.scheduledend, form.scheduledendtime, timeZone)
    if (at === null) body.scheduledend = form.scheduledend
    else Object.assign(body, toScheduledEndFields(at.instant, at.offsetMinutes))
  }
  if (form.maxend) body.maxend = 1
  common(form, body)
  for (const g of GAMES) if (form[g.toggle.name]) game(form, body, g)
  return body
}

export type CreateSessionRequest = ChannelInput<'sessions:create'>

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FormErrors }

/** How each field is named in its messages. */
export const START_WORDS: FormWords = {
  type: { what: 'the kind of session', kind: 'choice' },
  startdate: { what: 'the start date', kind: 'date' },
  starttime: { what: 'the start time', kind: 'time' },
  enddate: { what: 'the end date', kind: 'date' },
  endtime: { what: 'the end time', kind: 'time' },
  scheduledend: { what: 'the scheduled end date', kind: 'date' },
  scheduledendtime: { what: 'the scheduled end time', kind: 'time' },
  maxend: { what: 'the random end', kind: 'choice' },
  public: { what: 'whether the session is public', kind: 'choice' },
  lockedby: { what: 'who locked you', kind: 'text' },
  notes: { what: 'the notes', kind: 'text' },
  ...gameWords(),
}

export const END_BEFORE_START = 'The end must be after the start'

/** A manual end at or before its start, said so (the schema only knows "too short"). */
function endBeforeStart(form: StartSessionForm, timeZone: string): boolean {
  if (form.type !== 'manual') return false
  const start = zonedMoment(form.startdate, form.starttime, timeZone)
  const end = zonedMoment(form.enddate, form.endtime, timeZone)
  return start !== null && end !== null && end.instant <= start.instant
}

/** The body, checked with the same schema main applies; messages in plain words. */
export function checkStartSession(form: StartSessionForm, timeZone: string): Checked<CreateSessionRequest> {
  const body = toCreateSessionBody(form, timeZone)
  const parsed = createSessionInput.safeParse(body)
  const reversed = endBeforeStart(form, timeZone)
  if (parsed.success && !reversed) return { ok: true, value: parsed.data }
  const errors = parsed.success
    ? { fields: {}, form: [] }
    : plainIssues(parsed.error.issues, body, START_WORDS)
  if (reversed) errors.fields.enddate = END_BEFORE_START
  return { ok: false, errors }
}

/** Whether the user typed or picked anything since the form opened (leaving would lose it). */
export function isStartFormChanged(form: StartSessionForm, opened = emptyStartSessionForm()): boolean {
  return (Object.keys(opened) as (keyof StartSessionForm)[]).some((k) => form[k] !== opened[k])
}
