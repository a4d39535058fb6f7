import type { Ref } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { parseOffsetMinutes, scheduledEnd, sessionEnd, sessionStart } from '../../../../shared/api/time'
import { useLocale } from '../../context'
import { formatLength, type Locale } from '../../format'
import { formatAtOffset, formatDateTime } from '../../../../shared/format'
import { useNow } from '../../hooks/useNow'
import { zoneOffsetMinutes } from '../../zone'

/** An instant in the user's zone, plus the session's own offset when that differs. */
function When({
  instant,
  offset,
  loc,
}: {
  instant: number | null
  offset: string | null | undefined
  loc: Locale
}) {
  if (instant === null) return <>—</>
  const own = parseOffsetMinutes(offset)
  const differs = own !== null && offset && own !== zoneOffsetMinutes(instant, loc.timeZone)
  return (
    <>
      {formatDateTime(instant, loc)}
      {differs && (
        <span className="muted">
          {' '}
          ({formatAtOffset(instant, own, loc.locale)} at UTC{offset})
        </span>
      )}
    </>
  )
}

/** `headingRef`: the heading that names the session's state, where focus goes after a stop. */
export function SessionFacts({
  session,
  headingRef,
}: {
  session: Session
  headingRef?: Ref<HTMLHeadingElement>
}) {
  const loc = useLocale()
  const now = useNow(60_000)
  const start = sessionStart(session)
  const end = sessionEnd(session)
  const sched = scheduledEnd(session)
  const until = session.active ? now : end
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" ref={headingRef} tabIndex={-1}>
        {session.active ? 'Active session' : 'Finished session'}
      </h2>
      <dl className="facts">
        <dt>Start</dt>
        <dd>
          <When instant={start} offset={session.timezonestart} loc={loc} />
        </dd>
        <dt>End</dt>
        <dd>
          {session.active ? (
            'still running'
          ) : (
            <When instant={end} offset={session.timezoneend ?? session.timezonestart} loc={loc} />
          )}
        </dd>
        <dt>Duration</dt>
        <dd>{start !== null && until !== null ? formatLength(until - start) : '—'}</dd>
        <dt>Scheduled end</dt>
        <dd>{sched === null ? 'none' : formatDateTime(sched, loc)}</dd>
        <dt>Locked by</dt>
        <dd>{session.lockedby || '—'}</dd>
        <dt>Public</dt>
        <dd>{session.public ? 'Yes' : 'No'}</dd>
        <dt>Notes</dt>
        <dd className="pre-wrap">{session.notes || '—'}</dd>
      </dl>
    </section>
  )
}
