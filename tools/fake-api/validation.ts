/**
 * Reading request bodies and query strings the way a PHP service does: numbers may come as numeric
 * strings and flags as 0/1, "0"/"1" or booleans; anything else is a 400 that names the field.
 */
import { parseUtc, readWrittenDateTime } from '../../src/shared/api/time'
import { validation } from './errors'
import type { Flag } from './types'

export type Body = Record<string, unknown>

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/
const UTC_DATETIME_RE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?$/
const INT_RE = /^-?\d+$/
const NUMBER_RE = /^-?\d+(\.\d+)?$/

export function asBody(value: unknown): Body {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw validation('The request body must be a JSON object')
  }
  return value as Body
}

/** Field names are part of the contract: a misspelt field is reported rather than silently ignored. */
export function rejectUnknownFields(body: Body, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw validation(`Unknown field '${key}'`)
  }
}

const present = (body: Body, name: string) => body[name] !== undefined

export function flagField(body: Body, name: string): Flag | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  if (v === 1 || v === '1' || v === true) return 1
  if (v === 0 || v === '0' || v === false || v === '' || v === null) return 0
  throw validation(`Field '${name}' must be 0 or 1`)
}

export function intField(
  body: Body,
  name: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  const n = typeof v === 'number' ? v : typeof v === 'string' && INT_RE.test(v.trim()) ? Number(v) : NaN
  if (!Number.isInteger(n) || n < min || n > max) {
    throw validation(`Field '${name}' must be an integer between ${min} and ${max}`)
  }
  return n
}

export function numberField(body: Body, name: string, min = 0): number | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  const n = typeof v === 'number' ? v : typeof v === 'string' && NUMBER_RE.test(v.trim()) ? Number(v) : NaN
  if (!Number.isFinite(n) || n < min) throw validation(`Field '${name}' must be a number >= ${min}`)
  return n
}

/** A text field; null clears it. */
export function textField(body: Body, name: string, max: number): string | null | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  if (v === null) return null
  if (typeof v !== 'string') throw validation(`Field '${name}' must be a string or null`)
  if (v.length > max) throw validation(`Field '${name}' must be at most ${max} characters`)
  return v
}

export function dateField(body: Body, name: string): string | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  if (typeof v !== 'string' || !DATE_RE.test(v) || parseUtc(v) === null) {
    throw validation(`Field '${name}' must be a date YYYY-MM-DD`)
  }
  return v
}

export function timeField(body: Body, name: string): string | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  if (typeof v !== 'string' || !TIME_RE.test(v)) throw validation(`Field '${name}' must be a time HH:MM`)
  return v
}

export function enumField<T extends string>(body: Body, name: string, values: readonly T[]): T | undefined {
  if (!present(body, name)) return undefined
  const v = body[name]
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    throw validation(`Field '${name}' must be one of ${values.join(', ')}`)
  }
  return v as T
}

/** Units fall back to a default when invalid, as the sessions page documents. */
export function unitField<T extends string>(body: Body, name: string, values: readonly T[], fallback: T): T {
  const v = body[name]
  return typeof v === 'string' && (values as readonly string[]).includes(v.toUpperCase())
    ? (v.toUpperCase() as T)
    : fallback
}

/**
 * A date and optional HH:MM (00:00 when missing) on the user's clock: how the service reads every
 * written date and time, and the list filters' dates.
 */
export function userClockInstant(date: string, time: string | undefined, userOffsetMinutes: number): number {
  const instant = readWrittenDateTime(date, time, userOffsetMinutes)
  if (instant === null) throw validation(`Invalid date '${date}'`)
  return instant
}

// ---------------------------------------------------------------------------------------------
// Query strings

export function queryInt(
  q: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = q.get(name)
  if (raw === null || raw === '') return fallback
  if (!INT_RE.test(raw.trim())) throw validation(`Parameter '${name}' must be an integer`)
  const n = Number(raw)
  if (n < min || n > max) throw validation(`Parameter '${name}' must be between ${min} and ${max}`)
  return n
}

export function queryFlag(q: URLSearchParams, name: string): Flag | undefined {
  const raw = q.get(name)
  if (raw === null || raw === '') return undefined
  if (raw === '0' || raw === '1') return Number(raw) as Flag
  throw validation(`Parameter '${name}' must be 0 or 1`)
}

export function queryEnum<T extends string>(
  q: URLSearchParams,
  name: string,
  values: readonly T[],
): T | undefined {
  const raw = q.get(name)
  if (raw === null || raw === '') return undefined
  if (!(values as readonly string[]).includes(raw)) {
    throw validation(`Parameter '${name}' must be one of ${values.join(', ')}`)
  }
  return raw as T
}

export function queryDate(q: URLSearchParams, name: string): string | undefined {
  const raw = q.get(name)
  if (raw === null || raw === '') return undefined
  if (!DATE_RE.test(raw) || parseUtc(raw) === null)
    throw validation(`Parameter '${name}' must be a date YYYY-MM-DD`)
  return raw
}

/** A UTC datetime filter ("YYYY-MM-DD HH:MM:SS[.mmm]", a bare date meaning midnight) as an instant. */
export function queryUtc(q: URLSearchParams, name: string): number | undefined {
  const raw = q.get(name)
  if (raw === null || raw === '') return undefined
  const instant = UTC_DATETIME_RE.test(raw) ? parseUtc(raw) : null
  if (instant === null) throw validation(`Parameter '${name}' must be a UTC datetime YYYY-MM-DD HH:MM:SS`)
  return instant
}

/** The list `limit`: default 50, 1..200; out of range is refused rather than clamped. */
export function queryLimit(q: URLSearchParams): number {
  return queryInt(q, 'limit', 50, 1, 200)
}

/** A required positive integer id (`id`, `session`). */
export function queryId(q: URLSearchParams, name: string): number | undefined {
  const raw = q.get(name)
  if (raw === null || raw === '') return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw validation(`Parameter '${name}' must be a positive integer`)
  return Number(raw)
}
