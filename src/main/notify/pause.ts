/**
 * The one owner of "notifications are paused until …": the tray's menu and Settings set it, the
 * notification controller and the tray read it. Kept in memory: a restart resumes notifications.
 */
type Listener = (until: number | null) => void

export class NotificationPause {
  private pausedUntil: number | null = null
  private readonly listeners = new Set<Listener>()

  constructor(private readonly now: () => number) {}

  /** When the pause ends, or null when none is running. */
  until(): number | null {
    return this.pausedUntil !== null && this.pausedUntil > this.now() ? this.pausedUntil : null
  }

  /** Pauses for `minutes` from now; 0 resumes. */
  pauseFor(minutes: number): number | null {
    this.pausedUntil = minutes === 0 ? null : this.now() + minutes * 60_000
    for (const listener of this.listeners) listener(this.pausedUntil)
    return this.pausedUntil
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
