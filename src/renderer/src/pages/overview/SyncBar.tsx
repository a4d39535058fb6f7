import type { SyncState } from '../../../../shared/ipc/contract'
import { call, useAction } from '../../api'
import { ErrorNotice } from '../../components/Status'
import { useLocale } from '../../context'
import { formatDateTime } from '../../../../shared/format'

/** Last sync, the offline banner and the Refresh button. */
export function SyncBar({ sync, onRefreshed }: { sync: SyncState; onRefreshed: () => void }) {
  const loc = useLocale()
  const refresh = useAction(() => call('sync:refresh'))
  const last = sync.lastSyncAt === null ? 'never' : formatDateTime(sync.lastSyncAt, loc)
  return (
    <section aria-label="Sync" className="syncbar">
      {sync.offline && (
        <div role="alert" className="notice notice-warn">
          <p>
            Offline: Chastity Tracker cannot be reached. Showing the data from the last successful sync (
            {last}). It will update by itself once the connection is back.
          </p>
        </div>
      )}
      {sync.stoppedForToken && (
        <div role="alert" className="notice notice-error">
          <p>Syncing stopped because the token was refused. Set a new token in Settings.</p>
        </div>
      )}
      {!sync.offline && sync.lastError && (
        <p className="notice notice-warn" role="status">
          The last sync failed: {sync.lastError}
        </p>
      )}
      <div className="row">
        <p className="muted">
          Last synced: <time>{last}</time>
          {sync.syncing && ' · syncing…'}
        </p>
        <button
          type="button"
          disabled={refresh.pending}
          onClick={async () => {
            const r = await refresh.run()
            if (r.ok) onRefreshed()
          }}
        >
          {refresh.pending ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {refresh.error && <ErrorNotice error={refresh.error} />}
    </section>
  )
}
