import type { Session } from '../../../../shared/api/schemas'
import { sessionEnd, sessionStart } from '../../../../shared/api/time'
import { DataTable } from '../../components/DataTable'
import { useLocale } from '../../context'
import { formatLength } from '../../format'
import { formatDateTime } from '../../../../shared/format'
import { useNow } from '../../hooks/useNow'

const COLUMNS = ['Start', 'End', 'Duration', 'Status', 'Locked by', 'Public']

interface Props {
  sessions: readonly Session[]
  onOpen: (s: Session) => void
  /** Absent when the token cannot write. */
  onDelete: ((s: Session) => void) | undefined
}

export function SessionTable({ sessions, onOpen, onDelete }: Props) {
  const loc = useLocale()
  const now = useNow(60_000)
  return (
    <DataTable caption="Sessions" columns={COLUMNS} numeric={['Duration']} actions>
      {sessions.map((s) => {
        const start = sessionStart(s)
        const end = sessionEnd(s)
        const until = s.active ? now : end
        return (
          <tr key={s.id} data-row-id={s.id} tabIndex={-1}>
            <td>
              {/* The visible date starts the name (what voice control users say); the id tells rows apart. */}
              <button type="button" className="link" onClick={() => onOpen(s)}>
                {start === null ? s.start : formatDateTime(start, loc)}
                <span className="sr-only"> (session {s.id})</span>
              </button>
            </td>
            <td>{end === null ? (s.active ? '—' : (s.end ?? '—')) : formatDateTime(end, loc)}</td>
            <td className="num">{start !== null && until !== null ? formatLength(until - start, 2) : '—'}</td>
            <td>{s.active ? <span className="badge badge-active">Active</span> : 'Ended'}</td>
            <td>{s.lockedby || '—'}</td>
            <td>{s.public ? 'Yes' : 'No'}</td>
            <td>
              {!s.active && onDelete && (
                <button
                  type="button"
                  className="danger small"
                  onClick={() => onDelete(s)}
                  aria-label={`Delete session ${s.id}`}
                >
                  Delete
                </button>
              )}
            </td>
          </tr>
        )
      })}
    </DataTable>
  )
}
