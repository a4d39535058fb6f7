import type { Session } from '../../../../shared/api/schemas'
import { scheduledEnd, sessionStart } from '../../../../shared/api/time'
import { useLocale } from '../../context'
import { formatCountdown, formatLength } from '../../format'
import { formatDateTime } from '../../../../shared/format'
import { useNow } from '../../hooks/useNow'
import { useNavigate } from '../../nav'
import { GamesPlay } from './GamesPlay'

/** The active session with its live countdown (end instant minus the server-corrected clock). */
export function ActiveSessionCard({ session, clockOffsetMs }: { session: Session; clockOffsetMs: number }) {
  const loc = useLocale()
  const navigate = useNavigate()
  const now = useNow(1000) + clockOffsetMs
  const start = sessionStart(session)
  const end = scheduledEnd(session)
  const elapsed = start === null ? null : now - start
  const total = start !== null && end !== null ? end - start : null
  const progress = total && elapsed !== null && total > 0 ? Math.min(1, Math.max(0, elapsed / total)) : null

  return (
    <section className="card" aria-labelledby="active-heading">
      <h2 id="active-heading">Current session</h2>
      {end !== null ? (
        <div className="countdown">
          <p className="countdown-label" id="countdown-label">
            {end > now ? 'Time left' : 'Scheduled end reached'}
          </p>
          <p className="countdown-value" aria-labelledby="countdown-label" role="timer">
            {formatCountdown(end - now)}
          </p>
          <p className="muted">Ends {formatDateTime(end, loc)}</p>
        </div>
      ) : (
        <div className="countdown">
          <p className="countdown-label" id="countdown-label">
            Locked for
          </p>
          <p className="countdown-value" aria-labelledby="countdown-label" role="timer">
            {elapsed === null ? '—' : formatCountdown(elapsed)}
          </p>
          <p className="muted">No scheduled end is set.</p>
        </div>
      )}
      {progress !== null && (
        <div className="progress-wrap">
          <progress max={1} value={progress} aria-label="Session progress">
            {Math.round(progress * 100)}%
          </progress>
          <span>{Math.round(progress * 100)}%</span>
        </div>
      )}
      <dl className="facts">
        {start !== null && (
          <>
            <dt>Started</dt>
            <dd>{formatDateTime(start, loc)}</dd>
          </>
        )}
        {elapsed !== null && (
          <>
            <dt>Locked so far</dt>
            <dd>{formatLength(elapsed)}</dd>
          </>
        )}
        <dt>Locked by</dt>
        <dd>{session.lockedby || 'yourself'}</dd>
      </dl>
      <GamesPlay session={session} />
      <button
        type="button"
        className="link"
        onClick={() => navigate({ page: 'session', sessionId: session.id })}
      >
        Open session details
      </button>
    </section>
  )
}
