/** One measured quantity, as bench/results.json stores it. */
import type { Summary } from './stats'

export interface BenchResult {
  /** Stable key, e.g. "idlePoll.demo seed.requests". */
  id: string
  title: string
  unit: string
  summary: Summary
  /** The goal, when there is one: the median must not exceed `max`. */
  target?: { max: number }
  /** Whether the median meets the target (set when the results are written). */
  pass?: boolean
  /** Anything else worth keeping (per-run details, a note). */
  extra?: Record<string, unknown>
  note?: string
}
