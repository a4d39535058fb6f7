/** The questions asked before a row is deleted: each names the row and what goes with it. */
import type { Orgasm, Session } from '../../../shared/api/schemas'
import { sessionEnd, sessionStart } from '../../../shared/api/time'
import { formatCalendarDate, formatDate } from '../../../shared/format'
import { formatLength, type Locale } from '../format'
import { MODE_TEXT } from '../orgasmModes'

/** "Delete the session started 3 Nov 2026 (12 days)? Its history is deleted too. …" */
export function sessionDeleteQuestion(s: Session, loc: Locale): string {
  const start = sessionStart(s)
  const end = sessionEnd(s)
  const when = start === null ? s.start : formatDate(start, loc)
  const length = start !== null && end !== null ? ` (${formatLength(end - start, 1)})` : ''
  return `Delete the session started ${when}${length}? Its history is deleted too. This cannot be undone.`
}

/** "Delete the orgasm of 4 Nov 2026 (Ruined)? This cannot be undone." */
export function orgasmDeleteQuestion(o: Orgasm, locale: string | undefined): string {
  const date = formatCalendarDate(o.date, locale)
  return `Delete the orgasm of ${date} (${MODE_TEXT[o.mode]})? This cannot be undone.`
}
