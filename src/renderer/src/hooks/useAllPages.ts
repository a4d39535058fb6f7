import { fetchAllPages } from '../allPages'
import { useQuery, type DataScope } from '../api'

const PAGE = 200

/**
 * Every row of an offset-paged list (for charts), up to `cap` rows. `complete` is false when the
 * cap cut the list short.
 */
export function useAllPages<T>(
  key: string | null,
  fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; total: number }>,
  scopes: readonly DataScope[],
  cap = 2000,
) {
  return useQuery(key, () => fetchAllPages(fetchPage, PAGE, cap), { scopes })
}
