/** Axis label spacing worked out from sizes, so recharts need not measure every label in the page. */

/**
 * recharts' numeric `interval` (how many labels to skip between two shown) for `count` category
 * labels of about `labelChars` characters on a plot `plotWidth` pixels wide.
 */
export function categoryTickInterval(
  count: number,
  plotWidth: number,
  labelChars: number,
  charPx = 7,
  gapPx = 16,
): number {
  if (count <= 1 || plotWidth <= 0) return 0
  const labelPx = labelChars * charPx + gapPx
  const fit = Math.max(1, Math.floor(plotWidth / labelPx))
  return Math.max(0, Math.ceil(count / fit) - 1)
}
