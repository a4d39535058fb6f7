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
    this.live.add(notification)
    notification.on('click', () => n.onClick?.())
    notification.on('close', () => this.live.delete(notification))
    notification.show()
  }
}
