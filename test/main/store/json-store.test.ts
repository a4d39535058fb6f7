import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CorruptFileError, createJsonFile } from '../../../src/main/store/json-store'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-json-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('createJsonFile', () => {
  it('reads an absent file as undefined', () => {
    const file = createJsonFile({ cwd: dir, name: 'settings' })
    expect(file.path).toBe(join(dir, 'settings.json'))
    expect(file.read()).toBeUndefined()
  })

  it('writes atomically, privately, and reads back', () => {
    const file = createJsonFile({ cwd: join(dir, 'nested', 'folder'), name: 'settings' })
    file.write({ a: 1, b: ['x'] })
    file.write({ a: 2, b: ['y'] })
    expect(file.read()).toEqual({ a: 2, b: ['y'] })
    expect(readdirSync(join(dir, 'nested', 'folder'))).toEqual(['settings.json'])
    expect(statSync(file.path).mode & 0o777).toBe(0o600)
    expect(readFileSync(file.path, 'utf8')).toContain('\n  "a": 2')
  })

  it('writes compact JSON when asked', () => {
    const file = createJsonFile({ cwd: dir, name: 'cache', pretty: false })
    file.write({ a: 1 })
    expect(readFileSync(file.path, 'utf8')).toBe('{"a":1}\n')
  })

  it('reports bad JSON as CorruptFileError', () => {
    writeFileSync(join(dir, 'settings.json'), '{"a": 1,')
    const file = createJsonFile({ cwd: dir, name: 'settings' })
    expect(() => file.read()).toThrow(CorruptFileError)
    expect(() => file.read()).toThrow(/not valid JSON/)
  })

  it('moves a file aside under a timestamped name, never over an earlier one', () => {
    const file = createJsonFile({ cwd: dir, name: 'settings' })
    const at = Date.UTC(2026, 1, 3, 9, 30, 7, 123)
    expect(file.moveAside(at)).toBeNull()

    writeFileSync(file.path, 'first')
    const first = file.moveAside(at)
    expect(first).toBe(join(dir, 'settings.corrupt-2026-02-03T09-30-07-123Z.json'))
    writeFileSync(file.path, 'second')
    const second = file.moveAside(at)
    expect(second).toBe(join(dir, 'settings.corrupt-2026-02-03T09-30-07-123Z-2.json'))

    expect(readFileSync(first ?? '', 'utf8')).toBe('first')
    expect(readFileSync(second ?? '', 'utf8')).toBe('second')
    expect(file.read()).toBeUndefined()
  })
})
