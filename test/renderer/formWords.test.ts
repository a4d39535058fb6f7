/**
 * Every field of every form says what is wrong in plain words: no library text, no API field
 * names, and each message names the field (or its unit) and what to do.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createSessionInput, stopSessionInput, updateSessionInput } from '../../src/shared/api/schemas'
import { defaultSettings, type Settings } from '../../src/shared/settings'
import {
  filterProblem,
  orgasmQuery,
  noOrgasmFilters,
  ORGASM_FILTER_WORDS,
} from '../../src/renderer/src/forms/filters'
import {
  appErrorToForm,
  nameFields,
  plainMessage,
  type FieldWords,
  type FormWords,
} from '../../src/renderer/src/forms/issues'
import {
  emptyOrgasmForm,
  ORGASM_WORDS,
  toCreateOrgasm,
  toOrgasmPatch,
} from '../../src/renderer/src/forms/orgasm'
import {
  SESSION_EDIT_WORDS,
  STOP_WORDS,
  toSessionPatch,
  toStopRequest,
  type SessionEditForm,
} from '../../src/renderer/src/forms/sessionEdit'
import { SETTINGS_WORDS, settingsPatch } from '../../src/renderer/src/forms/settings'
import {
  checkStartSession,
  emptyStartSessionForm,
  END_BEFORE_START,
  START_WORDS,
  type StartSessionForm,
} from '../../src/renderer/src/forms/startSession'
import { GAMES } from '../../src/renderer/src/forms/games'

/** What no message may contain: zod's words, "NaN", the API's names and abbreviations. */
const NOT_PLAIN =
  /invalid|expected|too small|too big|nan|undefined|null|_utc|scheduledend|startdate|enddate|lockedby|grantedby|\bmin\b|\bmax\b|multi\b|=|\{/i
/** Each message says what to do, or states the rule to follow. */
const SAYS_WHAT_TO_DO = /^(Enter|Pick|Keep|At least|At most|More than|Nothing has changed|The |A |Dom )|must /

function expectPlain(message: string | undefined, names?: string): void {
  expect(message, 'a message').toBeTypeOf('string')
  expect(message).not.toMatch(NOT_PLAIN)
  expect(message).toMatch(SAYS_WHAT_TO_DO)
  if (names !== undefined) expect(message?.toLowerCase()).toContain(names.toLowerCase())
}

/** Real zod issues at `path`, from a schema of the field's kind given a wrong value. */
function issuesAt(path: string, schema: z.ZodType, value: unknown) {
  const keys = path.split('.')
  let shape: z.ZodType = schema
  for (const key of [...keys].reverse()) shape = z.object({ [key]: shape })
  let body: unknown = value
  for (const key of [...keys].reverse()) body = { [key]: body }
  const parsed = shape.safeParse(body)
  if (parsed.success) throw new Error(`${path}: ${String(value)} was accepted`)
  return { issues: parsed.error.issues, body }
}

/** Every way a field of this kind can be refused. */
function refusals(w: FieldWords): [z.ZodType, unknown][] {
  const common: [z.ZodType, unknown][] = [
    [z.string(), undefined],
    [z.string().min(1), ''],
    [z.number(), Number.NaN],
  ]
  switch (w.kind) {
    case 'date':
      return [
        ...common,
        [z.string().regex(/^\d{4}-\d{2}-\d{2}$/), '31.02.2026'],
        [z.string().refine(() => false, 'expected a real calendar date'), '2026-02-31'],
      ]
    case 'time':
      return [...common, [z.string().regex(/^\d\d:\d\d$/, 'expected a time HH:MM'), '25h']]
    case 'whole':
      return [
        ...common,
        [z.number().int(), 1.5],
        [z.number().int().min(0), -1],
        [z.number().max(50), 51],
        [z.number(), 'abc'],
      ]
    case 'number':
      return [...common, [z.number().min(0), -1], [z.number(), 'abc']]
    case 'text':
      return [...common, [z.string().max(100), 'x'.repeat(101)]]
    case 'choice':
      return [...common, [z.enum(['A', 'B']), 'C']]
    case 'address':
      return [...common, [z.url(), 'not an address']]
    default:
      return common
  }
}

const FORMS: [string, FormWords][] = [
  ['start a session', START_WORDS],
  ['edit a session', SESSION_EDIT_WORDS],
  ['stop a session', STOP_WORDS],
  ['orgasm', ORGASM_WORDS],
  ['settings', SETTINGS_WORDS],
  ['orgasm filters', ORGASM_FILTER_WORDS],
]

describe.each(FORMS)('every field of the %s form', (_, words) => {
  it.each(Object.entries(words))('%s: each refusal in plain words that name it', (path, w) => {
    for (const [schema, value] of refusals(w)) {
      const { issues, body } = issuesAt(path, schema, value)
      for (const issue of issues) {
        const message = plainMessage(issue, body, words)
        expectPlain(message)
        expect(message.toLowerCase()).toContain((w.unit ?? w.what).toLowerCase())
      }
    }
  })
})

const startKeys = Object.keys(emptyStartSessionForm())
const requestKeys = (schema: { options: readonly { shape: object }[] }) =>
  schema.options.flatMap((o) => Object.keys(o.shape))

describe('every field has its words', () => {
  it('start a session: every form field and every request field', () => {
    const named = Object.keys(START_WORDS)
    expect(startKeys.filter((k) => !named.includes(k))).toEqual([])
    expect(requestKeys(createSessionInput).filter((k) => !named.includes(k))).toEqual([])
  })

  it('edit and stop a session: every request field', () => {
    expect(Object.keys(updateSessionInput.shape).filter((k) => !(k in SESSION_EDIT_WORDS))).toEqual([])
    expect(requestKeys(stopSessionInput).filter((k) => !(k in STOP_WORDS) && k !== 'endNow')).toEqual([])
  })

  it('settings: every value a user types or picks (switches cannot be wrong)', () => {
    const leaves = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      )
    const settings: Settings = defaultSettings()
    const typed = leaves(settings).filter((path) => {
      const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], settings)
      return typeof value !== 'boolean'
    })
    expect(typed.filter((k) => !(k in SETTINGS_WORDS))).toEqual([])
  })
})

/** A start form with every game and penalty on, so every game field is checked. */
function allGames(over: Partial<Record<keyof StartSessionForm, string | boolean>>): StartSessionForm {
  const form: Record<string, unknown> = { ...emptyStartSessionForm(), scheduledend: '2030-01-10' }
  for (const g of GAMES) {
    form[g.toggle.name] = true
    if (g.penalty) form[g.penalty.toggle.name] = true
  }
  return { ...form, ...over } as StartSessionForm
}

const numberKeys = Object.entries(START_WORDS)
  .filter(([, w]) => w.kind === 'whole' || w.kind === 'number')
  .map(([k]) => k)

describe('start a session: what the user typed, as the form checks it', () => {
  it('a manual session without dates asks for them', () => {
    const r = checkStartSession({ ...emptyStartSessionForm(), type: 'manual' }, 'Europe/Berlin')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields).toEqual({ startdate: 'Enter the start date', enddate: 'Enter the end date' })
  })

  it('an end before the start says so', () => {
    const r = checkStartSession(
      {
        ...emptyStartSessionForm(),
        type: 'manual',
        startdate: '2025-03-02',
        starttime: '10:00',
        enddate: '2025-03-01',
        endtime: '12:00',
      },
      'Europe/Berlin',
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.fields.enddate).toBe(END_BEFORE_START)
  })

  it.each(numberKeys)('%s: letters, a negative and a fraction are refused in plain words', (key) => {
    const what = START_WORDS[key]?.what ?? ''
    for (const value of ['abc', '-1', ...(START_WORDS[key]?.kind === 'whole' ? ['1.5'] : [])]) {
      const r = checkStartSession(allGames({ [key]: value }), 'UTC')
      expect(r.ok, `${key}=${value}`).toBe(false)
      if (!r.ok) expectPlain(r.errors.fields[key], what)
    }
  })

  it.each(['startdate', 'scheduledend'])('%s: an impossible date', (key) => {
    const r = checkStartSession(allGames({ [key]: '2026-02-31' }), 'UTC')
    expect(r.ok).toBe(false)
    if (!r.ok) expectPlain(r.errors.fields[key], START_WORDS[key]?.what)
  })

  it.each(['lockedby', 'notes'])('%s: too long', (key) => {
    const r = checkStartSession(allGames({ [key]: 'x'.repeat(5001) }), 'UTC')
    expect(r.ok).toBe(false)
    if (!r.ok) expectPlain(r.errors.fields[key], START_WORDS[key]?.what)
  })

  it('the rules between fields keep their own sentences', () => {
    const r = checkStartSession(allGames({ scheduledend: '', diceminmulti: '3', dicemaxmulti: '2' }), 'UTC')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields.scheduledend).toBe('A scheduled end is required with any game')
    expect(r.errors.fields.diceminmulti).toBe('The minimum multiplier must not exceed the maximum')
    for (const m of Object.values(r.errors.fields)) expectPlain(m)
  })
})

describe('the other forms, as they check what was typed', () => {
  const edit: SessionEditForm = {
    public: false,
    lockedby: '',
    notes: '',
    scheduledDate: '2026-02-10',
    scheduledTime: '09:00',
  }

  it('session edit: an impossible date, and text too long', () => {
    const r = toSessionPatch(
      { ...edit, scheduledDate: '2026-02-31', lockedby: 'x'.repeat(101), notes: 'x'.repeat(5001) },
      edit,
      'UTC',
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expectPlain(r.errors.fields.scheduledDate, 'the scheduled end date')
    expectPlain(r.errors.fields.lockedby, 'who locked you')
    expectPlain(r.errors.fields.notes, 'the notes')
    expect(r.errors.fields.lockedby).toBe('Keep who locked you to 100 characters or fewer')
  })

  it('session edit: nothing changed', () => {
    const r = toSessionPatch(edit, edit, 'UTC')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.form.map((m) => expectPlain(m))).toHaveLength(1)
  })

  it('stop: an end date is asked for', () => {
    const r = toStopRequest({ when: 'at', enddate: '', endtime: '' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.fields.enddate).toBe('Enter the end date')
  })

  it('orgasm: date, how many, and text', () => {
    const r = toCreateOrgasm({ ...emptyOrgasmForm(''), number: '80', type: 'x'.repeat(101) })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields.date).toBe('Enter the date')
    expect(r.errors.fields.number).toBe('How many to add must be 50 or less')
    expectPlain(r.errors.fields.type, 'the description')
    const patch = toOrgasmPatch(
      { ...emptyOrgasmForm('2026-01-01'), grantedby: 'x'.repeat(51) },
      emptyOrgasmForm('2026-01-01'),
    )
    expect(patch.ok).toBe(false)
    if (!patch.ok) expectPlain(patch.errors.fields.grantedby, 'who granted it')
  })

  it('settings: seconds, quiet hours and the address', () => {
    const before = defaultSettings()
    const after = structuredClone(before)
    after.polling.activeSeconds = 3
    after.polling.idleSeconds = Number.NaN
    after.notifications.quietHours.start = '25:00'
    after.apiBaseUrl = 'http://example.com'
    const r = settingsPatch(before, after)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields['polling.activeSeconds']).toBe('At least 10 seconds')
    expect(r.errors.fields['polling.idleSeconds']).toBe(
      'Enter how often to check while not locked, in seconds',
    )
    expectPlain(r.errors.fields['notifications.quietHours.start'], 'when quiet hours start')
    expectPlain(r.errors.fields.apiBaseUrl)
    expect(r.errors.fields.apiBaseUrl).toMatch(/^Enter an address starting with https:\/\//)
  })

  it('orgasm filters: dom with public, and a date that is not one', () => {
    const dom = orgasmQuery({ ...noOrgasmFilters, mode: 'dom', public: '1' }, 20, 0)
    expect(dom).toEqual({ ok: false, message: expect.stringMatching(/^Dom orgasms are never public/) })
    if (!dom.ok) expectPlain(dom.message)
    const date = orgasmQuery({ ...noOrgasmFilters, from: '2026-13-01' }, 20, 0)
    expect(date.ok).toBe(false)
    if (!date.ok) expectPlain(date.message, 'the first date')
  })

  it('list filters: a range that ends before it starts cannot be applied', () => {
    expect(filterProblem({ from: '2026-03-02', to: '2026-03-01' })).toMatch(/^The end of the range/)
    expect(filterProblem({ from: '2026-03-01T10:00', to: '2026-03-01T09:00' })).not.toBeNull()
    expect(filterProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull()
    expect(filterProblem({ from: '', to: '2026-03-01' })).toBeNull()
  })
})

describe("the service's refusals name fields in words", () => {
  it("puts the API's field names in words, and leaves other quotes alone", () => {
    expect(nameFields("Field 'startdate' is too far in the past", START_WORDS)).toBe(
      'The start date is too far in the past',
    )
    expect(nameFields("'enddate' must follow 'startdate'", START_WORDS)).toBe(
      'the end date must follow the start date',
    )
    expect(nameFields("Field 'elsewhere' is odd", START_WORDS)).toBe("Field 'elsewhere' is odd")
  })

  it('in a form: per field, and at the top', () => {
    const top = appErrorToForm(
      { kind: 'validation', retryable: false, message: "Field 'startdate' is too far in the past" },
      "Field 'startdate' is too far in the past",
      START_WORDS,
    )
    expect(top).toEqual({ fields: {}, form: ['The start date is too far in the past'] })
    const perField = appErrorToForm(
      {
        kind: 'validation',
        retryable: false,
        message: 'refused',
        fields: { scheduledend: "Field 'scheduledend' is in the past" },
      },
      'refused',
      START_WORDS,
    )
    expect(perField.fields).toEqual({ scheduledend: 'The scheduled end date is in the past' })
  })
})
