/**
 * The user's settings in settings.json, validated on every read (json-document.ts). A damaged or
 * hand-edited file that does not fit the schema is moved aside, the defaults take its place, and
 * the problem is kept for the UI to show; reading never throws.
 */
import { z } from 'zod'
import {
  applySettingsPatch,
  defaultSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../shared/settings'
import { JsonDocument, type DocumentEngine } from './json-document'

export interface SettingsStoreOptions {
  /** The app's data folder. */
  dir: string
  now: () => number
  engine?: DocumentEngine | undefined
}

export type SettingsListener = (settings: Settings, previous: Settings) => void

/** A patch from the renderer that does not fit the settings schema. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError'
}

export class SettingsStore {
  private readonly file: JsonDocument<Settings>
  private readonly listeners = new Set<SettingsListener>()
  private settings: Settings

  constructor(options: SettingsStoreOptions) {
    this.file = new JsonDocument({
      dir: options.dir,
      name: 'settings',
      engine: options.engine,
      schema: settingsSchema,
      now: options.now,
      subject: 'The settings file settings.json',
      consequence: 'so the default settings are used',
    })
    this.settings = this.file.get() ?? defaultSettings()
  }

  get(): Settings {
    return structuredClone(this.settings)
  }

  /** Applies a deep-partial patch. Throws SettingsValidationError when the patch is invalid. */
  update(patch: unknown): Settings {
    const parsedPatch = settingsPatchSchema.safeParse(patch)
    if (!parsedPatch.success) throw new SettingsValidationError(z.prettifyError(parsedPatch.error))
    const parsed = settingsSchema.safeParse(applySettingsPatch(this.settings, parsedPatch.data))
    if (!parsed.success) throw new SettingsValidationError(z.prettifyError(parsed.error))

    const previous = this.settings
    const next = parsed.data
    if (JSON.stringify(next) === JSON.stringify(previous)) return this.get()
    this.settings = next
    this.file.set(next)
    for (const listener of [...this.listeners]) listener(this.get(), structuredClone(previous))
    return this.get()
  }

  /** What went wrong with the settings file, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    return this.file.lastProblem()
  }

  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}
