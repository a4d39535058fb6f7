/** The frame every list filter form shares: a draft applied on submit, and "Clear filters". */
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react'

type TextValues<T> = { [K in keyof T]: string }

/** Value and change handler of one filter, to spread on a TextField or SelectField. */
export type BindFilter<T> = <K extends keyof T>(
  key: K,
) => { value: T[K]; onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void }

interface Props<T> {
  label: string
  value: T
  /** What "Clear filters" applies. */
  empty: T
  onApply: (f: T) => void
  /** False keeps "Apply filters" disabled for this draft. */
  canApply?: (draft: T) => boolean
  children: (bind: BindFilter<T>, draft: T) => ReactNode
  footer?: ReactNode
}

export function FilterForm<T extends TextValues<T>>({
  label,
  value,
  empty,
  onApply,
  canApply,
  children,
  footer,
}: Props<T>) {
  const [draft, setDraft] = useState(value)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onApply(draft)
  }
  // Each control only offers values of its filter's type.
  const bind: BindFilter<T> = (key) => ({
    value: draft[key],
    onChange: (e) => setDraft({ ...draft, [key]: e.target.value as T[typeof key] }),
  })
  return (
    <form className="filters" onSubmit={submit} aria-label={label}>
      {children(bind, draft)}
      <div className="row">
        <button type="submit" disabled={canApply ? !canApply(draft) : undefined}>
          Apply filters
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(empty)
            onApply(empty)
          }}
        >
          Clear filters
        </button>
      </div>
      {footer}
    </form>
  )
}
