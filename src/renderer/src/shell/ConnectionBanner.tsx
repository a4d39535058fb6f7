import type { TokenStatus } from '../../../shared/token-status'
import { formatDateTime, formatRelative } from '../../../shared/format'
import { TokenForm } from '../components/TokenForm'
import { useLocale } from '../context'
import { useNow } from '../hooks/useNow'
import { useConnection } from './connection'

/**
 * On every page: offline, a failed sync or a refused token. The saved dashboard stays in view
 * beneath it; a refused token gets its form right here. The words sit in a live region that is
 * always there, so a screen reader hears the state change; the form is outside it.
 */
export function ConnectionBanner({ onTokenSaved }: { onTokenSaved: (status: TokenStatus) => void }) {
  const { sync, token } = useConnection()
  const loc = useLocale()
  const now = useNow(30_000)
  const refused = token?.state === 'revoked' || sync?.stoppedForToken === true
  const last =
    sync?.lastSyncAt != null ? (
      <time dateTime={new Date(sync.lastSyncAt).toISOString()} title={formatDateTime(sync.lastSyncAt, loc)}>
        {formatRelative(sync.lastSyncAt, now)}
      </time>
    ) : null

  let message = null
  if (refused) {
    message = (
      <p>
        Chastity Tracker no longer accepts your API token (it was revoked or replaced on the website). Your
        saved data stays here{last && <> (last synced {last})</>}; paste a new token to sync and make changes
        again.
      </p>
    )
  } else if (sync?.offline) {
    message = (
      <p>
        Offline: Chastity Tracker cannot be reached. You are seeing the data from the last sync
        {last ? <> ({last})</> : ''}; it updates by itself once the connection is back.
      </p>
    )
  } else if (sync?.lastError) {
    message = <p>The last sync failed: {sync.lastError}</p>
  }

  return (
    <div className="connection-banner">
      <div
        aria-live="polite"
        className={message ? `notice ${refused ? 'notice-error' : 'notice-warn'}` : undefined}
      >
        {message}
      </div>
      {refused && token && (
        <section aria-label="New API token" className="card">
          <TokenForm status={token} onSaved={onTokenSaved} submitLabel="Save the new token" />
        </section>
      )}
    </div>
  )
}
