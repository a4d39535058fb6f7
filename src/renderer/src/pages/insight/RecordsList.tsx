import type { Records } from '../../../../shared/insight/records'
import { formatCalendarDate, formatDate, formatDuration } from '../../../../shared/format'
import { Empty } from '../../components/Status'
import { useLocale } from '../../context'
import { useNavigate } from '../../nav'
import './insight.css'

const length = (seconds: number) => formatDuration(seconds * 1000, { smallest: 'minute', maxUnits: 2 })
const dayCount = (n: number, locale: string | undefined) =>
  `${n.toLocaleString(locale)} ${n === 1 ? 'day' : 'days'}`

/** The user's records as terms and values; the longest session can be opened from here. */
export function RecordsList({ records }: { records: Records }) {
  const loc = useLocale()
  const navigate = useNavigate()
  const { longestSession, longestGap, currentStreak, longestStreak } = records
  if (longestSession === null) return <Empty>No sessions yet.</Empty>
  const day = (date: string) => formatCalendarDate(date, loc.locale)
  return (
    <dl className="facts records">
      <dt>Longest session</dt>
      <dd>
        {length(longestSession.seconds)}
        <span className="record-when">
          {formatDate(longestSession.start, loc)} to{' '}
          {longestSession.active ? 'now (still running)' : formatDate(longestSession.end, loc)}
        </span>
        <button
          type="button"
          className="small"
          onClick={() => navigate({ page: 'session', sessionId: longestSession.sessionId })}
        >
          Open session {longestSession.sessionId}
        </button>
      </dd>
      <dt>Locked this year</dt>
      <dd>
        {length(records.thisYear.seconds)} in {records.thisYear.year}
      </dd>
      <dt>Locked in all</dt>
      <dd>{length(records.allTimeSeconds)}</dd>
      <dt>Longest time unlocked</dt>
      <dd>
        {longestGap === null ? (
          'Never unlocked between sessions'
        ) : (
          <>
            {length(longestGap.seconds)}
            <span className="record-when">
              {formatDate(longestGap.from, loc)} to {formatDate(longestGap.to, loc)}
            </span>
          </>
        )}
      </dd>
      <dt>Current streak</dt>
      <dd>
        {currentStreak.days === 0 || currentStreak.from === null ? (
          'None running'
        ) : (
          <>
            {dayCount(currentStreak.days, loc.locale)} locked
            <span className="record-when">since {day(currentStreak.from)}</span>
          </>
        )}
      </dd>
      <dt>Longest streak</dt>
      <dd>
        {longestStreak === null ? (
          'None yet'
        ) : (
          <>
            {dayCount(longestStreak.days, loc.locale)} locked
            <span className="record-when">
              {day(longestStreak.from)} to {day(longestStreak.to)}
            </span>
          </>
        )}
      </dd>
    </dl>
  )
}
