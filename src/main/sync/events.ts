/**
 * What the sync engine reports as changed: one discriminated union, `SyncEvent`, keyed by `kind`.
 *
 * Every event carries a stable `id` built only from the server's data (never from when it was
 * noticed, where the data allows it), so the same change seen again after a restart or through
 * an overlapping page gets the same id and is notified once. The builders below are the only
 * place that decides these ids.
 */
import { z } from 'zod'
import { GAME_ACTIONS, GAMES, HISTORY_SOURCES } from '../../shared/api/schemas'
import type { GamesChangeItem, HistoryItem } from '../../shared/api/schemas'
import { parseUtc } from '../../shared/api/time'

const instant = z.number().finite()
const sessionIdSchema = z.number().int()
const eventId = z.string().min(1)

const scheduleRowSchema = z.strictObject({
  type: z.enum(['ADD', 'SUB']),
  /** Always positive: the direction is in `type`. */
  seconds: z.number().int().min(0),
  source: z.enum(HISTORY_SOURCES).nullable(),
  dom: z.boolean(),
  happened: instant,
  multiplier: z.number().finite().optional(),
})
export type ScheduleRow = z.infer<typeof scheduleRowSchema>

const changeValue = z.union([z.string(), z.number(), z.boolean(), z.null()])
const ruleChangeSchema = z.strictObject({ label: z.string(), from: changeValue, to: changeValue })
type RuleChange = z.infer<typeof ruleChangeSchema>

const scheduleMovedSchema = z.strictObject({
  kind: z.literal('scheduleMoved'),
  id: eventId,
  at: instant,
  sessionId: sessionIdSchema,
  previousEnd: instant.nullable(),
  newEnd: instant.nullable(),
  /** The history rows behind this move; empty when the end changed without one (e.g. removed). */
  rows: z.array(scheduleRowSchema),
})

const rulesChangedSchema = z.strictObject({
  kind: z.literal('rulesChanged'),
  id: eventId,
  at: instant,
  sessionId: sessionIdSchema,
  game: z.enum(GAMES),
  action: z.enum(GAME_ACTIONS),
  domNick: z.string().nullable(),
  changes: z.array(ruleChangeSchema),
})

const sessionStartedSchema = z.strictObject({
  kind: z.literal('sessionStarted'),
  id: eventId,
  at: instant,
  sessionId: sessionIdSchema,
  scheduledEnd: instant.nullable(),
})

const sessionOnly = <K extends string>(kind: K) =>
  z.strictObject({ kind: z.literal(kind), id: eventId, at: instant, sessionId: sessionIdSchema })

const sessionStoppedSchema = sessionOnly('sessionStopped')
const sessionDeletedSchema = sessionOnly('sessionDeleted')

const endReachedSchema = z.strictObject({
  kind: z.literal('endReached'),
  id: eventId,
  at: instant,
  sessionId: sessionIdSchema,
  scheduledEnd: instant,
})

export const syncEventSchema = z.discriminatedUnion('kind', [
  scheduleMovedSchema,
  rulesChangedSchema,
  sessionStartedSchema,
  sessionStoppedSchema,
  sessionDeletedSchema,
  endReachedSchema,
])

export type ScheduleMovedEvent = z.infer<typeof scheduleMovedSchema>
export type RulesChangedEvent = z.infer<typeof rulesChangedSchema>
type SessionStartedEvent = z.infer<typeof sessionStartedSchema>
type SessionStoppedEvent = z.infer<typeof sessionStoppedSchema>
type SessionDeletedEvent = z.infer<typeof sessionDeletedSchema>
type EndReachedEvent = z.infer<typeof endReachedSchema>
export type SyncEvent = z.infer<typeof syncEventSchema>

// ---------------------------------------------------------------------------------------------
// Builders for state changes the engine detects by comparing snapshots

/** A session starts once, so its id alone identifies the event. */
export function sessionStartedEvent(
  sessionId: number,
  scheduledEnd: number | null,
  at: number,
): SessionStartedEvent {
  return { kind: 'sessionStarted', id: `started:${sessionId}`, at, sessionId, scheduledEnd }
}

export function sessionStoppedEvent(sessionId: number, at: number): SessionStoppedEvent {
  return { kind: 'sessionStopped', id: `stopped:${sessionId}`, at, sessionId }
}

export function sessionDeletedEvent(sessionId: number, at: number): SessionDeletedEvent {
  return { kind: 'sessionDeleted', id: `deleted:${sessionId}`, at, sessionId }
}

/** Keyed by the end instant: an end that is moved later and reached again is a new event. */
export function endReachedEvent(sessionId: number, scheduledEnd: number, at: number): EndReachedEvent {
  return { kind: 'endReached', id: `endReached:${sessionId}:${scheduledEnd}`, at, sessionId, scheduledEnd }
}

// ---------------------------------------------------------------------------------------------
// Histories -> scheduleMoved

const endKey = (end: number | null) => (end === null ? 'none' : String(end))

/** The id of the event for one history row: every field the row has, so two rows never share it. */
function historyRowEventId(
  sessionId: number,
  row: { type: string; source: string | null; dom: boolean; unit: number | null },
  happened: number,
  schedule: number | string,
): string {
  return `schedule:${sessionId}:${happened}:${row.type}:${row.source ?? '-'}:${row.dom ? 1 : 0}:${row.unit ?? '-'}:${schedule}`
}

interface ParsedRow {
  item: HistoryItem
  type: 'ADD' | 'SUB'
  seconds: number
  happened: number
  schedule: number | null
}

function parseRow(item: HistoryItem, sessionId: number): ParsedRow | null {
  if (item.session !== sessionId) return null
  if (item.type !== 'ADD' && item.type !== 'SUB') return null
  if (item.unit === null) return null
  const happened = parseUtc(item.happened)
  if (happened === null) return null
  return { item, type: item.type, seconds: Math.abs(item.unit), happened, schedule: parseUtc(item.schedule) }
}

/** The multiplier, when the row carries one (the documented row has none; a richer one may). */
function rowMultiplier(item: HistoryItem): number | undefined {
  const value = item['multiplier']
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * One `scheduleMoved` event per new ADD/SUB history row, oldest first, plus one event without rows
 * when the session's end differs from where the rows leave it (an end set, edited or removed by
 * other means). START rows are not schedule moves: `sessionStarted` comes from the session itself.
 *
 * `previousEnd` / `newEnd` are the session's scheduled end before and after this sync;
 * `detectedAt` is the `at` of the row-less event (it has no server timestamp).
 */
export function eventsFromHistoryRows(
  sessionId: number,
  previousEnd: number | null,
  newEnd: number | null,
  newRows: readonly HistoryItem[],
  detectedAt: number,
): ScheduleMovedEvent[] {
  const rows = newRows
    .map((item) => parseRow(item, sessionId))
    .filter((row): row is ParsedRow => row !== null)
    .sort((a, b) => a.happened - b.happened || (a.schedule ?? 0) - (b.schedule ?? 0))

  const events: ScheduleMovedEvent[] = []
  const seen = new Set<string>()
  let chain = previousEnd
  for (const row of rows) {
    const id = historyRowEventId(sessionId, row.item, row.happened, row.schedule ?? row.item.schedule)
    if (seen.has(id)) continue
    seen.add(id)
    const delta = (row.type === 'ADD' ? 1 : -1) * row.seconds * 1000
    // The row's `schedule` is the end after the change; without it, continue from the previous end.
    const after = row.schedule ?? (chain === null ? null : chain + delta)
    const before = after === null ? chain : after - delta
    const multiplier = rowMultiplier(row.item)
    events.push({
      kind: 'scheduleMoved',
      id,
      at: row.happened,
      sessionId,
      previousEnd: before,
      newEnd: after,
      rows: [
        {
          type: row.type,
          seconds: row.seconds,
          source: row.item.source,
          dom: row.item.dom,
          happened: row.happened,
          ...(multiplier === undefined ? {} : { multiplier }),
        },
      ],
    })
    chain = after
  }

  if (!sameEnd(chain, newEnd)) {
    events.push({
      kind: 'scheduleMoved',
      id: `end:${sessionId}:${endKey(chain)}>${endKey(newEnd)}`,
      at: detectedAt,
      sessionId,
      previousEnd: chain,
      newEnd,
      rows: [],
    })
  }
  return events
}

/** Ends within a second are the same end: the API writes them at second precision. */
function sameEnd(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) < 1000
}

// ---------------------------------------------------------------------------------------------
// Games changes -> rulesChanged

type ChangeValue = RuleChange['from']

function toChangeValue(value: unknown): ChangeValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return JSON.stringify(value)
}

/** A field-by-field diff of two raw configs, for pages fetched without `changes`. */
export function diffConfigs(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): RuleChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort()
  const changes: RuleChange[] = []
  for (const key of keys) {
    const from = toChangeValue(before?.[key])
    const to = toChangeValue(after?.[key])
    if (from !== to) changes.push({ label: key, from, to })
  }
  return changes
}

/** One `rulesChanged` event per games_changes item of the session, oldest first. */
export function eventsFromGamesChanges(
  sessionId: number,
  items: readonly GamesChangeItem[],
): RulesChangedEvent[] {
  const events: RulesChangedEvent[] = []
  const seen = new Set<string>()
  for (const item of items) {
    if (item.session !== sessionId) continue
    const happened = parseUtc(item.happened)
    if (happened === null) continue
    const id = `rules:${sessionId}:${item.game}:${item.action}:${happened}`
    if (seen.has(id)) continue
    seen.add(id)
    const changes =
      item.changes !== undefined
        ? item.changes.map((c) => ({ label: c.label, from: toChangeValue(c.from), to: toChangeValue(c.to) }))
        : diffConfigs(item.before, item.after)
    events.push({
      kind: 'rulesChanged',
      id,
      at: happened,
      sessionId,
      game: item.game,
      action: item.action,
      domNick: item.dom_nick ?? null,
      changes,
    })
  }
  return events.sort((a, b) => a.at - b.at)
}
