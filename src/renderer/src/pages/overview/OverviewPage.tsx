import { useContext } from 'react'
import { call, useQuery } from '../../api'
import { Empty, QueryView } from '../../components/Status'
import { ActiveSessionCard } from './ActiveSessionCard'
import { RecentChanges } from './RecentChanges'
import { StatsCard } from './StatsCard'
import { SyncBar } from './SyncBar'
import { PageHeading } from '../../components/PageHeading'
import { SyncContext } from '../../shell/connection'

export function OverviewPage() {
  const overview = useQuery('overview', () => call('overview:get'), {
    scopes: ['stats', 'active', 'histories', 'sessions'],
  })
  // The window's one copy of the sync state, kept current from main; the overview's own until then.
  const liveSync = useContext(SyncContext)

  return (
    <div className="page">
      <PageHeading title="Overview">Overview</PageHeading>
      <QueryView query={overview}>
        {(data) => {
          const sync = liveSync ?? data.sync
          return (
            <>
              <SyncBar sync={sync} onRefreshed={overview.refresh} />
              {data.activeSession ? (
                <ActiveSessionCard session={data.activeSession} clockOffsetMs={data.clockOffsetMs} />
              ) : (
                <section className="card" aria-labelledby="active-heading">
                  <h2 id="active-heading">Current session</h2>
                  <Empty>You are not locked right now.</Empty>
                </section>
              )}
              <RecentChanges changes={data.recentChanges} />
              <StatsCard stats={data.stats} freshness={data.freshness} />
            </>
          )
        }}
      </QueryView>
    </div>
  )
}
