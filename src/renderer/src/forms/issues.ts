/** zod issues and server field errors, as messages next to form fields. */
import type { AppError } from '../../../shared/ipc/errors'
import type { IssueFields } from '../../../shared/zod-issues'

export type FormErrors = IssueFields

export const noErrors = (): FormErrors => ({ fields: {}, form: [] })

/** A server refusal: per-field when the server named fields, else one message at the top. */
export function appErrorToForm(error: AppError, text: string): FormErrors {
  const out = noErrors()
  if (error.fields && Object.keys(error.fields).length > 0) {
    out.fields = { ...error.fields }
    if (error.kind !== 'validation') out.form.push(text)
  } else {
    out.form.push(text)
  }
  return out
}
