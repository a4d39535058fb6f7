import type { Orgasm } from '../../../../shared/api/schemas'
import { DataTable } from '../../components/DataTable'
import { useLocale } from '../../context'
import { formatCalendarDate } from '../../../../shared/format'
import { MODE_TEXT } from '../../orgasmModes'

const COLUMNS = ['Date', 'Mode', 'Type', 'Granted by', 'Public']

interface Props {
  orgasms: readonly Orgasm[]
  /** Gets the row and its Edit button, for focus to return to it. */
  onEdit: ((o: Orgasm, button: HTMLButtonElement) => void) | undefined
  onDelete: ((o: Orgasm) => void) | undefined
}

export function OrgasmTable({ orgasms, onEdit, onDelete }: Props) {
  const { locale } = useLocale()
  return (
    <DataTable caption="Orgasms" columns={COLUMNS} actions>
      {orgasms.map((o) => {
        const date = formatCalendarDate(o.date, locale)
        return (
          <tr key={o.id} data-row-id={o.id} tabIndex={-1}>
            <td>{date}</td>
            <td>
              <span className={`badge mode-${o.mode}`}>{MODE_TEXT[o.mode]}</span>
            </td>
            <td>{o.type || '—'}</td>
            <td>{o.grantedby || '—'}</td>
            <td>{o.public ? 'Yes' : 'No'}</td>
            <td className="actions">
              {onEdit && (
                <button
                  type="button"
                  className="small"
                  onClick={(e) => onEdit(o, e.currentTarget)}
                  aria-label={`Edit orgasm of ${date}`}
                >
                  Edit
                </button>
              )}
              {onDelete && (
                <button
                  type="button"
                  className="small danger"
                  onClick={() => onDelete(o)}
                  aria-label={`Delete orgasm of ${date}`}
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
