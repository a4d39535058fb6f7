/**
 * How the dashboard shows a JSON value from the API, such as a games_changes `from` or `to`:
 * strings, numbers, booleans and null as text; an object or array as "key: value" entries, nested
 * as deep as the value goes, so a whole penalties object reads as its fields.
 */
import type { JsonValue } from '../../shared/api/schemas'

export interface JsonEntry {
  key: string
  value: JsonView
}

export type JsonView = { kind: 'text'; text: string } | { kind: 'entries'; entries: JsonEntry[] }

/** What an absent, null or empty value shows. */
const NOTHING = '—'

const text = (t: string): JsonView => ({ kind: 'text', text: t })

type Scalar = string | number | boolean | null

const isScalar = (v: JsonValue): v is Scalar => v === null || typeof v !== 'object'

const scalarText = (v: Scalar) => (v === null || v === '' ? NOTHING : String(v))

export function jsonView(value: JsonValue | undefined): JsonView {
  if (value === undefined) return text(NOTHING)
  if (isScalar(value)) return text(scalarText(value))
  if (Array.isArray(value)) {
    if (value.length === 0) return text(NOTHING)
    // A list of plain values reads best on one line.
    if (value.every(isScalar)) return text(value.map(scalarText).join(', '))
    return { kind: 'entries', entries: value.map((v, i) => ({ key: String(i + 1), value: jsonView(v) })) }
  }
  const fields = Object.entries(value)
  if (fields.length === 0) return text(NOTHING)
  return { kind: 'entries', entries: fields.map(([key, v]) => ({ key, value: jsonView(v) })) }
}
