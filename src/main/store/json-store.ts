/**
 * One JSON file on disk, read whole and written atomically (temporary file + rename), so a crash
 * mid-write leaves either the old or the new file, never half of one.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { dirname, join } from 'node:path'

export interface KeyValueFile {
  readonly path: string
  /** The parsed JSON, or undefined when the file does not exist. Throws CorruptFileError otherwise. */
  read(): unknown
  write(value: unknown): void
  /**
   * Moves the file aside to `<name>.corrupt-<timestamp>.json` and returns that path (null when
   * there was no file), so a broken file can be replaced without losing what the user had.
   */
  moveAside(at: number): string | null
}

/** The file exists but cannot be read as JSON. */
export class CorruptFileError extends Error {
  override readonly name = 'CorruptFileError'
}

export interface JsonFileOptions {
  /** The folder, e.g. the app's user-data folder. Created when missing. */
  cwd: string
  /** The file name without extension: 'settings' gives settings.json. */
  name: string
  /** Indented for a file people may read and edit; compact for a cache. Indented by default. */
  pretty?: boolean
}

export function createJsonFile({ cwd, name, pretty = true }: JsonFileOptions): KeyValueFile {
  const path = join(cwd, `${name}.json`)
  return {
    path,
    read() {
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (error) {
        if (isErrnoCode(error, 'ENOENT')) return undefined
        throw new CorruptFileError(describe(error))
      }
      try {
        return JSON.parse(text) as unknown
      } catch (error) {
        throw new CorruptFileError(`not valid JSON: ${describe(error)}`)
      }
    },
    write(value) {
      mkdirSync(dirname(path), { recursive: true })
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      try {
        const fd = openSync(tmp, 'w', 0o600)
        try {
          writeSync(fd, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`)
          fsyncSync(fd)
        } finally {
          closeSync(fd)
        }
        renameSync(tmp, path)
      } catch (error) {
        rmSync(tmp, { force: true })
        throw error
      }
    },
    moveAside(at) {
      if (!existsSync(path)) return null
      const stamp = new Date(at).toISOString().replace(/[:.]/g, '-')
      let target = join(cwd, `${name}.corrupt-${stamp}.json`)
      for (let n = 2; existsSync(target); n += 1) target = join(cwd, `${name}.corrupt-${stamp}-${n}.json`)
      renameSync(path, target)
      return target
    },
  }
}

function isErrnoCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
