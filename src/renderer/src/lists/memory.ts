/**
 * What a list looked like when the user left it (filters, page, scroll), kept for as long as the
 * window is open so that coming back finds it as it was. Kept in memory only: a restart starts
 * afresh. A page's module holds its own store, typed by what its lists keep.
 */
export interface Memory<V> {
  recall(key: string): V | undefined
  remember(key: string, value: V): void
}

export function createMemory<V>(): Memory<V> {
  const values = new Map<string, V>()
  return {
    recall: (key) => values.get(key),
    remember: (key, value) => {
      values.set(key, value)
    },
  }
}

/** The state of one offset-paged list. */
export interface ListState<F> {
  filters: F
  offset: number
  limit: number
}
