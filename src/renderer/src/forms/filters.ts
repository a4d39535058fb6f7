/** List filter forms (what the user picked) and the queries they become. */
import '../../../shared/zod-jitless'
import {
  orgasmListQuery,
  type HistorySource,
  type HistoryType,
  type OrgasmMode,
} from '../../../shared/api/schemas'
import { formatUtc } from '../../../shared/api/time'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { zonedToInstant } from '../zone'
import { plainIssues, type FormWords } from './issues'

/** '' = any. */
export type TriState = '' | '0' | '1'

const tri = (v: TriState) => (v === '' ? undefined : v === '1' ? (1 as const) : (0 as const))

export interface SessionFilters {
  from: string
  to: string
  active: TriState
  public: TriState
}

export const noSessionFilters: SessionFilters = { from: '', to: '', active: '', public: '' }

/** Dates are sent as typed: the service reads them in the user's zone. */
export function sessionListQuery(
  f: SessionFilters,
  limit: number,
  offset: number,
): ChannelInput<'sessions:list'> {
  const q: ChannelInput<'sessions:list'> = { limit, offset }
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  const active = tri(f.active)
  if (active !== undefined) q.active = active
  const pub = tri(f.public)
  if (pub !== undefined) q.public = pub
  return q
}

export interface OrgasmFilters {
  from: string
  to: string
  mode: '' | OrgasmMode
  public: TriState
}

export const noOrgasmFilters: OrgasmFilters = { from: '', to: '', mode: '', public: '' }

export function orgasmQuery(
  f: OrgasmFilters,
  limit: number,
  offset: number,
): { ok: true; query: ChannelInput<'orgasms:list'> } | { ok: false; message: string } {
  const q: ChannelInput<'orgasms:list'> = { limit, offset }
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  if (f.mode) q.mode = f.mode
  const pub = tri(f.public)
  if (pub !== undefined) q.public = pub
  const parsed = orgasmListQuery.safeParse(q)
  if (!parsed.success) {
    const errors = plainIssues(parsed.error.issues, q, ORGASM_FILTER_WORDS)
    const message = Object.values(errors.fields)[0] ?? errors.form[0] ?? 'Check the filters'
    return { ok: false, message }
  }
  return { ok: true, query: q }
}

/** How each orgasm filter is named in its messages. */
export const ORGASM_FILTER_WORDS: FormWords = {
  from: { what: 'the first date', kind: 'date' },
  to: { what: 'the last date', kind: 'date' },
  mode: { what: 'a kind of orgasm', kind: 'choice' },
  public: { what: 'whether public', kind: 'choice' },
}

/** Why a filter draft cannot be applied, or null: a range that ends before it starts. */
export function filterProblem(draft: object): string | null {
  const f = draft as Record<string, unknown>
  const from = typeof f.from === 'string' ? f.from : ''
  const to = typeof f.to === 'string' ? f.to : ''
  if (from !== '' && to !== '' && to < from) return RANGE_REVERSED
  return null
}

export const RANGE_REVERSED = 'The end of the range must not be before its start'

export interface HistoryFilters {
  type: '' | HistoryType
  source: '' | HistorySource
  dom: TriState
  /** datetime-local values ("YYYY-MM-DDTHH:MM") on the user's wall clock. */
  from: string
  to: string
}

export const noHistoryFilters: HistoryFilters = { type: '', source: '', dom: '', from: '', to: '' }

function localToUtc(value: string, timeZone: string): string | undefined {
  const [date = '', time = ''] = value.split('T')
  const instant = zonedToInstant(date, time.slice(0, 5), timeZone)
  return instant === null ? undefined : formatUtc(instant)
}

/** from/to are converted from the user's wall clock to the UTC strings the endpoint filters on. */
export function historyQuery(
  sessionId: number,
  f: HistoryFilters,
  timeZone: string,
): ChannelInput<'histories:all'> {
  const q: ChannelInput<'histories:all'> = { session: sessionId }
  if (f.type) q.type = f.type
  if (f.source) q.source = f.source
  const dom = tri(f.dom)
  if (dom !== undefined) q.dom = dom
  const from = f.from ? localToUtc(f.from, timeZone) : undefined
  if (from) q.from = from
  const to = f.to ? localToUtc(f.to, timeZone) : undefined
  if (to) q.to = to
  return q
}

export const isEmptyFilter = (f: object) => Object.values(f).every((v) => v === '')
