/** The settings form: the patch of what changed, checked with main's schema. */
import '../../../shared/zod-jitless'
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../../shared/settings'
import { issueFields } from '../../../shared/zod-issues'
import type { Checked } from './startSession'

type Plain = Record<string, unknown>

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Only the leaves that differ, nested as in the settings. */
function diff(before: Plain, after: Plain): Plain {
  const out: Plain = {}
  for (const key of Object.keys(after)) {
    const a = before[key]
    const b = after[key]
    if (isObject(a) && isObject(b)) {
      const inner = diff(a, b)
      if (Object.keys(inner).length > 0) out[key] = inner
    } else if (a !== b) {
      out[key] = b
    }
  }
  return out
}

export function settingsPatch(before: Settings, after: Settings): Checked<SettingsPatch> {
  const parsed = settingsPatchSchema.safeParse(diff(before, after))
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: issueFields(parsed.error.issues) }
}
