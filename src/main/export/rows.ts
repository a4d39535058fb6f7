/**
 * An API row as the export writes it: the API's own field names and values, with every date and
 * time turned into UTC ISO 8601 ("2026-11-30T10:00:00Z") and the 0/1 flags the schemas read as
 * booleans written as the API sent them. What the times mean is src/shared/api/time.ts's to say.
 * A time that cannot be read is kept as the API wrote it, so nothing is lost; calendar dates (an
 * orgasm's `date`, the stats' `since_date`) stay dates.
 */
import type { GamesChangeItem, HistoryItem, Orgasm, Session, Stats } from '../../shared/api/schemas'
import { parseOffsetMinutes, parseUtc, parseWallClock, type Instant } from '../../shared/api/time'

/** A row ready to be written: JSON values only, keys in the API's order. */
export type ExportRow = Record<string, unknown>

/** An instant as UTC ISO 8601, with milliseconds only when it has some. */
export function isoUtc(instant: Instant): string {
  return new Date(instant).toISOString().replace('.000Z', 'Z')
}

/** A UTC time of the API ("2026-02-03 10:02:11.456", "… UTC") as ISO; unreadable text as it was. */
function utcField(text: string | null | undefined): string | null | undefined {
  if (text === null || text === undefined) return text
  const instant = parseUtc(text)
  return instant === null ? text : isoUtc(instant)
}

/** A session's wall-clock time at its own offset as ISO; unreadable text (or offset) as it was. */
function wallClockField(text: string | null, offset: string | null | undefined): string | null {
  if (text === null) return null
  const minutes = parseOffsetMinutes(offset)
  const instant = minutes === null ? null : parseWallClock(text, minutes)
  return instant === null ? text : isoUtc(instant)
}

/** A flag the API sends as 0/1. */
function flag(value: boolean | undefined): 0 | 1 | undefined {
  return value === undefined ? undefined : value ? 1 : 0
}

/** The row with some fields replaced, in place (the key order stays the API's); absent ones stay absent. */
function withFields(row: ExportRow, fields: Record<string, unknown>): ExportRow {
  const out: ExportRow = { ...row }
  for (const [key, value] of Object.entries(fields)) if (key in out) out[key] = value
  return out
}

export function sessionRow(s: Session): ExportRow {
  return withFields(s, {
    start: wallClockField(s.start, s.timezonestart),
    // An end without its own offset is at the start's, as the client reads it everywhere.
    end: wallClockField(s.end, s.timezoneend ?? s.timezonestart),
    scheduledend: utcField(s.scheduledend),
    inserted: utcField(s.inserted),
    active: flag(s.active),
    public: flag(s.public),
    has_history: flag(s.has_history),
    has_games_changes: flag(s.has_games_changes),
  })
}

export function historyRow(h: HistoryItem): ExportRow {
  return withFields(h, { schedule: utcField(h.schedule), happened: utcField(h.happened), dom: flag(h.dom) })
}

export function gamesChangeRow(c: GamesChangeItem): ExportRow {
  return withFields(c, { happened: utcField(c.happened) })
}

export function orgasmRow(o: Orgasm): ExportRow {
  return withFields(o, { inserted: utcField(o.inserted), public: flag(o.public) })
}

export function statsRow(s: Stats): ExportRow {
  return withFields(s, {
    current_lock_start: utcField(s.current_lock_start),
    scheduled_end: utcField(s.scheduled_end),
  })
}
