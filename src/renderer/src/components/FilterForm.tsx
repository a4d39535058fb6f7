/** The frame every list filter form shares: a draft applied on submit, and "Clear filters". */
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react'
import { filterProblem } from '../forms/filters'
import { BusyButton } from './BusyButton'

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
  /** False keeps "Apply filters" from applying this draft; the form says why next to its fields. */
  canApply?: (draft: T) => boolean
  children: (bind: BindFilter<T>, draft: T) => ReactNode
  footer?: ReactNode
}

const CANNOT_COMBINE = 'These filters cannot be used together: change one of them'

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
  // A range that ends before it starts never applies; the form's own rules are explained by its fields.
  const problem = canApply && !canApply(draft) ? CANNOT_COMBINE : filterProblem(draft)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (problem === null) onApply(draft)
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
        <BusyButton type="submit" blockedReason={problem}>
          Apply filters
        </BusyButton>
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
