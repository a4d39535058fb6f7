import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLog } from '../../../src/main/log/file-log'

const folder = () => join(mkdtempSync(join(tmpdir(), 'ct-log-')), 'logs')

describe('the log file', () => {
  it('writes each message with its time and level, creating the folder', () => {
    const log = createFileLog(folder())
    log.write('info', 'Sync finished')
    log.write('warn', 'The service answered 503')
    const lines = readFileSync(log.file, 'utf8').trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\] +Sync finished$/)
    expect(lines[1]).toMatch(/\[warn\] +The service answered 503$/)
  })

  it('rotates to main.old.log past its size, keeping the newest lines in main.log', () => {
    const log = createFileLog(folder(), { maxBytes: 2_000 })
    for (let i = 0; i < 100; i++) log.write('info', `line ${i} ${'x'.repeat(40)}`)
    const old = join(log.folder, 'main.old.log')
    expect(existsSync(old)).toBe(true)
    expect(readFileSync(log.file, 'utf8')).toContain('line 99 ')
    expect(readFileSync(log.file, 'utf8').length).toBeLessThan(2_200)
  })

  it('two logs in two folders stay apart', () => {
    const a = createFileLog(folder())
    const b = createFileLog(folder())
    a.write('info', 'for a')
    b.write('error', 'for b')
    expect(readFileSync(a.file, 'utf8')).not.toContain('for b')
    expect(readFileSync(b.file, 'utf8')).not.toContain('for a')
  })
})
