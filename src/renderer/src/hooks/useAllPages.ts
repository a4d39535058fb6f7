import { useQuery, type DataScope } from '../api'

const PAGE = 200

/**
 * Every row of an offset-paged list (for charts), fetched page by page up to `cap` rows.
 * `complete` is false when the cap cut the list short.
 */
export function useAllPages<T>(
  key: string | null,
  fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; total: number }>,
  scopes: readonly DataScope[],
  cap = 2000,
) {
  return useQuery(
    key,
    async () => {
      const items: T[] = []
      let total = Infinity
      while (items.length < total && items.length < cap) {
        const page = await fetchPage(PAGE, items.length)
        total = page.total
        items.push(...page.items)
        if (page.items.length === 0) break
      }
      return { items, total: Number.isFinite(total) ? total : items.length, complete: items.length >= total }
    },
    { scopes },
  )
}
