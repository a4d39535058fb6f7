import { useCall } from '../../api'
import { ChartCard } from '../../components/ChartCard'
import { Empty } from '../../components/Status'
import { useLocale } from '../../context'
import { SourcesFigure } from './SourcesFigure'

/** A session's page: the time each source added to and removed from this session. */
export function SessionSources({ sessionId }: { sessionId: number }) {
  const { timeZone } = useLocale()
  const answer = useCall(
    'insight:get',
    { views: ['sessionSources'], timeZone, sessionId },
    { scopes: ['histories', 'active'], sessionId },
  )
  return (
    <ChartCard
      title="Where this session’s time came from"
      headingId="session-sources-heading"
      query={answer}
      loadingLabel="Loading the history…"
    >
      {(a) =>
        a.sessionSources === undefined || a.sessionSources.changes === 0 ? (
          <Empty>No time was added or removed in this session.</Empty>
        ) : (
          <SourcesFigure breakdown={a.sessionSources} caption="Time added and removed in this session" />
        )
      }
    </ChartCard>
  )
}
