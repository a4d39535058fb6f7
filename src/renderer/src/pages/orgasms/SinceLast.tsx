import type { Orgasm } from '../../../../shared/api/schemas'
import { latestDate } from '../../charts/orgasmFrequency'
import { useLocale } from '../../context'
import { formatCalendarDate } from '../../../../shared/format'
import { useNow } from '../../hooks/useNow'
import { daysBetweenDates, toZonedFields } from '../../zone'

/** Days since the latest orgasm (calendar days in the user's zone). */
export function SinceLast({ orgasms, filtered }: { orgasms: readonly Orgasm[]; filtered: boolean }) {
  const loc = useLocale()
  const now = useNow(60_000)
  const last = latestDate(orgasms)
  if (last === null) return null
  const days = daysBetweenDates(last, toZonedFields(now, loc.timeZone).date)
  const text = days === null ? '' : days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`
  return (
    <p className="card since">
      Last one{filtered ? ' matching the filters' : ''}: <strong>{text}</strong> (
      {formatCalendarDate(last, loc.locale)})
    </p>
  )
}
