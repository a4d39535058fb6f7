/** Labelled form controls that show their validation message. */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react'
import './forms.css'

interface Common {
  label: string
  error?: string | undefined
  hint?: ReactNode
}

export function Messages({
  id,
  error,
  hint,
  live = false,
}: {
  id: string
  error?: string | undefined
  hint?: ReactNode
  live?: boolean | undefined
}) {
  const message = error && (
    <small id={`${id}-error`} className="field-error">
      {error}
    </small>
  )
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {/* A live region must exist before its message does, to be read out. */}
      {live ? (
        <span className="field-live" aria-live="assertive">
          {message}
        </span>
      ) : (
        message
      )}
    </>
  )
}

/** The ids of a field's hint and message, and any the caller adds, for aria-describedby. */
export function describedBy(
  id: string,
  error?: string,
  hint?: ReactNode,
  more?: string | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', more ?? ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export function TextField({
  label,
  error,
  hint,
  liveError,
  'aria-describedby': more,
  ...input
}: Common &
  InputHTMLAttributes<HTMLInputElement> & {
    /** Read the message out as soon as it appears (an error that comes without a form summary). */
    liveError?: boolean
  }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, more)}
        {...input}
      />
      <Messages id={id} error={error} hint={hint} live={liveError} />
    </div>
  )
}

export function SelectField({
  label,
  error,
  hint,
  options,
  'aria-describedby': more,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly (readonly [string, string])[] }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, more)}
        {...select}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  )
}

export function CheckboxField({
  label,
  error,
  hint,
  'aria-describedby': more,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId()
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, more)}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      <Messages id={id} error={error} hint={hint} />
    </div>
  )
}

export function TextAreaField({
  label,
  error,
  hint,
  'aria-describedby': more,
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, more)}
        {...area}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  )
}

/**
 * Controls read as one answer ("Wait between rolls: [2] [hours]"): a fieldset named by its
 * legend, with one hint and one message for the group. `children` gets the ids its controls
 * should list in aria-describedby.
 */
export function FieldGroup({
  label,
  error,
  hint,
  children,
}: Common & { children: (describedBy: string | undefined) => ReactNode }) {
  const id = useId()
  return (
    <fieldset className="field field-group">
      <legend>{label}</legend>
      <div className="field-group-controls">{children(describedBy(id, error, hint))}</div>
      <Messages id={id} error={error} hint={hint} />
    </fieldset>
  )
}

/** Any/yes/no choices for 0/1 filters. */
export const TRI_OPTIONS = [
  ['', 'Any'],
  ['1', 'Yes'],
  ['0', 'No'],
] as const
