/**
 * Which sync events become desktop notifications, and in what words. Pure: the caller passes the
 * clock, the settings and what was already notified, and persists the returned markers.
 *
 * Rules, in order:
 * 1. An event whose id was already notified (or appears earlier in the same batch) is skipped
 *    entirely: each event id is decided once, ever.
 * 2. Every other event is decided now and its id returned in `markers`, shown or not. Events held
 *    back (notifications off, paused, quiet hours, their kind switched off) are NOT shown later:
 *    a pile of stale notifications at 07:00 helps nobody, and the app shows the history anyway.
 * 3. Up to MAX_SEPARATE_NOTIFICATIONS shown events give one notification each; more are
 *    coalesced into ONE summary.
 * 4. Discreet mode replaces every text with a neutral reminder that does not say what the app is
 *    about, and sends at most one per batch (identical reminders side by side add nothing).
 */
import type { NotificationKind, Settings } from '../../shared/settings'
import type { ScheduleMovedEvent, ScheduleRow, SyncEvent } from '../sync/events'
import type { GameReadyEvent } from '../games/ready-event'
import { GAME_NAMES } from '../../shared/games/readiness'
import { formatDuration, formatNear, formatSignedDuration, type FormatOptions } from '../../shared/format'
import { sourcePhrase } from '../../shared/words'

/** What can be notified: what the sync found, and a game that can be played again. */
export type NotifyEvent = SyncEvent | GameReadyEvent

export type NotificationSettings = Settings['notifications']
type QuietHours = NotificationSettings['quietHours']

export interface NotifyContext {
  now: number
  alreadyNotified: (eventId: string) => boolean
  settings: NotificationSettings
  /** The user's IANA time zone for quiet hours and end times; UTC when absent. */
  timeZone?: string | undefined
  locale?: string | undefined
  /** Notifications are paused until this instant. */
  pausedUntil?: number | null | undefined
}

interface PlannedNotification {
  id: string
  title: string
  body: string
  sessionId: number | null
  eventIds: string[]
}

interface NotificationPlan {
  notifications: PlannedNotification[]
  /** Every event id decided in this call (shown or held back), to persist as notified. */
  markers: string[]
}

const MAX_SEPARATE_NOTIFICATIONS = 3
export const DISCREET_TITLE = 'Reminder'
export const DISCREET_BODY = 'Something changed. Open the app for details.'
/** Discreet words for a batch of game readiness only: it says no more than that. */
export const DISCREET_GAME_READY_BODY = 'A game is ready'

// ---------------------------------------------------------------------------------------------
// Kinds

function rowKind(row: ScheduleRow): NotificationKind {
  // A penalty is a penalty whoever triggered it; anything else the dom did is the dom's.
  if (row.source === 'PENALTY') return 'penalty'
  if (row.dom || row.source === 'DOM') return 'dom'
  switch (row.source) {
    case 'DICE':
      return 'dice'
    case 'LINK':
      return 'link'
    case 'LUCK':
      return 'luck'
    default:
      return 'manual'
  }
}

/** The settings toggle that governs an event. */
export function kindOf(event: NotifyEvent): NotificationKind {
  switch (event.kind) {
    case 'scheduleMoved': {
      const first = event.rows[0]
      // An end set, edited or removed without a history row is a manual edit.
      return first === undefined ? 'manual' : rowKind(first)
    }
    case 'rulesChanged':
      return 'rulesChanged'
    case 'sessionStarted':
      return 'started'
    case 'sessionStopped':
    case 'sessionDeleted':
      return 'stopped'
    case 'endReached':
      return 'endReached'
    case 'gameReady':
      return 'gameReady'
  }
}

// ---------------------------------------------------------------------------------------------
// Quiet hours

const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
const minuteFormatters = new Map<string, Intl.DateTimeFormat>()

function minuteFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? 'UTC'
  let f = minuteFormatters.get(key)
  if (f === undefined) {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    try {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: key })
    } catch {
      // An unknown zone must not stop notifications: read the clock as UTC.
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
    }
    minuteFormatters.set(key, f)
  }
  return f
}

/** Minutes since local midnight of an instant in a time zone. */
export function minuteOfDay(instant: number, timeZone?: string): number {
  const parts = minuteFormatter(timeZone).formatToParts(instant)
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0)
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0)
  return (hour % 24) * 60 + minute
}

function clockMinutes(text: string): number | null {
  const m = CLOCK_RE.exec(text)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/**
 * Whether an instant falls in the quiet hours [start, end), which may span midnight. A window with
 * start equal to end is empty, as is one with a malformed time.
 */
export function isQuietTime(now: number, quietHours: QuietHours, timeZone?: string): boolean {
  if (!quietHours.enabled) return false
  const start = clockMinutes(quietHours.start)
  const end = clockMinutes(quietHours.end)
  if (start === null || end === null || start === end) return false
  const minute = minuteOfDay(now, timeZone)
  return start < end ? minute >= start && minute < end : minute >= start || minute < end
}

// ---------------------------------------------------------------------------------------------
// Words

function rowDelta(row: ScheduleRow): number {
  return (row.type === 'ADD' ? 1 : -1) * row.seconds * 1000
}

/** How far an event moved the end; 0 when it cannot be told (an end set or removed). */
function eventDelta(event: ScheduleMovedEvent): number {
  if (event.rows.length > 0) return event.rows.reduce((sum, row) => sum + rowDelta(row), 0)
  if (event.previousEnd !== null && event.newEnd !== null) return event.newEnd - event.previousEnd
  return 0
}

/** " (x2.5)" after a change; nothing for none or 1. */
export function formatMultiplier(multiplier: number | null | undefined): string {
  if (multiplier === undefined || multiplier === null || multiplier === 1) return ''
  return ` (x${Number(multiplier.toFixed(2))})`
}

function changeValueText(value: string | number | boolean | null): string {
  if (value === null) return 'none'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

interface Text {
  title: string
  body: string
}

function describeScheduleMoved(event: ScheduleMovedEvent, fmt: FormatOptions, now: number): Text {
  const ends = event.newEnd === null ? '' : `. Ends ${formatNear(event.newEnd, now, fmt)}`
  const [row, ...more] = event.rows

  if (row === undefined) {
    if (event.newEnd === null) {
      return { title: 'Scheduled end removed', body: 'The session has no scheduled end any more.' }
    }
    if (event.previousEnd === null) {
      return { title: 'Scheduled end set', body: `Ends ${formatNear(event.newEnd, now, fmt)}` }
    }
    return { title: 'Scheduled end changed', body: `Moved ${formatSignedDuration(eventDelta(event))}${ends}` }
  }

  if (more.length > 0) {
    return {
      title: 'Schedule changed',
      body: `${event.rows.length} changes: ${formatSignedDuration(eventDelta(event))}${ends}`,
    }
  }

  const delta = rowDelta(row)
  const title = row.type === 'ADD' ? 'Time added' : 'Time removed'
  const multiplier = formatMultiplier(row.multiplier)
  switch (rowKind(row)) {
    case 'penalty':
      return { title: 'Penalty', body: `Penalty: ${formatSignedDuration(delta)}${multiplier}${ends}` }
    case 'dom': {
      const verb = row.type === 'ADD' ? 'added' : 'removed'
      const via =
        row.source === 'DICE' || row.source === 'LINK' || row.source === 'LUCK'
          ? ` ${sourcePhrase(row.source)}`
          : ''
      return { title, body: `Your dom ${verb} ${formatDuration(delta)}${via}${multiplier}${ends}` }
    }
    case 'manual':
      return {
        title,
        body: `${row.source === 'MANUAL' ? 'Manual change' : 'Schedule changed'}: ${formatSignedDuration(delta)}${ends}`,
      }
    default:
      return {
        title,
        body: `${formatSignedDuration(delta)} ${sourcePhrase(row.source ?? 'an unknown source')}${multiplier}${ends}`,
      }
  }
}

const MAX_LISTED_CHANGES = 3

/** The plain-words text of one event (ignoring discreet mode). */
export function describeEvent(event: NotifyEvent, options: FormatOptions & { now: number }): Text {
  const fmt: FormatOptions = { locale: options.locale, timeZone: options.timeZone }
  const { now } = options
  switch (event.kind) {
    case 'scheduleMoved':
      return describeScheduleMoved(event, fmt, now)
    case 'rulesChanged': {
      const by = event.domNick ? ` by ${event.domNick}` : ''
      if (event.action === 'INSERT')
        return { title: 'Game rules changed', body: `${event.game} game added${by}` }
      if (event.action === 'DELETE')
        return { title: 'Game rules changed', body: `${event.game} game removed${by}` }
      const listed = event.changes
        .slice(0, MAX_LISTED_CHANGES)
        .map((c) => `${c.label} ${changeValueText(c.from)} → ${changeValueText(c.to)}`)
      const extra = event.changes.length - listed.length
      const list = listed.length === 0 ? '' : `: ${listed.join(', ')}${extra > 0 ? ` and ${extra} more` : ''}`
      return { title: 'Game rules changed', body: `${event.game} rules changed${by}${list}` }
    }
    case 'sessionStarted':
      return {
        title: 'Session started',
        body:
          event.scheduledEnd === null
            ? 'No scheduled end'
            : `Ends ${formatNear(event.scheduledEnd, now, fmt)}`,
      }
    case 'sessionStopped':
      return { title: 'Session stopped', body: 'The session has ended.' }
    case 'sessionDeleted':
      return { title: 'Session deleted', body: 'The session was deleted.' }
    case 'endReached':
      return {
        title: 'Time is up',
        body: `The scheduled end (${formatNear(event.scheduledEnd, now, fmt)}) has been reached.`,
      }
    case 'gameReady':
      return {
        title: `${GAME_NAMES[event.game]} is ready`,
        body: `${GAME_NAMES[event.game]} can be played now`,
      }
  }
}

const SUMMARY_LABELS: Record<Exclude<NotifyEvent['kind'], 'scheduleMoved'>, [string, string]> = {
  rulesChanged: ['rules change', 'rules changes'],
  sessionStarted: ['session started', 'sessions started'],
  sessionStopped: ['session stopped', 'sessions stopped'],
  sessionDeleted: ['session deleted', 'sessions deleted'],
  endReached: ['time is up', 'ends reached'],
  gameReady: ['game ready', 'games ready'],
}

/** Where the batch leaves the scheduled end, from the last event that says. */
function summaryTail(events: readonly NotifyEvent[], fmt: FormatOptions, now: number): string {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]
    if (event === undefined) continue
    if (event.kind === 'scheduleMoved' || event.kind === 'sessionStarted') {
      const end = event.kind === 'scheduleMoved' ? event.newEnd : event.scheduledEnd
      return end === null ? '. No scheduled end' : `. Ends ${formatNear(end, now, fmt)}`
    }
    if (event.kind === 'sessionStopped' || event.kind === 'sessionDeleted' || event.kind === 'endReached')
      return ''
  }
  return ''
}

function plural(count: number, [one, many]: [string, string]): string {
  return count === 1 ? `1 ${one}` : `${count} ${many}`
}

/** One summary of many events (oldest first). */
function describeSummary(events: readonly NotifyEvent[], options: FormatOptions & { now: number }): Text {
  const fmt: FormatOptions = { locale: options.locale, timeZone: options.timeZone }
  const moves = events.filter((e): e is ScheduleMovedEvent => e.kind === 'scheduleMoved')
  const net = moves.reduce((sum, e) => sum + eventDelta(e), 0)
  const netText = net === 0 ? 'no net change' : `${formatSignedDuration(net)} in total`
  const tail = summaryTail(events, fmt, options.now)

  if (moves.length === events.length) {
    return { title: 'Schedule changed', body: `${moves.length} schedule changes: ${netText}${tail}` }
  }

  const parts: string[] = []
  if (moves.length > 0)
    parts.push(`${plural(moves.length, ['schedule change', 'schedule changes'])} (${netText})`)
  for (const [kind, labels] of Object.entries(SUMMARY_LABELS) as [
    keyof typeof SUMMARY_LABELS,
    [string, string],
  ][]) {
    const count = events.filter((e) => e.kind === kind).length
    if (count === 0) continue
    // A single state change reads as a phrase ("session started"), not as "1 session started".
    parts.push(count === 1 && kind !== 'rulesChanged' ? labels[0] : plural(count, labels))
  }
  const body = parts.join(', ')
  return { title: `${events.length} updates`, body: `${body.charAt(0).toUpperCase()}${body.slice(1)}${tail}` }
}

// ---------------------------------------------------------------------------------------------
// The plan

/** FNV-1a, 32 bits: an opaque but stable name for a set of event ids. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

function groupId(eventIds: readonly string[]): string {
  const [first] = eventIds
  return eventIds.length === 1 && first !== undefined
    ? first
    : `summary:${first ?? ''}+${eventIds.length - 1}`
}

function sharedSessionId(events: readonly NotifyEvent[]): number | null {
  const ids = new Set(events.map((e) => e.sessionId))
  const [only] = ids
  return ids.size === 1 && only !== undefined ? only : null
}

function heldBack(event: NotifyEvent, ctx: NotifyContext): boolean {
  const { settings } = ctx
  if (!settings.enabled) return true
  if (ctx.pausedUntil !== null && ctx.pausedUntil !== undefined && ctx.now < ctx.pausedUntil) return true
  if (isQuietTime(ctx.now, settings.quietHours, ctx.timeZone)) return true
  return !settings.kinds[kindOf(event)]
}

export function planNotifications(events: readonly NotifyEvent[], ctx: NotifyContext): NotificationPlan {
  const markers: string[] = []
  const shown: NotifyEvent[] = []
  const decided = new Set<string>()
  const ordered = [...events].sort((a, b) => a.at - b.at)

  for (const event of ordered) {
    if (decided.has(event.id) || ctx.alreadyNotified(event.id)) continue
    decided.add(event.id)
    markers.push(event.id)
    if (!heldBack(event, ctx)) shown.push(event)
  }

  if (shown.length === 0) return { notifications: [], markers }

  const options = { now: ctx.now, locale: ctx.locale, timeZone: ctx.timeZone }
  const group = (batch: readonly NotifyEvent[], text: Text): PlannedNotification => {
    const eventIds = batch.map((e) => e.id)
    return { id: groupId(eventIds), ...text, sessionId: sharedSessionId(batch), eventIds }
  }

  if (ctx.settings.discreet) {
    // Event ids name sources ("PENALTY"), so a discreet notification gets an opaque id instead.
    const onlyGames = shown.every((e) => e.kind === 'gameReady')
    const reminder = group(shown, {
      title: DISCREET_TITLE,
      body: onlyGames ? DISCREET_GAME_READY_BODY : DISCREET_BODY,
    })
    return {
      notifications: [{ ...reminder, id: `reminder:${fingerprint(reminder.eventIds.join('|'))}` }],
      markers,
    }
  }
  if (shown.length > MAX_SEPARATE_NOTIFICATIONS) {
    return { notifications: [group(shown, describeSummary(shown, options))], markers }
  }
  return { notifications: shown.map((event) => group([event], describeEvent(event, options))), markers }
}
