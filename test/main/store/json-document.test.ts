import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { JsonDocument } from '../../../src/main/store/json-document'

const AT = Date.UTC(2026, 1, 3, 9, 30, 7, 123)
const BACKUP = 'doc.corrupt-2026-02-03T09-30-07-123Z.json'
const schema = z.object({ count: z.number().int(), tags: z.array(z.string()).default([]) })

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-doc-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function open(folder = dir) {
  return new JsonDocument({
    dir: folder,
    name: 'doc',
    schema,
    now: () => AT,
    subject: 'The test file doc.json',
    consequence: 'so it starts empty',
  })
}

describe('JsonDocument', () => {
  it('has no value and writes no file until set', () => {
    const doc = open()
    expect(doc.path).toBe(join(dir, 'doc.json'))
    expect(doc.get()).toBeUndefined()
    expect(doc.lastProblem()).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('writes privately, leaves no temporary file, creates its folder, and reads back through the schema', () => {
    const nested = join(dir, 'nested', 'folder')
    const doc = open(nested)
    doc.set({ count: 1, tags: ['a'] })
    doc.set({ count: 2, tags: ['b'] })
    expect(readdirSync(nested)).toEqual(['doc.json'])
    expect(statSync(doc.path).mode & 0o777).toBe(0o600)
    expect(readFileSync(doc.path, 'utf8')).toBe('{\n  "count": 2,\n  "tags": [\n    "b"\n  ]\n}\n')
    expect(open(nested).get()).toEqual({ count: 2, tags: ['b'] })
  })

  it('does not write a value the file already holds', () => {
    const doc = open()
    doc.set({ count: 1, tags: [] })
    // Edited by hand: had the same value been written again, this text would be gone.
    writeFileSync(doc.path, '{"count":1,"tags":[]}')
    doc.set({ count: 1, tags: [] })
    expect(readFileSync(doc.path, 'utf8')).toBe('{"count":1,"tags":[]}')
    doc.set({ count: 3, tags: [] })
    expect(JSON.parse(readFileSync(doc.path, 'utf8'))).toEqual({ count: 3, tags: [] })
  })

  it('sets aside a file that is not JSON, under a timestamped name, and says so', () => {
    writeFileSync(join(dir, 'doc.json'), '{"count": 1,')
    const doc = open()
    expect(doc.get()).toBeUndefined()
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe('{"count": 1,')
    expect(doc.lastProblem()).toBe(
      `The test file doc.json could not be read (not valid JSON: ${jsonError('{"count": 1,')}), so it starts empty. The old file was kept as ${BACKUP}.`,
    )
    // A second damaged file never replaces the first backup.
    writeFileSync(join(dir, 'doc.json'), 'garbage')
    open()
    expect(readdirSync(dir).sort()).toEqual([BACKUP.replace('.json', '-2.json'), BACKUP])
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe('{"count": 1,')
  })

  it('sets aside JSON that is not an object, and a value that does not fit, naming the field', () => {
    for (const text of ['[1, 2]', '"text"', 'null']) {
      writeFileSync(join(dir, 'doc.json'), text)
      const doc = open()
      expect(doc.get()).toBeUndefined()
      expect(doc.lastProblem()).toMatch(/could not be read \(not a JSON object\)/)
      rmSync(join(dir, BACKUP))
    }
    writeFileSync(join(dir, 'doc.json'), JSON.stringify({ count: 'many' }))
    const doc = open()
    expect(doc.get()).toBeUndefined()
    expect(doc.lastProblem()).toMatch(/^The test file doc\.json had a value that does not fit \(count: /)
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe('{"count":"many"}')
  })

  it('fills in defaults without complaint', () => {
    writeFileSync(join(dir, 'doc.json'), JSON.stringify({ count: 4 }))
    const doc = open()
    expect(doc.get()).toEqual({ count: 4, tags: [] })
    expect(doc.lastProblem()).toBeNull()
  })

  it('removes its file', () => {
    const doc = open()
    doc.set({ count: 1, tags: [] })
    doc.remove()
    expect(doc.get()).toBeUndefined()
    expect(readdirSync(dir)).toEqual([])
    doc.set({ count: 1, tags: [] })
    expect(readdirSync(dir)).toEqual(['doc.json'])
  })

  it('keeps the value in memory when the file cannot be written, and says so', () => {
    const doc = open()
    rmSync(dir, { recursive: true })
    writeFileSync(dir, 'a file where the folder was')
    try {
      doc.set({ count: 5, tags: [] })
      expect(doc.get()).toEqual({ count: 5, tags: [] })
      expect(doc.lastProblem()).toMatch(
        /^The test file doc\.json could not be saved \(.+\); the change holds until the app quits\.$/,
      )
    } finally {
      rmSync(dir)
    }
  })
})

function jsonError(text: string): string {
  try {
    JSON.parse(text)
  } catch (e) {
    return (e as Error).message
  }
  return ''
}
