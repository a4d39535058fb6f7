/**
 * The user's settings: one zod schema that gives every default (parsing `{}` yields a full
 * `Settings`), and a strict deep-partial patch schema for updates coming from the renderer.
 */
import { z } from 'zod'

// As URL.hostname spells them: lower case, IPv6 in brackets.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The base-URL rule in words, for every place that refuses an address. */
export const API_BASE_URL_RULE =
  'The API address must use https (plain http only for 127.0.0.1, localhost or [::1])'

/**
 * The one rule for the API base URL, applied by the settings and by the API client: https; plain
 * http only for a loopback host (a local test server), so the bearer token never crosses a
 * network unencrypted; no credentials, query or fragment.
 */
export function isAllowedBaseUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '')
    return false
  if (parsed.hostname === '') return false
  if (parsed.protocol === 'https:') return true
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)
}

const DEFAULT_API_BASE_URL = 'https://www.chastitytracker.org'

export const NOTIFICATION_KINDS = [
  'dice',
  'link',
  'luck',
  'penalty',
  'dom',
  'manual',
  'rulesChanged',
  'started',
  'stopped',
  'endReached',
  'gameReady',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

const CLOCK_RE = /^([01]\d|2[0-3]):[0-5]\d$/

// Field schemas shared by the full schema (with defaults) and the patch schema (without).
const fields = {
  activeSeconds: z.number().int().min(10),
  idleSeconds: z.number().int().min(60),
  flag: z.boolean(),
  clock: z.string().regex(CLOCK_RE, 'expected a time HH:MM'),
  showSeconds: z.enum(['lastHour', 'always', 'never']),
  display: z.enum(['remaining', 'endTime']),
  theme: z.enum(['system', 'light', 'dark']),
  apiBaseUrl: z.string().refine(isAllowedBaseUrl, { message: API_BASE_URL_RULE }),
}

const kindsShape = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, fields.flag.default(true)]),
) as {
  [K in NotificationKind]: z.ZodDefault<z.ZodBoolean>
}

export const settingsSchema = z.object({
  polling: z
    .object({
      activeSeconds: fields.activeSeconds.default(60),
      idleSeconds: fields.idleSeconds.default(900),
    })
    .prefault({}),
  notifications: z
    .object({
      enabled: fields.flag.default(true),
      kinds: z.object(kindsShape).prefault({}),
      quietHours: z
        .object({
          enabled: fields.flag.default(false),
          start: fields.clock.default('22:00'),
          end: fields.clock.default('07:00'),
        })
        .prefault({}),
      discreet: fields.flag.default(false),
    })
    .prefault({}),
  tray: z
    .object({
      showSeconds: fields.showSeconds.default('lastHour'),
      display: fields.display.default('remaining'),
    })
    .prefault({}),
  theme: fields.theme.default('system'),
  /** Advanced. */
  apiBaseUrl: fields.apiBaseUrl.default(DEFAULT_API_BASE_URL),
  /** Advanced, for tests: one poll interval in seconds that replaces both active and idle. */
})
export type Settings = z.infer<typeof settingsSchema>

export function defaultSettings(): Settings {
  return settingsSchema.parse({})
}

const kindsPatchShape = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, fields.flag.optional()]),
) as {
  [K in NotificationKind]: z.ZodOptional<z.ZodBoolean>
}

/** A deep-partial, strict update. */
export const settingsPatchSchema = z.strictObject({
  polling: z
    .strictObject({
      activeSeconds: fields.activeSeconds.optional(),
      idleSeconds: fields.idleSeconds.optional(),
    })
    .optional(),
  notifications: z
    .strictObject({
      enabled: fields.flag.optional(),
      kinds: z.strictObject(kindsPatchShape).optional(),
      quietHours: z
        .strictObject({
          enabled: fields.flag.optional(),
          start: fields.clock.optional(),
          end: fields.clock.optional(),
        })
        .optional(),
      discreet: fields.flag.optional(),
    })
    .optional(),
  tray: z
    .strictObject({
      showSeconds: fields.showSeconds.optional(),
      display: fields.display.optional(),
    })
    .optional(),
  theme: fields.theme.optional(),
  apiBaseUrl: fields.apiBaseUrl.optional(),
})
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

/** The settings with a (validated) patch applied; the result still needs `settingsSchema` to be trusted. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next: Settings = {
    ...settings,
    ...stripUndefined({ theme: patch.theme, apiBaseUrl: patch.apiBaseUrl }),
    polling: { ...settings.polling, ...stripUndefined(patch.polling ?? {}) },
    notifications: {
      ...settings.notifications,
      ...stripUndefined({ enabled: patch.notifications?.enabled, discreet: patch.notifications?.discreet }),
      kinds: { ...settings.notifications.kinds, ...stripUndefined(patch.notifications?.kinds ?? {}) },
      quietHours: {
        ...settings.notifications.quietHours,
        ...stripUndefined(patch.notifications?.quietHours ?? {}),
      },
    },
    tray: { ...settings.tray, ...stripUndefined(patch.tray ?? {}) },
  }
  return next
}

function stripUndefined<T extends object>(value: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>
  }>
}
