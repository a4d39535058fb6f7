import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { NativeNotification } from '../../../../src/main/platform/types'

/** Electron's Notification, reduced to what the adapter uses: options, show() and its events. */
const electron = await vi.hoisted(async () => {
  // Hoisted above the imports, so it imports what it needs itself.
  const { EventEmitter } = await import('node:events')
  class FakeNotification extends EventEmitter {
    static supported = true
    static readonly made: FakeNotification[] = []
    static isSupported(): boolean {
      return FakeNotification.supported
    }
    shows = 0
    constructor(readonly options: { title: string; body: string; silent: boolean }) {
      super()
      FakeNotification.made.push(this)
    }
    show(): void {
      this.shows++
    }
  }
  return { Notification: FakeNotification }
})
vi.mock('electron', () => electron)

const { ElectronNotifier } = await import('../../../../src/main/platform/electron/notifier')

function notification(over: Partial<NativeNotification> = {}): NativeNotification {
  return { id: 'n1', title: 'Time is up', body: 'Session 7 reached its end', ...over }
}

beforeEach(() => {
  electron.Notification.made.length = 0
  electron.Notification.supported = true
})

describe('ElectronNotifier', () => {
  it('asks Electron whether notifications are supported', () => {
    const notifier = new ElectronNotifier()
    expect(notifier.isSupported()).toBe(true)
    electron.Notification.supported = false
    expect(notifier.isSupported()).toBe(false)
  })

  it('shows the title and body, with sound, and passes a click on', () => {
    const clicks: string[] = []
    new ElectronNotifier().show(notification({ onClick: () => clicks.push('clicked') }))
    const [made] = electron.Notification.made
    expect(made?.options).toEqual({ title: 'Time is up', body: 'Session 7 reached its end', silent: false })
    expect(made?.shows).toBe(1)
    made?.emit('click', {})
    expect(clicks).toEqual(['clicked'])
  })

  it("passes the system's refusal on with its reason (macOS UNNotification, unsigned app)", () => {
    const failures: string[] = []
    new ElectronNotifier().show(notification({ onFailed: (reason) => failures.push(reason) }))
    electron.Notification.made[0]?.emit('failed', {}, 'Notifications are not allowed for this application')
    expect(failures).toEqual(['Notifications are not allowed for this application'])
  })
})
