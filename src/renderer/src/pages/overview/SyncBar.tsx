import type { SyncState } from '../../../../shared/ipc/contract'
import { formatDateTime, formatRelative } from '../../../../shared/format'
import { call, useAction } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/Status'
import { useLocale } from '../../context'
import { useNow } from '../../hooks/useNow'

/** When the data was last synced (the exact time on hover), and the Refresh button. Offline and
 * token problems are in the banner every page shows. */
export function SyncBar({ sync, onRefreshed }: { sync: SyncState; onRefreshed: () => void }) {
  const loc = useLocale()
  const now = useNow(30_000)
  const refresh = useAction(() => call('sync:refresh'))
  return (
    <section aria-label="Sync" className="syncbar">
      <div className="row">
        <p className="muted">
          Last synced:{' '}
          {sync.lastSyncAt === null ? (
            'never'
          ) : (
            <time
              dateTime={new Date(sync.lastSyncAt).toISOString()}
              title={formatDateTime(sync.lastSyncAt, loc)}
            >
              {formatRelative(sync.lastSyncAt, now)}
            </time>
          )}
          {sync.syncing && ' · syncing…'}
        </p>
        <BusyButton
          type="button"
          busy={refresh.pending}
          busyLabel="Refreshing…"
          onClick={async () => {
            const r = await refresh.run()
            if (r.ok) onRefreshed()
          }}
        >
          Refresh
        </BusyButton>
      </div>
      {refresh.error && <ErrorNotice error={refresh.error} />}
    </section>
  )
}
