import type { ReactNode } from 'react'
import { useCall } from '../../api'
import { FreshnessNote } from '../../components/FreshnessNote'
import { PageHeading } from '../../components/PageHeading'
import { Empty, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { HeatmapCalendar } from './HeatmapCalendar'
import { IntervalsFigure } from './IntervalsFigure'
import { RecordsList } from './RecordsList'
import { SourcesFigure } from './SourcesFigure'

/** Sessions, their histories and orgasms: what the views are computed from. */
const SCOPES = ['sessions', 'active', 'histories', 'orgasms'] as const

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

/** Where the time came from, records, the year's locked days and the days between orgasms. */
export default function InsightPage() {
  const { timeZone } = useLocale()
  // The sources read every session's history, the slowest view: the others do not wait for it.
  const views = useCall(
    'insight:get',
    { views: ['records', 'heatmap', 'orgasmIntervals'], timeZone },
    { scopes: SCOPES },
  )
  const sources = useCall('insight:get', { views: ['sources'], timeZone }, { scopes: SCOPES })
  return (
    <div className="page">
      <PageHeading title="Insight">Insight</PageHeading>
      <FreshnessNote freshness={views.data?.freshness} />
      <Card id="sources-heading" title="Where your time came from">
        <QueryView query={sources} label="Adding up every session’s history…">
          {(a) => (
            <>
              {a.sessionsWithoutHistory > 0 && (
                <p className="muted">
                  {a.sessionsWithoutHistory === 1
                    ? 'One session’s history could not be read, so it is left out.'
                    : `${a.sessionsWithoutHistory} sessions’ histories could not be read, so they are left out.`}
                </p>
              )}
              {a.sources === undefined || a.sources.sessions === 0 ? (
                <Empty>No sessions yet.</Empty>
              ) : (
                <SourcesFigure breakdown={a.sources} caption="Time added and removed, all sessions" />
              )}
            </>
          )}
        </QueryView>
      </Card>
      <Card id="records-heading" title="Records">
        <QueryView query={views}>
          {(a) =>
            a.records === undefined ? <Empty>No sessions yet.</Empty> : <RecordsList records={a.records} />
          }
        </QueryView>
      </Card>
      <Card id="heatmap-heading" title="Locked hours per day, last 12 months">
        <QueryView query={views}>
          {(a) =>
            a.heatmap === undefined ? (
              <Empty>No sessions yet.</Empty>
            ) : (
              <HeatmapCalendar heatmap={a.heatmap} />
            )
          }
        </QueryView>
      </Card>
      <Card id="intervals-heading" title="Days between orgasms">
        <QueryView query={views}>
          {(a) =>
            a.orgasmIntervals === undefined ? (
              <Empty>No orgasms logged yet.</Empty>
            ) : (
              <IntervalsFigure intervals={a.orgasmIntervals} />
            )
          }
        </QueryView>
      </Card>
    </div>
  )
}
