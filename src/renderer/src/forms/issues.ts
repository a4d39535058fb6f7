/**
 * Validation issues as the messages shown next to form fields: in plain words that name the
 * field and say what to do, never zod's text nor the API's field names.
 */
import type { z } from 'zod'
import type { AppError } from '../../../shared/ipc/errors'
import { issueFields, type IssueFields, type IssueWording } from '../../../shared/zod-issues'

export type FormErrors = IssueFields

export const noErrors = (): FormErrors => ({ fields: {}, form: [] })

/** How one field is named in its messages. */
export interface FieldWords {
  /** The field as a sentence names it: "the start date". */
  what: string
  /** What it holds, when its messages depend on it. */
  kind?: 'date' | 'time' | 'whole' | 'number' | 'text' | 'choice' | 'address'
  /** The unit a number counts, plural: "seconds". */
  unit?: string
}

/** Every field of a form by its dotted path, as in the request the form becomes. */
export type FormWords = Record<string, FieldWords>

type Issue = z.core.$ZodIssue

export const DOM_NEVER_PUBLIC = 'Dom orgasms are never public: pick another kind or “Any” for Public'

/** Sentences the schemas write themselves, reworded where they read as a program's. */
const RULE_WORDS: Record<string, string> = {
  'Nothing to update': 'Nothing has changed yet: change a field, then save',
  'mode=dom cannot be combined with public=1': DOM_NEVER_PUBLIC,
}

const UNKNOWN_FIELD: FieldWords = { what: 'this value' }

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v = body
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (typeof v === 'number' && Number.isNaN(v))

/** What to type, for a value of the wrong shape. */
function wrongShape({ what, kind, unit }: FieldWords): string {
  switch (kind) {
    case 'date':
      return `Enter ${what} as a real date, like 2025-03-01`
    case 'time':
      return `Enter ${what} as hours and minutes, like 21:30`
    case 'whole':
      return unit ? `Enter ${what} as a whole number of ${unit}` : `Enter ${what} as a whole number, like 2`
    case 'number':
      return `Enter ${what} as a number, like 1.5`
    case 'choice':
      return `Pick ${what} from the list`
    case 'address':
      return `Enter ${what} as a web address starting with https://`
    default:
      return `Check ${what}`
  }
}

function tooSmall(w: FieldWords, minimum: number | bigint, inclusive: boolean | undefined): string {
  const min = Number(minimum)
  if (w.unit) return inclusive === false ? `More than ${min} ${w.unit}` : `At least ${min} ${w.unit}`
  return inclusive === false
    ? `${capital(w.what)} must be more than ${min}`
    : `${capital(w.what)} must be ${min} or more`
}

function tooBig(w: FieldWords, issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = Number(issue.maximum)
  if (issue.origin === 'string') return `Keep ${w.what} to ${max} characters or fewer`
  if (w.unit) return `At most ${max} ${w.unit}`
  return `${capital(w.what)} must be ${max} or less`
}

/** One issue in plain words, with the value the user gave (to tell "missing" from "wrong"). */
export function plainMessage(issue: Issue, body: unknown, words: FormWords): string {
  const field = issue.path.map(String).join('.')
  const w = words[field] ?? UNKNOWN_FIELD
  // The schemas' own rules are sentences ("A scheduled end is required with any game"); their
  // checks of a shape ("expected …") are not.
  if (issue.code === 'custom' && !/^expected\b/i.test(issue.message)) {
    return RULE_WORDS[issue.message] ?? issue.message
  }
  if (issue.code === 'unrecognized_keys') {
    return 'Something in this form could not be sent. Reload the page and try again'
  }
  if (isEmpty(valueAt(body, issue.path))) return w.unit ? `Enter ${w.what}, in ${w.unit}` : `Enter ${w.what}`
  switch (issue.code) {
    case 'too_small':
      return tooSmall(w, issue.minimum, issue.inclusive)
    case 'too_big':
      return tooBig(w, issue)
    default:
      return wrongShape(w)
  }
}

/** The issues of `body`, per field and in plain words. */
export function plainIssues(issues: readonly Issue[], body: unknown, words: FormWords): FormErrors {
  const word: IssueWording = (issue) => plainMessage(issue, body, words)
  return issueFields(issues, word)
}

/**
 * A refusal's text with the API's field names in words: "Field 'startdate' is too far in the
 * past" → "The start date is too far in the past".
 */
export function nameFields(text: string, words: FormWords): string {
  return text
    .replace(/\bField '([\w.]+)'/g, (raw, name: string) => {
      const w = words[name]
      return w ? capital(w.what) : raw
    })
    .replace(/'([\w.]+)'/g, (raw, name: string) => words[name]?.what ?? raw)
}

/**
 * A server refusal: per-field when the server named fields, else one message at the top; with
 * `words`, the API's field names in the messages are put in words.
 */
export function appErrorToForm(error: AppError, text: string, words: FormWords = {}): FormErrors {
  const out = noErrors()
  const named = (m: string) => nameFields(m, words)
  if (error.fields && Object.keys(error.fields).length > 0) {
    out.fields = Object.fromEntries(Object.entries(error.fields).map(([k, m]) => [k, named(m)]))
    if (error.kind !== 'validation') out.form.push(named(text))
  } else {
    out.form.push(named(text))
  }
  return out
}
