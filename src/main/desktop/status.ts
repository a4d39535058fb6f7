/**
 * The one owner of the desktop status (notifications shown or refused, launch at login, update,
 * logs folder). Adapters and controllers report into it; the window hears every change.
 */
import type { DesktopStatus } from '../../shared/desktop'

type Listener = (status: DesktopStatus) => void

export class DesktopStatusStore {
  private status: DesktopStatus
  private readonly listeners = new Set<Listener>()

  constructor(initial: DesktopStatus) {
    this.status = initial
  }

  get(): DesktopStatus {
    return this.status
  }

  patch(patch: Partial<DesktopStatus>): void {
    const next = { ...this.status, ...patch }
    if (JSON.stringify(next) === JSON.stringify(this.status)) return
    this.status = next
    for (const listener of this.listeners) listener(next)
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
