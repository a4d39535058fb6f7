/**
 * Where focus goes once a row is gone from a list: the row that followed it, or the one before it
 * if it was the last, or nowhere (null: the list's heading takes it) when neither is still shown.
 */
export function rowAfterRemoval<K>(before: readonly K[], after: readonly K[], removed: K): K | null {
  const at = before.indexOf(removed)
  if (at === -1) return null
  const shown = new Set(after)
  for (const candidate of [before[at + 1], before[at - 1]])
    if (candidate !== undefined && shown.has(candidate)) return candidate
  return null
}
