/**
 * The user's settings on disk, validated on every read. A damaged or hand-edited file that does
 * not fit the schema is moved aside, the defaults take its place, and the problem is kept for the
 * UI to show; reading never throws.
 */
import { basename } from 'node:path'
import { z } from 'zod'
import {
  applySettingsPatch,
  defaultSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../shared/settings'
import type { KeyValueFile } from './json-store'

export interface SettingsStoreOptions {
  file: KeyValueFile
  now: () => number
}

export type SettingsListener = (settings: Settings, previous: Settings) => void

/** A patch from the renderer that does not fit the settings schema. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError'
}

export class SettingsStore {
  private readonly file: KeyValueFile
  private readonly now: () => number
  private readonly listeners = new Set<SettingsListener>()
  private settings: Settings
  private problem: string | null = null

  constructor(options: SettingsStoreOptions) {
    this.file = options.file
    this.now = options.now
    this.settings = this.read()
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
    try {
      this.file.write(next)
    } catch (error) {
      this.problem = `Your settings could not be saved (${describe(error)}); they apply until the app quits.`
    }
    for (const listener of [...this.listeners]) listener(this.get(), structuredClone(previous))
    return this.get()
  }

  /** What went wrong with the settings file, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    return this.problem
  }

  dismissProblem(): void {
    this.problem = null
  }

  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  private read(): Settings {
    let raw: unknown
    try {
      raw = this.file.read()
    } catch (error) {
      return this.replaceWithDefaults(`could not be read (${describe(error)})`)
    }
    if (raw === undefined) return defaultSettings()
    const parsed = settingsSchema.safeParse(raw)
    if (parsed.success) return parsed.data
    const first = parsed.error.issues[0]
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : ''
    return this.replaceWithDefaults(`had a value that does not fit (${where}${first?.message ?? 'invalid'})`)
  }

  private replaceWithDefaults(what: string): Settings {
    const name = basename(this.file.path)
    let kept: string
    try {
      const aside = this.file.moveAside(this.now())
      kept = aside ? ` The old file was kept as ${basename(aside)}.` : ''
    } catch (error) {
      kept = ` The old file could not be moved aside (${describe(error)}).`
    }
    this.problem = `The settings file ${name} ${what}, so the default settings are used.${kept}`
    return defaultSettings()
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
