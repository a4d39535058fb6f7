/**
 * A session's history rows (or rule changes) on disk: one JSON row per line, oldest first, only
 * ever appended to. A poll that brings ten rows writes ten lines, whatever the log already holds;
 * the whole file is written only for a session's first fetch.
 *
 * Only the newest rows are held in memory (read from the end of the file); they answer the sync's
 * "is this row already here?" and the overview's latest changes. The whole log is read when a
 * view asks for every row, and not kept. Every line is validated with the API's schema when read:
 * a line that does not fit is skipped, and a line cut short by a crash is tolerated and repaired
 * before the next append.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
  appendFileSync,
} from 'node:fs'
import { basename, dirname } from 'node:path'
import type { z } from 'zod'
import { describe } from './json-document'

/** What a log holds and how its rows are told apart and ordered. */
export interface RowKind<T> {
  /** The file name's prefix: 'history' gives history-<session>.jsonl. */
  name: string
  schema: z.ZodType<T>
  /** A row's identity: the same row, fetched twice, has the same key. */
  key: (row: T) => string
  /** When the row happened (epoch ms): the log's order. */
  happened: (row: T) => number
}

interface Tail<T> {
  /** Oldest first. */
  rows: T[]
  keys: Set<string>
  /** When its oldest and newest rows happened (epoch ms). */
  oldest: number
  newest: number
  /** The tail is the whole log. */
  complete: boolean
}

/** Enough for a page of the API (200 history rows) and the overview's latest changes. */
const TAIL_BYTES = 64 * 1024
const TAIL_MAX_ROWS = 1000

export class RowLog<T> {
  readonly path: string
  private readonly kind: RowKind<T>
  private readonly onCreate: () => void
  private tail: Tail<T> | null = null
  /** Checked once, before the first append: a crash may have cut the last line short. */
  private endChecked = false
  private problem: string | null = null

  constructor(path: string, kind: RowKind<T>, onCreate: () => void = () => undefined) {
    this.path = path
    this.kind = kind
    this.onCreate = onCreate
  }

  /** Whether the session's rows were ever fetched (an empty log counts). */
  exists(): boolean {
    return existsSync(this.path)
  }

  /** The `count` newest rows, newest first. */
  newest(count: number): T[] {
    let tail = this.loadTail()
    if (tail.rows.length < count && !tail.complete) tail = this.tail = this.readTail(count)
    return tail.rows.slice(-count).reverse()
  }

  /** Every row, newest first, read from the file. */
  all(): T[] {
    return this.readAll().reverse()
  }

  /**
   * A test for "already held", good for one sync: the newest rows in memory answer it, and the
   * whole log is read only for a row older than all of them.
   */
  known(): (row: T) => boolean {
    const tail = this.loadTail()
    let everyKey: Set<string> | null = null
    return (row) => {
      const key = this.kind.key(row)
      if (tail.keys.has(key)) return true
      // A row newer than the oldest one held in memory would be among them.
      if (tail.complete || this.kind.happened(row) > tail.oldest) return false
      everyKey ??= new Set(this.readAll().map(this.kind.key))
      return everyKey.has(key)
    }
  }

  /** Adds rows fetched newest first, none of them held yet: appends only them. */
  add(fresh: readonly T[]): void {
    if (fresh.length === 0) return
    const tail = this.loadTail()
    const { oldest, newest } = span(fresh, this.kind.happened)
    if (oldest < tail.newest) {
      // Not newer than what is held (the service changed older rows): the log keeps its order.
      this.replace([...fresh, ...this.all()])
      return
    }
    const rows = [...fresh].reverse()
    try {
      mkdirSync(dirname(this.path), { recursive: true })
      this.repairEnd()
      appendFileSync(this.path, lines(rows), { mode: 0o600 })
    } catch (error) {
      this.problem = `The saved rows of ${basename(this.path)} could not be added to (${describe(error)}); they will be fetched again.`
      this.tail = null
      return
    }
    for (const row of rows) {
      tail.keys.add(this.kind.key(row))
      tail.rows.push(row)
    }
    tail.newest = Math.max(tail.newest, newest)
    if (tail.rows.length > 2 * TAIL_MAX_ROWS) this.tail = this.tailOf(tail.rows, false)
  }

  /** Replaces every row with `rows` (newest first): a session's first fetch. */
  replace(rows: readonly T[]): void {
    const created = !this.exists()
    const ordered = [...rows].reverse()
    if (!isOrdered(ordered, this.kind.happened))
      ordered.sort((a, b) => this.kind.happened(a) - this.kind.happened(b))
    try {
      writeAtomically(this.path, lines(ordered))
    } catch (error) {
      this.problem = `The rows of ${basename(this.path)} could not be saved (${describe(error)}); they will be fetched again.`
      return
    }
    this.endChecked = true
    this.tail = this.tailOf(ordered, true)
    if (created) this.onCreate()
  }

  /** Deletes the file. */
  remove(): void {
    rmSync(this.path, { force: true })
    this.tail = null
    this.endChecked = false
  }

  /** What went wrong with the file, in words for the user; null when nothing did. */
  lastProblem(): string | null {
    return this.problem
  }

  private loadTail(): Tail<T> {
    this.tail ??= this.readTail(1)
    return this.tail
  }

  /** The newest of `rows` (oldest first) to hold in memory, at most TAIL_MAX_ROWS of them. */
  private tailOf(rows: T[], whole: boolean): Tail<T> {
    const kept = rows.length > TAIL_MAX_ROWS ? rows.slice(-TAIL_MAX_ROWS) : rows
    return {
      rows: kept,
      keys: new Set(kept.map(this.kind.key)),
      ...span(kept, this.kind.happened),
      complete: whole && kept === rows,
    }
  }

  /** At least `minRows` of the newest rows (fewer only when the log has fewer), read from the end. */
  private readTail(minRows: number): Tail<T> {
    let fd: number
    try {
      fd = openSync(this.path, 'r')
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) this.problem = readProblem(this.path, error)
      return this.tailOf([], true)
    }
    try {
      const size = fstatSync(fd).size
      for (let chunk = TAIL_BYTES; ; chunk *= 4) {
        const start = Math.max(0, size - chunk)
        const buffer = Buffer.alloc(size - start)
        readSync(fd, buffer, 0, buffer.length, start)
        let text = buffer.toString('utf8')
        // The chunk may begin inside a line: that line is read with the next, larger chunk.
        if (start > 0) text = text.slice(text.indexOf('\n') + 1)
        const rows = this.parse(text)
        if (rows.length >= minRows || start === 0) return this.tailOf(rows, start === 0)
      }
    } catch (error) {
      this.problem = readProblem(this.path, error)
      return this.tailOf([], true)
    } finally {
      closeSync(fd)
    }
  }

  /** Every row, oldest first. */
  private readAll(): T[] {
    let text: string
    try {
      text = readFileSync(this.path, 'utf8')
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) this.problem = readProblem(this.path, error)
      return []
    }
    const rows = this.parse(text)
    if (!isOrdered(rows, this.kind.happened))
      rows.sort((a, b) => this.kind.happened(a) - this.kind.happened(b))
    return rows
  }

  /** The rows of whole lines; a line that is not a row is skipped (and reported), a cut last line silently. */
  private parse(text: string): T[] {
    const parts = text.split('\n')
    // After the last newline: empty, or a line a crash cut short.
    parts.pop()
    const rows: T[] = []
    let skipped = 0
    for (const line of parts) {
      if (line === '') continue
      const row = this.parseLine(line)
      if (row === null) skipped++
      else rows.push(row)
    }
    if (skipped > 0) {
      this.problem = `${skipped} saved ${skipped === 1 ? 'row' : 'rows'} of ${basename(this.path)} could not be read and ${skipped === 1 ? 'was' : 'were'} skipped.`
    }
    return rows
  }

  private parseLine(line: string): T | null {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      return null
    }
    const parsed = this.kind.schema.safeParse(value)
    return parsed.success ? parsed.data : null
  }

  /**
   * Before the first append: a last line without its newline was cut short by a crash (or is
   * whole but unterminated). A whole row gets its newline; a cut one is dropped.
   */
  private repairEnd(): void {
    if (this.endChecked) return
    this.endChecked = true
    let fd: number
    try {
      fd = openSync(this.path, 'r+')
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return
      throw error
    }
    try {
      const size = fstatSync(fd).size
      if (size === 0) return
      const last = Buffer.alloc(1)
      readSync(fd, last, 0, 1, size - 1)
      if (last[0] === NEWLINE) return
      // Rare (after a crash): the whole file is read to find where the last line begins.
      const buffer = readFileSync(fd)
      const cut = buffer.lastIndexOf(NEWLINE) + 1
      if (this.parseLine(buffer.subarray(cut).toString('utf8')) !== null) writeSync(fd, '\n', size)
      else ftruncateSync(fd, cut)
    } finally {
      closeSync(fd)
    }
  }
}

const NEWLINE = 0x0a

function lines(rows: readonly unknown[]): string {
  let text = ''
  for (const row of rows) text += `${JSON.stringify(row)}\n`
  return text
}

/** When the oldest and the newest of `rows` happened; an empty list spans nothing. */
function span<T>(rows: readonly T[], happened: (row: T) => number): { oldest: number; newest: number } {
  let oldest = Infinity
  let newest = -Infinity
  for (const row of rows) {
    const at = happened(row)
    if (at < oldest) oldest = at
    if (at > newest) newest = at
  }
  return { oldest, newest }
}

function isOrdered<T>(rows: readonly T[], happened: (row: T) => number): boolean {
  let previous = -Infinity
  for (const row of rows) {
    const at = happened(row)
    if (at < previous) return false
    previous = at
  }
  return true
}

/** A temporary file renamed over the old one: a crash leaves the old log or the new, never half. */
function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(tmp, text, { mode: 0o600 })
    renameSync(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}

function readProblem(path: string, error: unknown): string {
  return `The saved rows of ${basename(path)} could not be read (${describe(error)}); they will be fetched again.`
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code
}
