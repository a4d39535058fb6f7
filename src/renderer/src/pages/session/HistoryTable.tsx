import type { HistoryItem } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { useLocale } from '../../context'
import { formatAmount, formatDateTime } from '../../format'

export function HistoryTable({ rows }: { rows: readonly HistoryItem[] }) {
  const loc = useLocale()
  const when = (s: string) => {
    const t = parseUtc(s)
    return t === null ? s : formatDateTime(t, loc)
  }
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">History rows</caption>
        <thead>
          <tr>
            <th scope="col">Happened</th>
            <th scope="col">Type</th>
            <th scope="col">Amount</th>
            <th scope="col">Source</th>
            <th scope="col">By dom</th>
            <th scope="col">Scheduled end after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.happened}-${r.schedule}-${r.source ?? ''}-${i}`}>
              <td>{when(r.happened)}</td>
              <td>{r.type}</td>
              <td>{r.type === 'START' ? '—' : formatAmount(r.type, r.unit ?? 0)}</td>
              <td>
                {r.source ? (
                  <span className={`badge source-${r.source.toLowerCase()}`}>{r.source}</span>
                ) : (
                  '—'
                )}
              </td>
              <td>{r.dom ? 'Yes' : 'No'}</td>
              <td>{when(r.schedule)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
