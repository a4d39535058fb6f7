import { useEffect } from 'react'

/** The offset of the last page of `total` rows (0 when there are none). */
export function lastPageOffset(total: number, limit: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / limit) * limit
}

/**
 * Keeps an offset-paged list on a page that exists: when the rows of the page shown go away
 * (the last one deleted here or on the website), it steps back to the new last page instead of
 * showing an empty page without a pager.
 */
export function usePageInRange(
  page: { items: readonly unknown[]; total: number } | undefined,
  offset: number,
  limit: number,
  setOffset: (offset: number) => void,
): void {
  useEffect(() => {
    if (page === undefined || page.items.length > 0 || offset === 0) return
    setOffset(lastPageOffset(page.total, limit))
  }, [page, offset, limit, setOffset])
}
