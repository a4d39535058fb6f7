import { lazy, useDeferredValue, useEffect, useRef, useState } from 'react'
import type { Session } from '../../../../shared/api/schemas'
import { sessionEnd, sessionStart } from '../../../../shared/api/time'
import { formatDate } from '../../../../shared/format'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { call, useAction, useCall, type QueryState } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { ChartCard } from '../../components/ChartCard'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { ErrorNotice, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { useAnnounce } from '../../shell/announcer'
import { useWriteBlock } from '../../shell/connection'
import { useNavigate } from '../../nav'
import { GamesChangesLog } from './GamesChangesLog'
import { HistorySection } from './HistorySection'
import { SessionEditForm } from './SessionEditForm'
import { SessionFacts } from './SessionFacts'
import { StopSessionForm } from './StopSessionForm'
import { PageHeading } from '../../components/PageHeading'
import { SessionSources } from '../insight/SessionSources'

const loadChart = () => import('../../charts/HistoryTimelineChart')
const HistoryTimelineChart = lazy(loadChart)

export default function SessionDetailPage({ sessionId }: { sessionId: number }) {
  const navigate = useNavigate()
  // The chart's code loads while the data is fetched, not once the data is in.
  useEffect(() => void loadChart(), [])
  const session = useCall('sessions:get', { id: sessionId }, { scopes: ['sessions', 'active'], sessionId })
  // Asked for together with the session, not after it: the rows are most of the page's wait.
  const history = useCall(
    'histories:all',
    { session: sessionId },
    { scopes: ['histories', 'active'], sessionId },
  )
  return (
    <div className="page">
      <div className="page-head">
        <PageHeading title={`Session ${sessionId}`}>Session {sessionId}</PageHeading>
        <button type="button" onClick={() => navigate({ page: 'sessions' })}>
          Back to sessions
        </button>
      </div>
      <QueryView query={session}>
        {(s) => <SessionBody session={s} history={history} onChanged={session.refresh} />}
      </QueryView>
    </div>
  )
}

function SessionBody({
  session,
  history,
  onChanged,
}: {
  session: Session
  history: QueryState<ChannelOutput<'histories:all'>>
  onChanged: () => void
}) {
  const blocked = useWriteBlock()
  const until = session.active ? null : sessionEnd(session)
  // The tables below render after the chart has been drawn, not in the same frame.
  const tableRows = useDeferredValue(history.data?.items)
  const factsHeading = useRef<HTMLHeadingElement>(null)
  const wasActive = useRef(session.active)
  useEffect(() => {
    const ended = wasActive.current && !session.active
    wasActive.current = session.active
    // The stop form went away with focus in it (stopped here or elsewhere): the heading that now
    // says "Finished session" takes it, rather than the page.
    const heading = factsHeading.current
    if (ended && heading && heading.ownerDocument.activeElement === heading.ownerDocument.body)
      heading.focus()
  }, [session.active])

  return (
    <>
      <SessionFacts session={session} headingRef={factsHeading} />
      <WriteBlockNotice />
      <ChartCard
        title="Schedule timeline"
        headingId="timeline-heading"
        query={history}
        loadingLabel="Loading the history…"
      >
        {(h) => (
          <HistoryTimelineChart items={h.items} complete={h.complete} until={until} active={session.active} />
        )}
      </ChartCard>
      <SessionSources sessionId={session.id} />
      <section className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Edit session</h2>
        <SessionEditForm session={session} onSaved={onChanged} />
      </section>
      {session.active ? (
        <section className="card" aria-labelledby="stop-heading">
          <h2 id="stop-heading">Stop session</h2>
          <StopSessionForm session={session} onStopped={onChanged} />
        </section>
      ) : (
        <DeleteSection session={session} blocked={blocked} />
      )}
      <HistorySection session={session} all={tableRows} />
      <GamesChangesLog sessionId={session.id} />
    </>
  )
}

/** Deleting a finished session, after a question that names it; then back to the list. */
function DeleteSection({ session, blocked }: { session: Session; blocked: string | null }) {
  const navigate = useNavigate()
  const announce = useAnnounce()
  const loc = useLocale()
  const [confirming, setConfirming] = useState(false)
  const del = useAction(() => call('sessions:delete', { id: session.id }))
  const start = sessionStart(session)
  const started = start === null ? '' : ` (started ${formatDate(start, loc)})`
  return (
    <section className="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete session</h2>
      {del.error && <ErrorNotice error={del.error} />}
      <BusyButton
        type="button"
        className="danger"
        busy={del.pending}
        busyLabel="Deleting…"
        blockedReason={blocked}
        onClick={() => setConfirming(true)}
      >
        Delete session
      </BusyButton>
      <ConfirmDialog
        open={confirming}
        title={`Delete session ${session.id}${started}?`}
        message="Its history is deleted too. This cannot be undone."
        confirmLabel="Delete session"
        pending={del.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const r = await del.run()
          setConfirming(false)
          if (!r.ok) return
          announce(`Session ${session.id} deleted`)
          navigate({ page: 'sessions' }, { discardChanges: true })
        }}
      />
    </section>
  )
}
