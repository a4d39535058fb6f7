/**
 * How often the tray countdown wakes the CPU: the real TrayController on a simulated clock, run
 * for simulated hours. Every timer it arms is a wake-up; the clock jumps straight to the next one.
 */
import { NotificationPause } from '../src/main/notify/pause'
import type { ClockAdapter, TrayAdapter, TrayAppearance } from '../src/main/platform/types'
import { TrayController } from '../src/main/tray/controller'
import { session as sessionSchema, type Session } from '../src/shared/api/schemas'
import { formatUtc } from '../src/shared/api/time'
import { defaultSettings, type Settings } from '../src/shared/settings'
import type { BenchResult } from './result'
import { summarize } from './stats'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const SIMULATED_HOURS = 12
/** Midday, 10 Feb 2026 UTC: any instant would do, a fixed one keeps the runs equal. */
const T0 = Date.UTC(2026, 1, 10, 12, 0, 0)

/** A clock that only moves when told to; timers fire in order as it passes them. */
class SimulatedClock implements ClockAdapter {
  private time = T0
  private nextId = 1
  private readonly timers = new Map<number, { at: number; fn: () => void }>()
  fired = 0

  now = (): number => this.time
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++
    this.timers.set(id, { at: this.time + Math.max(0, ms), fn })
    return id
  }
  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number)
  }

  /** Runs every timer due up to `until`, in time order. */
  runUntil(until: number): void {
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined
      for (const entry of this.timers) if (!next || entry[1].at < next[1].at) next = entry
      if (!next || next[1].at > until) break
      this.timers.delete(next[0])
      this.time = next[1].at
      this.fired++
      next[1].fn()
    }
    this.time = until
  }
}

class CountingTray implements TrayAdapter {
  readonly showsTitle = true
  readonly appearance: TrayAppearance = { tintsTemplates: false, darkBar: false, highContrast: false }
  updates = 0
  onAppearanceChange(): void {}
  setTitle(): void {
    this.updates++
  }
  setToolTip(): void {
    this.updates++
  }
  setMenu(): void {
    this.updates++
  }
  setIcon(): void {
    this.updates++
  }
}

function session(end: number | null): Session {
  return sessionSchema.parse({
    id: 1,
    start: formatUtc(T0 - 5 * DAY),
    end: null,
    scheduledend: end === null ? null : formatUtc(end),
    active: 1,
    timezonestart: '+00:00',
  })
}

interface Scenario {
  label: string
  end: number | null
  tray?: Partial<Settings['tray']>
  /** The limit that applies, in wake-ups per hour. */
  max?: number
}

const SCENARIOS: Scenario[] = [
  { label: 'end 3 days away, default settings', end: T0 + 3 * DAY + 17 * MINUTE, max: 60 },
  { label: 'end 3 days away, seconds always shown', end: T0 + 3 * DAY, tray: { showSeconds: 'always' } },
  { label: 'end 3 days away, end time shown', end: T0 + 3 * DAY, tray: { display: 'endTime' }, max: 60 },
  { label: 'no scheduled end (counting up)', end: null, max: 60 },
]

function run(scenario: Scenario): { perHour: number[]; updatesPerHour: number[] } {
  const clock = new SimulatedClock()
  const tray = new CountingTray()
  const settings = { ...defaultSettings().tray, ...scenario.tray }
  const controller = new TrayController({
    tray,
    clock,
    pause: new NotificationPause(clock.now),
    settings: () => settings,
    onCommand: () => undefined,
  })
  controller.setSession(session(scenario.end))
  const perHour: number[] = []
  const updatesPerHour: number[] = []
  for (let h = 1; h <= SIMULATED_HOURS; h++) {
    const fired = clock.fired
    const updates = tray.updates
    clock.runUntil(T0 + h * HOUR)
    perHour.push(clock.fired - fired)
    updatesPerHour.push(tray.updates - updates)
  }
  controller.dispose()
  return { perHour, updatesPerHour }
}

export function benchTrayWakeups(): BenchResult[] {
  return SCENARIOS.map((scenario, i) => {
    const { perHour, updatesPerHour } = run(scenario)
    return {
      id: `trayWakeups.${i}`,
      title: `Tray timer wake-ups per hour: ${scenario.label}`,
      unit: 'wake-ups/h',
      summary: summarize(perHour, 0),
      ...(scenario.max !== undefined ? { target: { max: scenario.max } } : {}),
      extra: { simulatedHours: SIMULATED_HOURS, trayUpdatesPerHour: summarize(updatesPerHour, 0) },
    }
  })
}
