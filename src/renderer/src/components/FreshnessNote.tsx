import type { Freshness } from '../../../shared/ipc/contract'
import { useLocale } from '../context'
import { formatDateTime } from '../../../shared/format'

/**
 * Says when an answer came from the app's saved data and may be out of date: "Updating…" while a
 * refresh runs (the view re-reads when main says it ended), or when that data is from.
 */
export function FreshnessNote({ freshness }: { freshness: Freshness | undefined }) {
  const loc = useLocale()
  if (!freshness?.stale) return null
  if (freshness.refreshing) {
    return (
      <p role="status" className="muted">
        Updating…
      </p>
    )
  }
  if (freshness.fetchedAt === null) return null
  return (
    <p role="status" className="muted">
      Saved data from {formatDateTime(freshness.fetchedAt, loc)}: it could not be updated just now.
    </p>
  )
}
