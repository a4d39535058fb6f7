import { useId, type ButtonHTMLAttributes, type MouseEvent } from 'react'

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** Work under way: the button says so and does nothing, but keeps focus. */
  busy?: boolean
  busyLabel?: string
  /** Why the button cannot be used now, shown beside it; null or absent: it can. */
  blockedReason?: string | null | undefined
}

/**
 * A button that is never `disabled`: a disabled button drops keyboard focus to the page and hides
 * from the tab order, so busy and blocked are `aria-disabled`, with the reason beside it.
 */
export function BusyButton({ busy = false, busyLabel, blockedReason, children, onClick, ...button }: Props) {
  const reasonId = useId()
  const inert = busy || Boolean(blockedReason)
  const guard = (e: MouseEvent<HTMLButtonElement>) => {
    if (inert) {
      // Also stops a submit button's form from submitting (Enter in a field clicks it too).
      e.preventDefault()
      return
    }
    onClick?.(e)
  }
  return (
    <>
      <button
        {...button}
        aria-disabled={inert || undefined}
        aria-describedby={blockedReason ? reasonId : button['aria-describedby']}
        onClick={guard}
      >
        {busy && busyLabel ? busyLabel : children}
      </button>
      {blockedReason && (
        <span id={reasonId} className="hint blocked-reason">
          {blockedReason}
        </span>
      )}
    </>
  )
}
