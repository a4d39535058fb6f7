/**
 * Async iteration over the API's two kinds of paging: opaque cursors (histories, games_changes)
 * and offsets (sessions, orgasms). Both stop at a cap and honour an AbortSignal between pages.
 * Rows of a page that were skipped as unreadable still count as sent: they move the offset on,
 * and a page of nothing but such rows is not the end of the list.
 */
import { ApiError } from './errors'

export interface PagingOptions {
  /** Stop after this many items (default 100,000). */
  maxItems?: number
  /** Rows per request (default and maximum 200). */
  pageSize?: number
  signal?: AbortSignal | undefined
}

export interface CursorPage<T> {
  items: T[]
  skipped: readonly unknown[]
  cursor_next?: string | null | undefined
}

export interface OffsetPage<T> {
  items: T[]
  skipped: readonly unknown[]
  total: number
}

const rowsSent = (page: { items: readonly unknown[]; skipped: readonly unknown[] }) =>
  page.items.length + page.skipped.length

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new ApiError({ kind: 'internal', code: 'aborted', message: 'The request was cancelled.' })
}

export async function* cursorPages<T>(
  fetchPage: (cursor: string | undefined, limit: number) => Promise<CursorPage<T>>,
  options: PagingOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const maxItems = options.maxItems ?? 100_000
  const pageSize = Math.min(200, options.pageSize ?? 200)
  let cursor: string | undefined
  let seen = 0
  const cursors = new Set<string>()
  while (seen < maxItems) {
    checkAborted(options.signal)
    const page = await fetchPage(cursor, Math.min(pageSize, maxItems - seen))
    const items = page.items.slice(0, maxItems - seen)
    seen += items.length
    if (items.length > 0) yield items
    const next = page.cursor_next ?? undefined
    // A cursor seen before would loop forever: treat it as the end.
    if (!next || rowsSent(page) === 0 || cursors.has(next)) return
    cursors.add(next)
    cursor = next
  }
}

export async function* offsetPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  options: PagingOptions & { startOffset?: number } = {},
): AsyncGenerator<T[], void, undefined> {
  const maxItems = options.maxItems ?? 100_000
  const pageSize = Math.min(200, options.pageSize ?? 200)
  let offset = options.startOffset ?? 0
  let seen = 0
  while (seen < maxItems) {
    checkAborted(options.signal)
    const page = await fetchPage(offset, Math.min(pageSize, maxItems - seen))
    const items = page.items.slice(0, maxItems - seen)
    seen += items.length
    offset += rowsSent(page)
    if (items.length > 0) yield items
    if (rowsSent(page) === 0 || offset >= page.total) return
  }
}

/** Every item of an iterator of pages. */
export async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const items: T[] = []
  for await (const page of pages) items.push(...page)
  return items
}
