/**
 * A ClockAdapter moved by hand. `now()` is the wall clock; timers run on a separate monotonic
 * clock, as real timers do: `advance` moves both and fires due timers in order, `jump` moves only
 * the wall clock (a sleep, or the clock set forward or back) and fires nothing.
 */
import type { ClockAdapter } from '../../src/main/platform/types'

interface PendingTimer {
  id: number
  due: number
  fn: () => void
}

/** More firings than this in one advance means a timer loop that never settles. */
const MAX_FIRINGS_PER_ADVANCE = 1_000_000

export class FakeClock implements ClockAdapter {
  private wall: number
  private monotonic = 0
  private nextId = 1
  private readonly timers = new Map<number, PendingTimer>()
  /** How many timers have fired so far. */
  fired = 0

  constructor(start: number) {
    this.wall = start
  }

  // Arrow fields, so the methods still work when passed around detached (`{ ...clock }`).
  now = (): number => this.wall

  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++
    this.timers.set(id, { id, due: this.monotonic + Math.max(0, ms), fn })
    return id
  }

  clearTimeout = (handle: unknown): void => {
    if (typeof handle === 'number') this.timers.delete(handle)
  }

  /** Lets `ms` pass, firing every timer that falls due, earliest first (ties in creation order). */
  advance(ms: number): void {
    const target = this.monotonic + ms
    for (let firings = 0; ; firings++) {
      if (firings > MAX_FIRINGS_PER_ADVANCE) throw new Error('FakeClock: timers keep firing without end')
      const next = this.earliest()
      if (next === undefined || next.due > target) break
      this.timers.delete(next.id)
      this.wall += next.due - this.monotonic
      this.monotonic = next.due
      this.fired++
      next.fn()
    }
    this.wall += target - this.monotonic
    this.monotonic = target
  }

  /** Moves the wall clock only: timers neither fire nor come closer. */
  jump(ms: number): void {
    this.wall += ms
  }

  /** Sets the wall clock to an instant, like `jump`. */
  set(instant: number): void {
    this.wall = instant
  }

  /** Milliseconds until each pending timer fires, soonest first. */
  pendingTimers(): number[] {
    return [...this.timers.values()].map((t) => t.due - this.monotonic).sort((a, b) => a - b)
  }

  private earliest(): PendingTimer | undefined {
    let best: PendingTimer | undefined
    for (const t of this.timers.values()) if (best === undefined || t.due < best.due) best = t
    return best
  }
}
