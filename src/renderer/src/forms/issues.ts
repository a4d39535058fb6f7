/** zod issues and server field errors, as messages next to form fields. */
import '../../../shared/zod-jitless'
import type { z } from 'zod'
import type { AppError } from '../../../shared/ipc/errors'

export interface FormErrors {
  /** Field name -> message. */
  fields: Record<string, string>
  /** Messages that concern no single field. */
  form: string[]
}

export const noErrors = (): FormErrors => ({ fields: {}, form: [] })

type Issue = z.core.$ZodIssue

function collect(issues: readonly Issue[], out: FormErrors): void {
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A union of request shapes: report the branch that got furthest (the one whose
      // discriminating `type` matched), not every branch's complaints.
      const best = [...issue.errors].sort((a, b) => score(a) - score(b))[0] ?? []
      collect(best, out)
      continue
    }
    const field = issue.path.filter((p): p is string => typeof p === 'string').join('.')
    if (field === '') out.form.push(issue.message)
    else out.fields[field] ??= issue.message
  }
}

/** Fewer is better; an issue on `type` means the branch did not apply at all. */
function score(issues: readonly Issue[]): number {
  return issues.some((i) => i.path[0] === 'type') ? 1000 + issues.length : issues.length
}

export function issuesToErrors(issues: readonly Issue[]): FormErrors {
  const out = noErrors()
  collect(issues, out)
  return out
}

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
