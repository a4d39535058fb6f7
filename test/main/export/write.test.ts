import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/main/api/errors'
import { exportFolderName, writeExportFolder } from '../../../src/main/export/write'

const AT = Date.UTC(2026, 10, 30, 10, 15, 0)
const files = [
  { name: 'chastity-tracker-export.json', text: '{"format":"chastity-tracker-export"}\n' },
  { name: 'sessions.csv', text: 'id,notes\r\n1,"naïve, ""quoted"""\r\n' },
]
const live = () => new AbortController().signal

let parent: string
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'ct-export-write-'))
})
afterEach(() => rmSync(parent, { recursive: true, force: true }))

describe('writeExportFolder', () => {
  it('writes every file, as UTF-8 without a BOM, into a new folder named by the UTC time', async () => {
    expect(exportFolderName(AT)).toBe('chastity-tracker-export-2026-11-30-101500')
    const folder = await writeExportFolder(parent, AT, files, live())
    expect(folder).toBe(join(parent, 'chastity-tracker-export-2026-11-30-101500'))
    expect(readdirSync(parent)).toEqual(['chastity-tracker-export-2026-11-30-101500'])
    expect(readdirSync(folder!).sort()).toEqual(['chastity-tracker-export.json', 'sessions.csv'])
    const bytes = readFileSync(join(folder!, 'sessions.csv'))
    expect(bytes[0]).toBe(0x69)
    expect(bytes.toString('utf8')).toBe(files[1]!.text)
  })

  it('never overwrites: a second export in the same second gets its own folder', async () => {
    writeFileSync(join(parent, 'chastity-tracker-export-2026-11-30-101500'), 'a file of the user')
    const second = await writeExportFolder(parent, AT, files, live())
    const third = await writeExportFolder(parent, AT, files, live())
    expect(second).toBe(join(parent, 'chastity-tracker-export-2026-11-30-101500-2'))
    expect(third).toBe(join(parent, 'chastity-tracker-export-2026-11-30-101500-3'))
    expect(readFileSync(join(parent, 'chastity-tracker-export-2026-11-30-101500'), 'utf8')).toBe(
      'a file of the user',
    )
  })

  it('leaves nothing behind when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await writeExportFolder(parent, AT, files, controller.signal)).toBeNull()
    expect(readdirSync(parent)).toEqual([])
  })

  it('says in words why it could not write, and leaves nothing behind', async () => {
    const notAFolder = join(parent, 'file.txt')
    writeFileSync(notAFolder, '')
    const failure = await writeExportFolder(notAFolder, AT, files, live()).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).code).toBe('export-write')
    expect((failure as ApiError).message).toBe(
      `The export could not be saved in ${notAFolder}: it is not a folder. Choose another folder and try again.`,
    )
    const gone = join(parent, 'gone')
    const missing = await writeExportFolder(gone, AT, files, live()).catch((e: unknown) => e)
    expect((missing as ApiError).message).toMatch(/: the folder no longer exists\./)
    expect(readdirSync(parent)).toEqual(['file.txt'])
  })
})
