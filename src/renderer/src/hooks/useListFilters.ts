import { useCallback, useEffect, useState } from 'react'
import type { ListState, Memory } from '../lists/memory'

/**
 * The filters, page and page size of an offset-paged list, remembered under `key` so that the
 * list comes back as it was left. Applying new filters or a new page size goes back to page one.
 */
export function useListFilters<F>(memory: Memory<ListState<F>>, key: string, empty: F, limit = 50) {
  const [state, setState] = useState<ListState<F>>(
    () => memory.recall(key) ?? { filters: empty, offset: 0, limit },
  )
  useEffect(() => memory.remember(key, state), [memory, key, state])
  const apply = useCallback((filters: F) => setState((s) => ({ ...s, filters, offset: 0 })), [])
  const setOffset = useCallback((offset: number) => setState((s) => ({ ...s, offset })), [])
  const setLimit = useCallback((l: number) => setState((s) => ({ ...s, limit: l, offset: 0 })), [])
  return { filters: state.filters, offset: state.offset, limit: state.limit, apply, setOffset, setLimit }
}
