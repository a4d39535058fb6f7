/** Every row of an offset-paged list, for the charts: the first page says how many there are. */

export interface Page<T> {
  items: T[]
  total: number
}

export interface AllPages<T> {
  items: T[]
  total: number
  /** False when `cap` (or a list that shrank meanwhile) cut the list short. */
  complete: boolean
}

/**
 * Fetches the first page, then every further page up to `cap` rows at once, since the total is
 * known by then: one round trip after the first instead of one per page. Pages keep their order;
 * an empty page (the list shrank meanwhile) ends the list there, and the last page's total counts.
 */
export async function fetchAllPages<T>(
  fetchPage: (limit: number, offset: number) => Promise<Page<T>>,
  pageSize: number,
  cap: number,
): Promise<AllPages<T>> {
  const first = await fetchPage(Math.min(pageSize, cap), 0)
  const want = Math.min(first.total, cap)
  // The server may give fewer rows a page than asked: its first page sets the step.
  const step = first.items.length
  const offsets: number[] = []
  if (step > 0) for (let offset = step; offset < want; offset += step) offsets.push(offset)
  const rest = await Promise.all(offsets.map((offset) => fetchPage(Math.min(step, want - offset), offset)))
  const items = [...first.items]
  let total = first.total
  for (const page of rest) {
    total = page.total
    if (page.items.length === 0) break
    items.push(...page.items)
  }
  return { items, total, complete: items.length >= total }
}
