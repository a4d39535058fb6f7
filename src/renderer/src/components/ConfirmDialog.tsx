import { useEffect, useId, useRef } from 'react'
import { BusyButton } from './BusyButton'

interface Props {
  open: boolean
  title: string
  /** The consequence, in words: what ends, what is lost, what cannot be undone. */
  message: string
  confirmLabel: string
  cancelLabel?: string
  pending?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** A modal confirmation (native <dialog>: focus is trapped and Escape cancels). */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  pending = false,
  onConfirm,
  onCancel,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="row">
        <button type="button" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <BusyButton type="button" className="danger" onClick={onConfirm} busy={pending} busyLabel="Working…">
          {confirmLabel}
        </BusyButton>
      </div>
    </dialog>
  )
}
