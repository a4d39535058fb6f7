/**
 * The "Start a session" form: its state (what the user typed) and the request it becomes.
 * Form fields carry the API's own names, so validation issues land on the right field.
 */
import { createSessionInput, type TimeUnit, type WaitUnit } from '../../../shared/api/schemas'
import { toScheduledEndFields } from '../../../shared/api/time'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { zonedToInstant } from '../zone'
import { GAMES, type Game, type GameField } from './games'
import { issuesToErrors, type FormErrors } from './issues'

export interface StartSessionForm {
  type: 'manual' | 'live'
  startdate: string
  starttime: string
  enddate: string
  endtime: string
  /** The scheduled end on the user's wall clock; sent in UTC. */
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
  if (field.kind === 'number') put(body, field.name, num(form[field.name]))
  else if (field.kind === 'unit') body[field.name] = form[field.name]
  else if (form[field.name]) body[field.name] = 1
}

function game(form: StartSessionForm, body: Body, { toggle, fields, penalty }: Game): void {
  body[toggle.name] = 1
  for (const field of fields) putField(form, body, field)
  if (!penalty || !form[penalty.toggle.name]) return
  body[penalty.toggle.name] = 1
  for (const field of penalty.fields) putField(form, body, field)
}

/**
 * The request body, unvalidated. Manual start/end and the live start are wall clock in the
 * user's zone, sent as typed; the scheduled end is converted from the user's zone to UTC.
 */
export function toCreateSessionBody(form: StartSessionForm, timeZone: string): Body {
  const body: Body = { type: form.type }
  if (form.type === 'manual') {
    put(body, 'startdate', form.startdate)
    put(body, 'starttime', form.starttime)
    put(body, 'enddate', form.enddate)
    put(body, 'endtime', form.endtime)
    common(form, body)
    return body
  }
  put(body, 'startdate', form.startdate)
  if (form.startdate) put(body, 'starttime', form.starttime)
  if (form.scheduledend) {
    const instant = zonedToInstant(form.scheduledend, form.scheduledendtime, timeZone)
    if (instant === null) body.scheduledend = form.scheduledend
    else Object.assign(body, toScheduledEndFields(instant))
  }
  if (form.maxend) body.maxend = 1
  common(form, body)
  for (const g of GAMES) if (form[g.toggle.name]) game(form, body, g)
  return body
}

export type CreateSessionRequest = ChannelInput<'sessions:create'>

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FormErrors }

/** The body, checked with the same schema main applies. */
export function checkStartSession(form: StartSessionForm, timeZone: string): Checked<CreateSessionRequest> {
  const body = toCreateSessionBody(form, timeZone)
  const parsed = createSessionInput.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: issuesToErrors(parsed.error.issues) }
}
