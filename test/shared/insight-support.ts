/** Sessions for the insight tests, written as the API sends them (UTC wall clock unless told). */
import type { SessionTimes } from '../../src/shared/insight/intervals'

let nextId = 1

export function session(start: string, end: string | null, extra: Partial<SessionTimes> = {}): SessionTimes {
  return { id: nextId++, start, end, active: end === null, scheduledend: null, ...extra }
}

/** An instant from a UTC wall clock "YYYY-MM-DD HH:MM". */
export const utc = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00Z`)

export const HOUR = 3600
