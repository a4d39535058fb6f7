/**
 * zod's issues in the two forms the app shows them: per field (forms, IPC validation errors)
 * and as one short line (logs and "a file had a value that does not fit").
 */
import type { z } from 'zod'

type Issue = z.core.$ZodIssue

export interface IssueFields {
  /** Dotted path -> the first message about it. */
  fields: Record<string, string>
  /** Messages that concern no single field. */
  form: string[]
}

const pathOf = (issue: Issue) => issue.path.map(String).join('.')

/** Fewer is better; an issue on `type` means the branch of a union did not apply at all. */
const score = (issues: readonly Issue[]) =>
  issues.some((i) => i.path[0] === 'type') ? 1000 + issues.length : issues.length

/** How an issue is worded; zod's own message unless the caller words it (forms do, in plain words). */
export type IssueWording = (issue: Issue) => string

const zodWording: IssueWording = (issue) => issue.message

function collect(issues: readonly Issue[], out: IssueFields, word: IssueWording): void {
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A union of request shapes: report the branch that got furthest (the one whose
      // discriminating `type` matched), not every branch's complaints.
      const best = [...issue.errors].sort((a, b) => score(a) - score(b))[0] ?? []
      collect(best, out, word)
      continue
    }
    const field = pathOf(issue)
    if (field === '') out.form.push(word(issue))
    else out.fields[field] ??= word(issue)
  }
}

export function issueFields(issues: readonly Issue[], word: IssueWording = zodWording): IssueFields {
  const out: IssueFields = { fields: {}, form: [] }
  collect(issues, out, word)
  return out
}

/** A refused argument, as an error names it: the first issue, and a message per field ('_' for the whole). */
export function validationDetail(issues: readonly Issue[]): {
  message: string
  fields: Record<string, string>
} {
  const { fields, form } = issueFields(issues)
  return { message: firstIssue(issues), fields: form[0] === undefined ? fields : { ...fields, _: form[0] } }
}

/** The first issue as "path: message" (just the message at the root). */
export function firstIssue(issues: readonly Issue[]): string {
  const first = issues[0]
  if (!first) return 'invalid'
  const path = pathOf(first)
  return path === '' ? first.message : `${path}: ${first.message}`
}
