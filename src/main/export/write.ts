/**
 * Writes an export's files as one folder inside the folder the user chose, atomically: the files
 * go into a hidden temporary folder beside it, which is renamed into place only once every file
 * is written. A cancel or a failure before that removes the temporary folder, so the user finds
 * a whole export or none, and never a file of theirs overwritten.
 */
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../api/errors'
import type { ExportFile } from './document'

const PREFIX = 'chastity-tracker-export'

/** The export folder's name: its UTC time, to the second ("chastity-tracker-export-2026-11-30-101500"). */
export function exportFolderName(exportedAt: number): string {
  const iso = new Date(exportedAt).toISOString()
  return `${PREFIX}-${iso.slice(0, 10)}-${iso.slice(11, 19).replaceAll(':', '')}`
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** A name not taken yet in `parent`: the name itself, or with "-2", "-3", … added. */
async function freeName(parent: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}-${n}`
    if (!(await exists(join(parent, candidate)))) return candidate
  }
}

/** What stopped the writing, in words: the system's error codes say it. */
const WHY: Record<string, string> = {
  EACCES: 'the app may not write there',
  EPERM: 'the app may not write there',
  EROFS: 'the disk cannot be written to',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk is full',
  ENOENT: 'the folder no longer exists',
  ENOTDIR: 'it is not a folder',
}

function writeFailure(parent: string, error: unknown): ApiError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  const why = WHY[code] ?? 'the files could not be written'
  return new ApiError({
    kind: 'internal',
    code: 'export-write',
    retryable: true,
    message: `The export could not be saved in ${parent}: ${why}. Choose another folder and try again.`,
  })
}

/**
 * Writes `files` into a new folder in `parent` and answers its path; null when `signal` aborted
 * before the folder was in place (nothing is left behind then).
 */
export async function writeExportFolder(
  parent: string,
  exportedAt: number,
  files: readonly ExportFile[],
  signal: AbortSignal,
): Promise<string | null> {
  let tmp: string
  try {
    tmp = await mkdtemp(join(parent, `.${PREFIX}-`))
  } catch (error) {
    throw writeFailure(parent, error)
  }
  try {
    for (const file of files) {
      if (signal.aborted) break
      await writeFile(join(tmp, file.name), file.text, { encoding: 'utf8', mode: 0o600 })
    }
    if (signal.aborted) {
      await rm(tmp, { recursive: true, force: true })
      return null
    }
    const target = join(parent, await freeName(parent, exportFolderName(exportedAt)))
    await rename(tmp, target)
    return target
  } catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw writeFailure(parent, error)
  }
}
