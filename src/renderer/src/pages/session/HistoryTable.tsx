import type { HistoryItem } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { DataTable } from '../../components/DataTable'
import { useLocale } from '../../context'
import { formatAmount } from '../../format'
import { formatDateTime } from '../../../../shared/format'
import { CHANGE_WORDS, sourceWords } from '../../../../shared/words'

const COLUMNS = ['When', 'Change', 'Amount', 'From', 'By your dom', 'Scheduled end after it']

export function HistoryTable({ rows }: { rows: readonly HistoryItem[] }) {
  const loc = useLocale()
  const when = (s: string) => {
    const t = parseUtc(s)
    return t === null ? s : formatDateTime(t, loc)
  }
  return (
    <DataTable caption="Changes to the schedule" columns={COLUMNS} numeric={['Amount']}>
      {rows.map((r, i) => (
        <tr key={`${r.happened}-${r.schedule}-${r.source ?? ''}-${i}`}>
          <td>{when(r.happened)}</td>
          <td>{CHANGE_WORDS[r.type]}</td>
          <td className="num">{r.type === 'START' ? '—' : formatAmount(r.type, r.unit ?? 0)}</td>
          <td>
            {r.source ? (
              <span className={`badge source-${r.source.toLowerCase()}`}>{sourceWords(r.source)}</span>
            ) : (
              '—'
            )}
          </td>
          <td>{r.dom ? 'Yes' : 'No'}</td>
          <td>{when(r.schedule)}</td>
        </tr>
      ))}
    </DataTable>
  )
}
