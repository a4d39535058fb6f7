import { net, powerMonitor } from 'electron'
import type { PowerAdapter } from '../types'

/** How often connectivity is checked: Electron's main process has no "online" event. */
const ONLINE_CHECK_MS = 30_000

export class ElectronPower implements PowerAdapter {
  onResume(listener: () => void): void {
    powerMonitor.on('resume', listener)
    powerMonitor.on('unlock-screen', listener)
  }

  onOnline(listener: () => void): void {
    let online = net.isOnline()
    setInterval(() => {
      const now = net.isOnline()
      if (now && !online) listener()
      online = now
    }, ONLINE_CHECK_MS).unref()
  }
}
