import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DesktopStatusStore } from '../../../src/main/desktop/status'
import { NotifyController } from '../../../src/main/notify/controller'
import { DISCREET_BODY, DISCREET_TITLE, type NotificationSettings } from '../../../src/main/notify/rules'
import type { NativeNotification, NotifierAdapter } from '../../../src/main/platform/types'
import {
  endReachedEvent,
  sessionStartedEvent,
  sessionStoppedEvent,
  type SyncEvent,
} from '../../../src/main/sync/events'
import { DataCache } from '../../../src/main/store/cache'
import { defaultSettings } from '../../../src/shared/settings'
import { FakeClock } from '../../support/fake-clock'

const M = 60_000
const H = 60 * M

/** Saturday 7 Feb 2026, 12:00 in Berlin. */
const NOON = Date.UTC(2026, 1, 7, 11, 0)
/** Tuesday 10 Feb 2026, 14:00 in Berlin. */
const END = Date.UTC(2026, 1, 10, 13, 0)

/** Markers and shown notifications write to one log, so their order can be checked. */
function world() {
  const log: string[] = []
  const marked = new Set<string>()
  const markers = {
    has: (id: string) => marked.has(id),
    add: (ids: readonly string[]) => {
      for (const id of ids) marked.add(id)
      if (ids.length > 0) log.push(`mark ${ids.join(',')}`)
    },
    remove: (ids: readonly string[]) => {
      for (const id of ids) marked.delete(id)
      log.push(`unmark ${ids.join(',')}`)
    },
  }
  const status = new DesktopStatusStore({
    notifications: { state: 'unknown', detail: null },
    launchAtLogin: 'off',
    update: { state: 'disabled' },
    logsFolder: null,
  })
  const warnings: string[] = []
  return { log, marked, markers, status, warnings }
}

/**
 * A notifier as the system behaves: `refuse` makes it decline the way macOS does with an unsigned
 * app (show() returns, the refusal follows), `throws` the way a broken notification service can.
 */
class LoggingNotifier implements NotifierAdapter {
  readonly shown: NativeNotification[] = []
  refuse: string | null = null
  throws: string | null = null
  private readonly pending: (() => void)[] = []
  constructor(
    private readonly log: string[],
    private readonly supported = true,
  ) {}
  isSupported(): boolean {
    return this.supported
  }
  show(notification: NativeNotification): void {
    if (this.throws !== null) throw new Error(this.throws)
    this.log.push(`show ${notification.id}`)
    const reason = this.refuse
    if (reason !== null) this.pending.push(() => notification.onFailed?.(reason))
    else this.shown.push(notification)
  }
  /** Delivers the refusals, as the system's later callback does. */
  answer(): void {
    for (const deliver of this.pending.splice(0)) deliver()
  }
}

function controller(
  w: ReturnType<typeof world>,
  over: {
    supported?: boolean
    settings?: Partial<NotificationSettings>
    pausedUntil?: number | null
    clock?: FakeClock
  } = {},
) {
  const clock = over.clock ?? new FakeClock(NOON)
  const notifier = new LoggingNotifier(w.log, over.supported ?? true)
  const clicks: (number | null)[] = []
  const c = new NotifyController({
    notifier,
    markers: w.markers,
    status: w.status,
    log: (_level, message) => w.warnings.push(message),
    settings: () => ({ ...defaultSettings().notifications, ...over.settings }),
    now: clock.now,
    pausedUntil: () => over.pausedUntil ?? null,
    onClick: (sessionId) => clicks.push(sessionId),
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
  })
  return { c, notifier, clicks, clock }
}

const started = sessionStartedEvent(7, END, NOON - M)
const reached = endReachedEvent(7, END, END + 1000)
const stopped = sessionStoppedEvent(8, NOON - 2 * M)

describe('notify controller', () => {
  it('persists the markers before it shows anything', () => {
    const w = world()
    const { c, notifier } = controller(w)
    const shown = c.handle([started, stopped])
    expect(shown.map((n) => n.id)).toEqual([stopped.id, started.id])
    expect(notifier.shown).toEqual(shown)
    expect(w.log).toEqual([`mark ${stopped.id},${started.id}`, `show ${stopped.id}`, `show ${started.id}`])
  })

  it('never shows an event again once marked, also after a restart', () => {
    const w = world()
    const first = controller(w)
    expect(first.c.handle([started])).toHaveLength(1)
    expect(first.c.handle([started])).toEqual([])

    // A new controller on the same persisted markers: the app restarted.
    const second = controller(w)
    expect(second.c.handle([started, reached])).toEqual([
      expect.objectContaining({ id: reached.id, title: 'Time is up' }),
    ])
    expect(second.c.handle([started, reached])).toEqual([])
    expect([...first.notifier.shown, ...second.notifier.shown].map((n) => n.id)).toEqual([
      started.id,
      reached.id,
    ])
  })

  it('shows nothing where notifications are not supported, but still marks the events', () => {
    const w = world()
    const unsupported = controller(w, { supported: false })
    expect(unsupported.c.handle([started, reached])).toEqual([])
    expect(unsupported.notifier.shown).toEqual([])
    expect([...w.marked]).toEqual([started.id, reached.id])

    // Marked means decided: a later, supporting notifier does not show them late.
    const later = controller(w)
    expect(later.c.handle([started, reached])).toEqual([])
  })

  it('opens the session of a clicked notification', () => {
    const w = world()
    const { c, clicks } = controller(w)
    const [first, second] = c.handle([started, stopped])
    first?.onClick?.()
    second?.onClick?.()
    expect(clicks).toEqual([8, 7])
  })

  it('opens the overview for a summary that spans sessions', () => {
    const w = world()
    const { c, clicks } = controller(w)
    const events: SyncEvent[] = [
      sessionStoppedEvent(5, NOON - 4 * M),
      sessionStartedEvent(6, END, NOON - 3 * M),
      sessionStoppedEvent(6, NOON - 2 * M),
      sessionStartedEvent(7, END, NOON - M),
    ]
    const shown = c.handle(events)
    expect(shown).toHaveLength(1)
    shown[0]?.onClick?.()
    expect(clicks).toEqual([null])
  })

  it('holds back events in quiet hours (read in the user time zone) and marks them', () => {
    const w = world()
    // 23:00 in Berlin is 22:00 UTC: quiet from 22:00 to 07:00 local.
    const clock = new FakeClock(Date.UTC(2026, 1, 7, 22, 0))
    const quiet = { enabled: true, start: '22:00', end: '07:00' }
    const { c } = controller(w, { clock, settings: { quietHours: quiet } })
    expect(c.handle([started])).toEqual([])
    expect(w.marked.has(started.id)).toBe(true)
    // The clock is read per batch: after the quiet hours a new event is shown.
    clock.advance(9 * H)
    expect(c.handle([reached])).toHaveLength(1)
  })

  it('shows a neutral reminder in discreet mode', () => {
    const w = world()
    const { c } = controller(w, { settings: { discreet: true } })
    const shown = c.handle([started, reached])
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({ title: DISCREET_TITLE, body: DISCREET_BODY })
    expect(JSON.stringify(shown)).not.toMatch(/Time is up|Session/)
  })

  it('shows nothing while notifications are paused, and marks what it held back', () => {
    const w = world()
    const paused = controller(w, { pausedUntil: NOON + H })
    expect(paused.c.handle([started])).toEqual([])
    expect(w.marked.has(started.id)).toBe(true)
    const over = controller(w, { pausedUntil: NOON - 1 })
    expect(over.c.handle([started, reached]).map((n) => n.id)).toEqual([reached.id])
  })

  it('shows nothing when notifications are off', () => {
    const w = world()
    const { c, notifier } = controller(w, { settings: { enabled: false } })
    expect(c.handle([started])).toEqual([])
    expect(notifier.shown).toEqual([])
    expect(w.marked.has(started.id)).toBe(true)
  })
  it('reports that the system shows notifications once one is shown', () => {
    const w = world()
    const { c } = controller(w)
    c.handle([started])
    expect(w.status.get().notifications).toEqual({ state: 'shown', detail: null })
  })

  it('unmarks the events of a notification the system refused, and reports the refusal once', () => {
    const w = world()
    const { c, notifier } = controller(w, { settings: { discreet: true } })
    notifier.refuse = 'Notifications are not allowed for this application'
    // Discreet mode: one reminder that stands for both events.
    const [reminder] = c.handle([started, reached])
    expect(reminder).toBeDefined()
    // Still marked while the system has not answered: a crash now must not repeat them.
    expect([...w.marked]).toEqual([started.id, reached.id])

    notifier.answer()
    expect([...w.marked]).toEqual([])
    expect(w.log.at(-1)).toBe(`unmark ${started.id},${reached.id}`)
    expect(w.status.get().notifications).toEqual({
      state: 'refused',
      detail: 'Notifications are not allowed for this application',
    })
    expect(w.warnings).toEqual([
      'The system did not show a notification: Notifications are not allowed for this application',
    ])

    // Refused again: not logged again.
    c.handle([stopped])
    notifier.answer()
    expect(w.warnings).toHaveLength(1)
    expect(w.marked.has(stopped.id)).toBe(false)

    // Allowed again in the system settings: the next one is shown, and Settings hears of it.
    notifier.refuse = null
    c.handle([stopped])
    expect(notifier.shown.map((n) => n.id)).toEqual([expect.stringMatching(/^reminder:/)])
    expect(w.marked.has(stopped.id)).toBe(true)
    expect(w.status.get().notifications).toEqual({ state: 'shown', detail: null })
  })

  it('keeps the events it held back marked when the one it showed is refused', () => {
    const w = world()
    const { c, notifier } = controller(w, {
      settings: { kinds: { ...defaultSettings().notifications.kinds, started: false } },
    })
    notifier.refuse = 'denied'
    c.handle([started, reached])
    notifier.answer()
    expect([...w.marked]).toEqual([started.id])
  })

  it('takes a show() that throws as a refusal, and goes on with the rest', () => {
    const w = world()
    const { c, notifier } = controller(w)
    notifier.throws = 'The notification service is not running'
    expect(c.handle([started, stopped])).toEqual([])
    expect(w.marked.size).toBe(0)
    expect(w.status.get().notifications).toEqual({
      state: 'refused',
      detail: 'The notification service is not running',
    })
  })
})

describe('notify controller over the real cache', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('shows a refused event again after a restart, and a shown one never', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-notify-'))
    dirs.push(dir)
    const run = (refuse: string | null) => {
      const cache = new DataCache({ dir, now: () => NOON })
      const w = world()
      const notifier = new LoggingNotifier(w.log)
      notifier.refuse = refuse
      const c = new NotifyController({
        notifier,
        markers: {
          has: (id) => cache.hasNotified(id),
          add: (ids) => cache.markNotified(ids),
          remove: (ids) => cache.unmarkNotified(ids),
        },
        status: w.status,
        log: () => undefined,
        settings: () => defaultSettings().notifications,
        now: () => NOON,
        pausedUntil: () => null,
        onClick: () => undefined,
        timeZone: 'Europe/Berlin',
        locale: 'en-GB',
      })
      c.handle([started, stopped])
      notifier.answer()
      return notifier.shown.map((n) => n.id)
    }

    expect(run('denied')).toEqual([])
    // A new process on the same file: the refused events were never notified.
    expect(run(null)).toEqual([stopped.id, started.id])
    expect(run(null)).toEqual([])
  })
})
