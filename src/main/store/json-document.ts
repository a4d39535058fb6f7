/**
 * One small JSON document on disk (settings, the token's permission, the last sync, cached first
 * pages): read once, validated with a zod schema, written atomically and only when it changed.
 *
 * conf (electron-store's engine, plain Node) does the file work, the same in Electron, the
 * harness and the tests: temporary file and rename, retried where Windows holds a file busy.
 * A file that is not a JSON object or does not fit the schema is moved aside under a timestamped
 * name and the problem kept, in words, for the user; nothing here throws on bad data.
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import Conf, { type Options as ConfOptions } from 'conf'
import { firstIssue } from '../../shared/zod-issues'
import type { z } from 'zod'

type Root = Record<string, unknown>

/** What opens the file: conf itself, or electron-store (conf made for Electron) for the settings. */
export type DocumentEngine = (options: ConfOptions<Root>) => Conf<Root>

const confEngine: DocumentEngine = (options) => new Conf<Root>(options)

export interface JsonDocumentOptions<T extends object> {
  /** conf by default. */
  engine?: DocumentEngine | undefined
  /** The folder, created when first written. */
  dir: string
  /** The file name without extension: 'settings' gives settings.json. */
  name: string
  schema: z.ZodType<T>
  now: () => number
  /**
   * How a problem names the file, and what follows from a damaged one being set aside: e.g. "The
   * settings file settings.json" and "so the default settings are used".
   */
  subject: string
  consequence: string
}

/** Read as conf reads, but a root that is not an object is damage, not an empty document. */
function deserialize(text: string): Root {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new SyntaxError(`not valid JSON: ${describe(error)}`, { cause: error })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SyntaxError('not a JSON object')
  }
  return value as Root
}

const serialize = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

export class JsonDocument<T extends object> {
  readonly path: string
  private readonly options: JsonDocumentOptions<T>
  private conf: Conf<Root> | null = null
  private value: T | undefined
  /** The text the file holds, to skip writes that change nothing. */
  private written: string | null = null
  private problem: string | null = null

  constructor(options: JsonDocumentOptions<T>) {
    this.options = options
    this.path = join(options.dir, `${options.name}.json`)
    this.value = this.read()
  }

  /** The document, or undefined when there is none (never written, or set aside). Shared: do not change it. */
  get(): T | undefined {
    return this.value
  }

  /** Keeps `value` and writes it, unless the file already holds exactly that. */
  set(value: T): void {
    this.value = value
    const text = serialize(value)
    if (text === this.written) return
    try {
      this.engine().store = value as unknown as Root
      this.written = text
    } catch (error) {
      this.problem = `${this.options.subject} could not be saved (${describe(error)}); the change holds until the app quits.`
    }
  }

  /** Forgets the document and deletes its file. */
  remove(): void {
    this.value = undefined
    this.written = null
    try {
      rmSync(this.path, { force: true })
    } catch (error) {
      this.problem = `${this.options.subject} could not be deleted (${describe(error)}).`
    }
  }

  /** What went wrong with the file, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    return this.problem
  }

  private engine(): Conf<Root> {
    this.conf ??= (this.options.engine ?? confEngine)({
      cwd: this.options.dir,
      configName: this.options.name,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      configFileMode: 0o600,
      serialize,
      deserialize,
    })
    return this.conf
  }

  private read(): T | undefined {
    if (!existsSync(this.path)) return undefined
    let raw: Root
    try {
      raw = this.engine().store
    } catch (error) {
      this.conf = null
      return this.setAside(`could not be read (${describe(error)})`)
    }
    const parsed = this.options.schema.safeParse(raw)
    if (!parsed.success) {
      return this.setAside(`had a value that does not fit (${firstIssue(parsed.error.issues)})`)
    }
    this.written = serialize(raw)
    return parsed.data
  }

  private setAside(what: string): undefined {
    let kept: string
    try {
      const aside = this.moveAside()
      kept = aside ? ` The old file was kept as ${basename(aside)}.` : ''
    } catch (error) {
      kept = ` The old file could not be moved aside (${describe(error)}).`
    }
    this.problem = `${this.options.subject} ${what}, ${this.options.consequence}.${kept}`
    return undefined
  }

  /** `<name>.corrupt-<timestamp>.json`, never over an earlier one. */
  private moveAside(): string | null {
    if (!existsSync(this.path)) return null
    const { dir, name } = this.options
    const stamp = new Date(this.options.now()).toISOString().replace(/[:.]/g, '-')
    let target = join(dir, `${name}.corrupt-${stamp}.json`)
    for (let n = 2; existsSync(target); n += 1) target = join(dir, `${name}.corrupt-${stamp}-${n}.json`)
    renameSync(this.path, target)
    return target
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
