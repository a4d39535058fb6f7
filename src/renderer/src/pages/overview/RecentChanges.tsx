import type { HistoryItem } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { Empty } from '../../components/Status'
import { useLocale } from '../../context'
import { formatAmount } from '../../format'
import { formatDateTime } from '../../../../shared/format'
import { sourceWords } from '../../../../shared/words'

export function RecentChanges({ changes }: { changes: readonly HistoryItem[] }) {
  const loc = useLocale()
  const rows = changes.filter((c): c is HistoryItem & { type: 'ADD' | 'SUB' } => c.type !== 'START')
  return (
    <section className="card" aria-labelledby="changes-heading">
      <h2 id="changes-heading">Latest schedule changes</h2>
      {rows.length === 0 ? (
        <Empty>No changes to the schedule yet.</Empty>
      ) : (
        <ul className="changes">
          {rows.map((c, i) => {
            const when = parseUtc(c.happened)
            return (
              <li key={`${c.happened}-${i}`} className={c.type === 'ADD' ? 'change-add' : 'change-sub'}>
                <strong>{formatAmount(c.type, c.unit ?? 0)}</strong>
                {c.source && (
                  <span className={`badge source-${c.source.toLowerCase()}`}>{sourceWords(c.source)}</span>
                )}
                {c.dom && <span className="badge badge-dom">by your dom</span>}
                <span className="muted">{when === null ? c.happened : formatDateTime(when, loc)}</span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
