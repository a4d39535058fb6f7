import { useEffect, useId, useRef, type MouseEvent } from 'react'
import type { FormErrors } from '../forms/issues'
import './forms.css'

type Focusable = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

const CONTROLS = 'input, select, textarea'

/** The form (or, outside one, the section) the summary speaks for. */
const scopeOf = (el: HTMLElement) => el.closest('form') ?? el.parentElement

/**
 * The control a message is about: by its field name, else the invalid control that shows
 * exactly this message (forms whose controls carry no name).
 */
function findField(scope: HTMLElement, field: string, message: string): Focusable | null {
  const named = scope.querySelector<Focusable>(`[name="${CSS.escape(field)}"]`)
  if (named) return named
  for (const control of scope.querySelectorAll<Focusable>(`:is(${CONTROLS})[aria-invalid="true"]`)) {
    const ids = control.getAttribute('aria-describedby')?.split(' ') ?? []
    if (ids.some((id) => document.getElementById(id)?.textContent === message)) return control
  }
  return null
}

/**
 * What is wrong with the form, at its top: messages about the whole form, then one link per
 * invalid field that moves focus to it. Each time new errors arrive (a failed submit), focus
 * goes to the first invalid field, or to this summary when no field is named. `errors` must be
 * state (a new object per failed submit), not built during render.
 */
export function FormErrorList({ errors }: { errors: FormErrors }) {
  const ref = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const fields = Object.entries(errors.fields)
  const empty = errors.form.length === 0 && fields.length === 0

  useEffect(() => {
    const summary = ref.current
    if (!summary) return
    const scope = scopeOf(summary)
    const first = scope?.querySelector<Focusable>(`:is(${CONTROLS})[aria-invalid="true"]`)
    ;(first ?? summary).focus()
  }, [errors])

  if (empty) return null
  const goTo = (e: MouseEvent<HTMLAnchorElement>, field: string, message: string) => {
    e.preventDefault()
    const scope = ref.current && scopeOf(ref.current)
    if (scope) findField(scope, field, message)?.focus()
  }
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="notice notice-error error-summary">
      {errors.form.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {fields.length > 0 && (
        <>
          <p id={headingId}>Some fields need attention:</p>
          <ul aria-labelledby={headingId}>
            {fields.map(([field, message]) => (
              <li key={field}>
                <a href={`#${field}`} onClick={(e) => goTo(e, field, message)}>
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
