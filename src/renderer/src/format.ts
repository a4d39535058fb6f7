/**
 * The dashboard's own ways of writing time: lengths, amounts and the live countdown. Words and
 * instants come from src/shared/format.ts, the one voice of the tray, notifications and dashboard.
 */
import { formatDuration, formatSignedDuration, type FormatOptions } from '../../shared/format'
import { sourcePhrase } from '../../shared/words'

/** The user's locale and time zone, as every dashboard date is written. */
export type Locale = FormatOptions & { timeZone: string }

/** A length of time (a session, a total): minutes at the smallest, "17 days 3 hours 12 minutes". */
export function formatLength(ms: number, maxUnits = 3): string {
  return formatDuration(ms, { maxUnits, smallest: 'minute' })
}

const SERVICE_UNIT_MS: Record<string, number> = {
  week: 604_800_000,
  day: 86_400_000,
  hour: 3_600_000,
  minute: 60_000,
  second: 1000,
}

/**
 * A length the service wrote in words ("17 days 3 hours 0 minutes"), as milliseconds, so it can be
 * written in the dashboard's own voice; null when it does not read so.
 */
export function readServiceLength(text: string): number | null {
  const parts = text
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
  if (parts.length < 2 || parts.length % 2 !== 0) return null
  let ms = 0
  for (let i = 0; i < parts.length; i += 2) {
    const n = Number(parts[i])
    const unit = SERVICE_UNIT_MS[(parts[i + 1] ?? '').replace(/s$/, '')]
    if (!Number.isFinite(n) || unit === undefined) return null
    ms += n * unit
  }
  return ms
}

/** A length from the service, in the dashboard's words; as the service wrote it when unreadable. */
export function serviceLength(text: string): string {
  const ms = readServiceLength(text)
  return ms === null ? text : formatLength(ms)
}

/** A schedule change amount: "+1 day", "−2 hours 30 minutes". */
export function formatAmount(type: 'ADD' | 'SUB', seconds: number): string {
  return formatSignedDuration((type === 'ADD' ? 1 : -1) * seconds * 1000)
}

/** A schedule change as a sentence fragment: "+1 day from the dice, by your dom". */
export function describeChange(change: {
  type: 'ADD' | 'SUB'
  seconds: number
  source: string | null
  dom: boolean
}): string {
  const parts = [formatAmount(change.type, change.seconds)]
  if (change.source) parts.push(sourcePhrase(change.source))
  const text = parts.join(' ')
  return change.dom && change.source !== 'DOM' ? `${text}, by your dom` : text
}

/** A countdown: "3d 04:05:06", "04:05" without seconds; never negative. */
export function formatCountdown(ms: number, showSeconds = true): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86400)
  const h = Math.floor((total % 86400) / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  const clock = showSeconds ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}`
  return days > 0 ? `${days}d ${clock}` : clock
}
