import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HISTORY_ROWS } from '../../../src/main/store/cache'
import { RowLog } from '../../../src/main/store/row-log'
import { historyItem, type HistoryItem } from '../../../src/shared/api/schemas'
import { formatUtc } from '../../../src/shared/api/time'

const T0 = Date.UTC(2026, 1, 3, 9, 0)

/** Row i happened i minutes after T0; the API lists rows newest first. */
function row(i: number): HistoryItem {
  return historyItem.parse({
    session: 7,
    type: i === 0 ? 'START' : 'ADD',
    unit: i === 0 ? null : 60 + i,
    source: i === 0 ? null : 'DICE',
    dom: 0,
    schedule: formatUtc(T0 + 86_400_000 + i * 1000),
    happened: formatUtc(T0 + i * 60_000),
  })
}
const newestFirst = (from: number, to: number) => {
  const rows: HistoryItem[] = []
  for (let i = to; i >= from; i--) rows.push(row(i))
  return rows
}
const line = (r: HistoryItem) => `${JSON.stringify(r)}\n`

let dir: string
let path: string
let created: number

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-rows-'))
  path = join(dir, 'cache', 'history-7.jsonl')
  created = 0
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const open = () => new RowLog(path, HISTORY_ROWS, () => created++)

describe('RowLog', () => {
  it('holds nothing before the first fetch, and an empty fetch counts as fetched', () => {
    const log = open()
    expect(log.exists()).toBe(false)
    expect(log.all()).toEqual([])
    expect(log.newest(5)).toEqual([])
    log.replace([])
    expect(log.exists()).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe('')
    expect(created).toBe(1)
  })

  it('writes a first fetch oldest first, one row a line, and answers newest first', () => {
    const log = open()
    log.replace(newestFirst(0, 4))
    expect(readFileSync(path, 'utf8')).toBe([0, 1, 2, 3, 4].map((i) => line(row(i))).join(''))
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(log.all()).toEqual(newestFirst(0, 4))
    expect(log.newest(2)).toEqual([row(4), row(3)])
    expect(open().newest(2)).toEqual([row(4), row(3)])
    expect(created).toBe(1)
  })

  it('appends only the new rows, leaving every byte already written as it was', () => {
    const log = open()
    log.replace(newestFirst(0, 99))
    const before = readFileSync(path)
    log.add(newestFirst(100, 109))
    const after = readFileSync(path)
    expect(after.subarray(0, before.length).equals(before)).toBe(true)
    expect(after.subarray(before.length).toString('utf8')).toBe(
      [100, 101, 102, 103, 104, 105, 106, 107, 108, 109].map((i) => line(row(i))).join(''),
    )
    expect(open().all()).toEqual(newestFirst(0, 109))
    expect(log.newest(3)).toEqual([row(109), row(108), row(107)])
    log.add([])
    expect(readFileSync(path).length).toBe(after.length)
  })

  it('knows the rows it holds, also those older than the ones kept in memory', () => {
    const log = open()
    // About 140 KiB: more than the tail read from the end of the file.
    log.replace(newestFirst(0, 799))
    const fresh = open()
    const known = fresh.known()
    expect(known(row(799))).toBe(true)
    expect(known(row(800))).toBe(false)
    expect(known(row(3))).toBe(true)
    const unheld = historyItem.parse({ ...row(3), unit: 9999 })
    expect(known(unheld)).toBe(false)
  })

  it('keeps its order when the service sends a row older than those held', () => {
    const log = open()
    log.replace([row(5), row(3), row(1)])
    log.add([row(6), row(2)])
    expect(log.all()).toEqual([row(6), row(5), row(3), row(2), row(1)])
    expect(readFileSync(path, 'utf8')).toBe([1, 2, 3, 5, 6].map((i) => line(row(i))).join(''))
  })

  it('skips a line that is not a row and says so, keeping the rest', () => {
    const log = open()
    log.replace(newestFirst(0, 2))
    const lines = readFileSync(path, 'utf8').split('\n')
    writeFileSync(path, [lines[0], '{"session": "x"}', 'not json', lines[1], lines[2], ''].join('\n'))
    const reopened = open()
    expect(reopened.all()).toEqual(newestFirst(0, 2))
    expect(reopened.lastProblem()).toBe('2 saved rows of history-7.jsonl could not be read and were skipped.')
  })

  it('tolerates a last line cut short by a crash, and drops it before appending', () => {
    open().replace(newestFirst(0, 2))
    appendFileSync(path, line(row(3)).slice(0, 40))
    const log = open()
    expect(log.all()).toEqual(newestFirst(0, 2))
    expect(log.lastProblem()).toBeNull()
    expect(log.known()(row(3))).toBe(false)
    log.add([row(3)])
    expect(readFileSync(path, 'utf8')).toBe([0, 1, 2, 3].map((i) => line(row(i))).join(''))
  })

  it('keeps a whole last line that lost only its newline', () => {
    open().replace(newestFirst(0, 1))
    appendFileSync(path, line(row(2)).trimEnd())
    const log = open()
    log.add([row(3)])
    expect(readFileSync(path, 'utf8')).toBe([0, 1, 2, 3].map((i) => line(row(i))).join(''))
    expect(open().all()).toEqual(newestFirst(0, 3))
  })

  it('says so when its file cannot be added to (the rows are fetched again)', () => {
    const log = open()
    log.replace(newestFirst(0, 1))
    rmSync(join(dir, 'cache'), { recursive: true })
    writeFileSync(join(dir, 'cache'), 'a file where the folder was')
    log.add([row(2)])
    expect(log.lastProblem()).toMatch(
      /^The saved rows of history-7\.jsonl could not be added to \(.+\); they will be fetched again\.$/,
    )
  })
})
