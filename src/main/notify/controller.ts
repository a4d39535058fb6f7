/**
 * Shows the notifications the rules plan for a batch of sync events, and remembers every event
 * decided so that none is shown twice, even across restarts.
 */
import type { NativeNotification, NotifierAdapter } from '../platform/types'
import type { SyncEvent } from '../sync/events'
import { planNotifications, type NotificationSettings } from './rules'

export interface NotifyControllerOptions {
  notifier: NotifierAdapter
  /** Persisted markers of events already decided. */
  markers: { has(id: string): boolean; add(ids: readonly string[]): void }
  settings: () => NotificationSettings
  now: () => number
  pausedUntil: () => number | null
  /** A notification was clicked: open the dashboard on its session. */
  onClick: (sessionId: number | null) => void
  timeZone?: string
  locale?: string
}

export class NotifyController {
  constructor(private readonly opts: NotifyControllerOptions) {}

  handle(events: readonly SyncEvent[]): NativeNotification[] {
    const plan = planNotifications(events, {
      now: this.opts.now(),
      alreadyNotified: (id) => this.opts.markers.has(id),
      settings: this.opts.settings(),
      pausedUntil: this.opts.pausedUntil(),
      timeZone: this.opts.timeZone,
      locale: this.opts.locale,
    })
    // Markers first: a crash while showing must not lead to a repeat after restart.
    this.opts.markers.add(plan.markers)
    if (!this.opts.notifier.isSupported()) return []
    const shown: NativeNotification[] = []
    for (const planned of plan.notifications) {
      const notification: NativeNotification = {
        id: planned.id,
        title: planned.title,
        body: planned.body,
        onClick: () => this.opts.onClick(planned.sessionId),
      }
      this.opts.notifier.show(notification)
      shown.push(notification)
    }
    return shown
  }
}
