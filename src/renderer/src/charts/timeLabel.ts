/** Time axis tick labels, as precise as the ticks' step and no more. */
import { formatDate, formatDateTime, formatMonth } from '../../../shared/format'
import type { Locale } from '../format'
import { monthKey } from '../zone'
import type { TimeUnit } from './axisTicks'

export function timeTickLabel(instant: number, unit: TimeUnit, loc: Locale): string {
  if (unit === 'hour') return formatDateTime(instant, loc)
  if (unit === 'month' || unit === 'year') return formatMonth(monthKey(instant, loc.timeZone), loc.locale)
  return formatDate(instant, loc)
}
