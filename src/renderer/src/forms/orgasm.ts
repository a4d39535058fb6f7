/** The orgasm create/edit form and its requests. */
import '../../../shared/zod-jitless'
import {
  createOrgasmInput,
  updateOrgasmInput,
  type Orgasm,
  type OrgasmMode,
} from '../../../shared/api/schemas'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { plainIssues, type FormWords } from './issues'
import type { Checked } from './startSession'

export interface OrgasmForm {
  date: string
  mode: OrgasmMode
  public: boolean
  type: string
  grantedby: string
  /** How many to insert at once (create only). */
  number: string
}

export function emptyOrgasmForm(today: string): OrgasmForm {
  return { date: today, mode: 'full', public: false, type: '', grantedby: '', number: '1' }
}

export function orgasmForm(o: Orgasm): OrgasmForm {
  return {
    date: o.date,
    mode: o.mode,
    public: o.public,
    type: o.type ?? '',
    grantedby: o.grantedby ?? '',
    number: '1',
  }
}

/** How each field is named in its messages. */
export const ORGASM_WORDS: FormWords = {
  date: { what: 'the date', kind: 'date' },
  mode: { what: 'the kind of orgasm', kind: 'choice' },
  public: { what: 'whether it is public', kind: 'choice' },
  type: { what: 'the description', kind: 'text' },
  grantedby: { what: 'who granted it', kind: 'text' },
  number: { what: 'how many to add', kind: 'whole' },
}

export type CreateOrgasmRequest = ChannelInput<'orgasms:create'>
export type OrgasmPatch = ChannelInput<'orgasms:update'>['patch']

export function toCreateOrgasm(form: OrgasmForm): Checked<CreateOrgasmRequest> {
  const isDom = form.mode === 'dom'
  const body: Record<string, unknown> = {
    date: form.date,
    mode: form.mode,
    public: !isDom && form.public ? 1 : 0,
  }
  if (form.type.trim()) body.type = form.type.trim()
  if (!isDom && form.grantedby.trim()) body.grantedby = form.grantedby.trim()
  const n = form.number.trim() === '' ? 1 : Number(form.number)
  if (n !== 1) body.number = n
  const parsed = createOrgasmInput.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: plainIssues(parsed.error.issues, body, ORGASM_WORDS) }
}

/** Only the changed fields. */
export function toOrgasmPatch(form: OrgasmForm, original: OrgasmForm): Checked<OrgasmPatch> {
  const body: Record<string, unknown> = {}
  if (form.date !== original.date) body.date = form.date
  if (form.mode !== original.mode) body.mode = form.mode
  const pub = form.mode !== 'dom' && form.public
  if (pub !== original.public || (form.mode === 'dom' && original.public)) body.public = pub ? 1 : 0
  if (form.type.trim() !== original.type.trim()) body.type = form.type.trim() || null
  if (form.mode !== 'dom' && form.grantedby.trim() !== original.grantedby.trim())
    body.grantedby = form.grantedby.trim() || null
  const parsed = updateOrgasmInput.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: plainIssues(parsed.error.issues, body, ORGASM_WORDS) }
}
