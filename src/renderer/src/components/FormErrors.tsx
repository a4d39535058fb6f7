import type { FormErrors } from '../forms/issues'

/** Errors that concern the whole form, at its top. */
export function FormErrorList({ errors }: { errors: FormErrors }) {
  const fieldCount = Object.keys(errors.fields).length
  if (errors.form.length === 0 && fieldCount === 0) return null
  return (
    <div role="alert" className="notice notice-error">
      {errors.form.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {fieldCount > 0 && <p>Some fields need attention: see the messages next to them.</p>}
    </div>
  )
}
