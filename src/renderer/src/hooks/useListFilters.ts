import { useState } from 'react'

/** The filters of an offset-paged list: applying new ones goes back to the first page. */
export function useListFilters<F>(empty: F) {
  const [filters, setFilters] = useState<F>(empty)
  const [offset, setOffset] = useState(0)
  const apply = (f: F) => {
    setFilters(f)
    setOffset(0)
  }
  return { filters, apply, offset, setOffset }
}
