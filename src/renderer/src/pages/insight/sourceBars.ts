/**
 * A source breakdown as the bars of a diverging chart: time added to the right of zero, time
 * removed to the left, in hours, or in days when the longest bar is over three days.
 */
import type { SourceTotals } from '../../../../shared/insight/sources'

const HOUR_S = 3600
const DAY_S = 24 * HOUR_S

export interface SourceBar {
  key: string
  label: string
  /** In `unit`s, at least 0. */
  added: number
  /** In `unit`s, at most 0. */
  removed: number
}

export interface SourceBars {
  unit: 'hour' | 'day'
  bars: SourceBar[]
  /** The axis runs from -extent to extent, so zero stays in the middle. */
  extent: number
}

export function sourceBars(
  sources: readonly SourceTotals[],
  label: (source: SourceTotals['source']) => string,
): SourceBars {
  const longest = Math.max(0, ...sources.flatMap((s) => [s.addedSeconds, s.removedSeconds]))
  const unit = longest > 3 * DAY_S ? 'day' : 'hour'
  const size = unit === 'day' ? DAY_S : HOUR_S
  return {
    unit,
    bars: sources.map((s) => ({
      key: s.source ?? 'none',
      label: label(s.source),
      added: s.addedSeconds / size,
      // Written as 0 rather than -0 when nothing was removed.
      removed: s.removedSeconds === 0 ? 0 : -s.removedSeconds / size,
    })),
    extent: longest === 0 ? 1 : longest / size,
  }
}
