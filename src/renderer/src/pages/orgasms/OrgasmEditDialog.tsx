import { useEffect, useId, useRef } from 'react'
import type { Orgasm } from '../../../../shared/api/schemas'
import { formatCalendarDate } from '../../../../shared/format'
import { useLocale } from '../../context'
import { OrgasmEditor } from './OrgasmEditor'
import './orgasms.css'

interface Props {
  orgasm: Orgasm
  /** The button that opened the editor: focus goes back to it when the editor closes. */
  returnTo: HTMLElement | null
  onSaved: () => void
  onClose: () => void
}

/**
 * Edits one orgasm of the list in a modal dialog (native <dialog>: focus stays inside and Escape
 * closes it), opened on its first field, right where the user picked the row.
 */
export function OrgasmEditDialog({ orgasm, returnTo, onSaved, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const { locale } = useLocale()
  useEffect(() => {
    const d = ref.current
    if (!d) return
    d.showModal()
    d.querySelector<HTMLElement>('input, select')?.focus()
    return () => {
      d.close()
      if (returnTo?.isConnected) returnTo.focus()
    }
  }, [returnTo])
  return (
    <dialog
      ref={ref}
      className="orgasm-edit"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`}>Edit the orgasm of {formatCalendarDate(orgasm.date, locale)}</h2>
      <OrgasmEditor
        editing={orgasm}
        onDone={() => {
          onSaved()
          onClose()
        }}
        onCancel={onClose}
      />
    </dialog>
  )
}
