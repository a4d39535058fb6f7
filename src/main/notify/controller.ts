/**
 * Shows the notifications the rules plan for a batch of sync events, and remembers every event
 * decided so that none is shown twice, even across restarts. Whether the system shows them goes
 * to the desktop status, for Settings to explain.
 */
import type { DesktopStatusStore } from '../desktop/status'
import type { NativeNotification, NotifierAdapter } from '../platform/types'
import { planNotifications, type NotificationSettings, type NotifyEvent } from './rules'

export interface NotifyControllerOptions {
  notifier: NotifierAdapter
  /** Persisted markers of events already decided. */
  markers: {
    has(id: string): boolean
    add(ids: readonly string[]): void
    remove(ids: readonly string[]): void
  }
  status: DesktopStatusStore
  log: (level: 'warn', message: string) => void
  settings: () => NotificationSettings
  now: () => number
  pausedUntil: () => number | null
  /** A notification was clicked: open the dashboard on its session. */
  onClick: (sessionId: number | null) => void
  timeZone?: string
  locale?: string
}

export class NotifyController {
  /** The last refusal logged: a system that refuses every notification is logged once. */
  private loggedRefusal: string | null = null

  constructor(private readonly opts: NotifyControllerOptions) {}

  handle(events: readonly NotifyEvent[]): NativeNotification[] {
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
        onFailed: (reason) => this.refused(planned.eventIds, reason),
      }
      try {
        this.opts.notifier.show(notification)
      } catch (e) {
        this.refused(planned.eventIds, e instanceof Error ? e.message : String(e))
        continue
      }
      shown.push(notification)
      // A refusal arrives later as onFailed (macOS answers asynchronously) and overrides this.
      this.opts.status.patch({ notifications: { state: 'shown', detail: null } })
    }
    return shown
  }

  /** The system did not show it: its events are not notified, and Settings says why. */
  private refused(eventIds: readonly string[], reason: string): void {
    this.opts.markers.remove(eventIds)
    if (reason !== this.loggedRefusal) {
      this.loggedRefusal = reason
      this.opts.log('warn', `The system did not show a notification: ${reason}`)
    }
    this.opts.status.patch({ notifications: { state: 'refused', detail: reason } })
  }
}
