/** The settings form: the patch of what changed, checked with main's schema. */
import '../../../shared/zod-jitless'
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../../shared/settings'
import { plainIssues, type FormWords } from './issues'
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

/** How each field is named in its messages, by its path in the settings. */
export const SETTINGS_WORDS: FormWords = {
  'polling.activeSeconds': { what: 'how often to check while locked', kind: 'whole', unit: 'seconds' },
  'polling.idleSeconds': { what: 'how often to check while not locked', kind: 'whole', unit: 'seconds' },
  'notifications.quietHours.start': { what: 'when quiet hours start', kind: 'time' },
  'notifications.quietHours.end': { what: 'when quiet hours end', kind: 'time' },
  apiBaseUrl: { what: 'the API base URL', kind: 'address' },
  theme: { what: 'a theme', kind: 'choice' },
  'tray.display': { what: 'what the tray shows', kind: 'choice' },
  'tray.showSeconds': { what: 'when to show seconds', kind: 'choice' },
}

const BASE_URL_WORDS =
  'Enter an address starting with https:// (plain http only for this computer), or leave the default'

/** Whether the form holds what is saved (nothing to lose on leaving). */
export function settingsEqual(before: Settings, after: Settings): boolean {
  return Object.keys(diff(before, after)).length === 0
}

export function settingsPatch(before: Settings, after: Settings): Checked<SettingsPatch> {
  const body = diff(before, after)
  const parsed = settingsPatchSchema.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors = plainIssues(parsed.error.issues, body, SETTINGS_WORDS)
  // The schema's rule names hosts and schemes; the field says what to type.
  if (errors.fields.apiBaseUrl) errors.fields.apiBaseUrl = BASE_URL_WORDS
  return { ok: false, errors }
}
