import { Notification } from 'electron'
import type { NativeNotification, NotifierAdapter } from '../types'

export class ElectronNotifier implements NotifierAdapter {
  /** Kept so a click on a notification still reaches its handler after garbage collection. */
  private readonly live = new Set<Notification>()

  isSupported(): boolean {
    return Notification.isSupported()
  }

  show(n: NativeNotification): void {
    const notification = new Notification({ title: n.title, body: n.body, silent: false })
    const release = () => this.live.delete(notification)
    this.live.add(notification)
    notification.on('click', () => n.onClick?.())
    notification.on('close', release)
    // Electron 42+ on macOS (UNNotification): an unsigned app gets this instead of a banner.
    // Windows reports toasts it could not show here too.
    notification.on('failed', (_event, error) => {
      release()
      n.onFailed?.(error)
    })
    notification.show()
  }
}
