/**
 * The dashboard's own ways of writing time: lengths, amounts and the live countdown. Words and
 * instants come from src/shared/format.ts, the one voice of the tray, notifications and dashboard.
 */
import { formatDuration, formatSignedDuration, type FormatOptions } from '../../shared/format'

/** The user's locale and time zone, as every dashboard date is written. */
export type Locale = FormatOptions & { timeZone: string }

/** A length of time (a session, a total): minutes at the smallest, "17 days 3 hours 12 minutes". */
export function formatLength(ms: number, maxUnits = 3): string {
  return formatDuration(ms, { maxUnits, smallest: 'minute' })
}

/** A schedule change amount: "+1 day", "−2 hours 30 minutes". */
export function formatAmount(type: 'ADD' | 'SUB', seconds: number): string {
  return formatSignedDuration((type === 'ADD' ? 1 : -1) * seconds * 1000)
}

/** A schedule change as a sentence fragment: "+1 day from DICE, by dom". */
export function describeChange(change: {
  type: 'ADD' | 'SUB'
  seconds: number
  source: string | null
  dom: boolean
}): string {
  const parts = [formatAmount(change.type, change.seconds)]
  if (change.source) parts.push(`from ${change.source}`)
  const text = parts.join(' ')
  return change.dom ? `${text}, by dom` : text
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
