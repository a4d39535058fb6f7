/**
 * When to look for an update and what a user's "restart to update" does. The updater adapter
 * (electron-updater in packaged builds) does the downloading; this decides the schedule: once at
 * start, then daily, and never in a build that cannot update itself.
 */
import type { DesktopStatusStore } from '../desktop/status'
import type { ClockAdapter, UpdaterAdapter } from '../platform/types'

export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000

export interface UpdateControllerOptions {
  updater: UpdaterAdapter
  clock: ClockAdapter
  status: DesktopStatusStore
  openExternal: (url: string) => Promise<void>
  log: (level: 'info' | 'warn', message: string) => void
}

export class UpdateController {
  private timer: unknown = null
  private stopped = false

  constructor(private readonly opts: UpdateControllerOptions) {
    opts.updater.onState((update) => {
      if (update.state === 'error') opts.log('warn', `Update check failed: ${update.message}`)
      if (update.state === 'ready' || update.state === 'manual')
        opts.log('info', `Version ${update.version} is available`)
      opts.status.patch({ update })
    })
  }

  start(): void {
    if (this.opts.updater.mode === 'disabled') {
      this.opts.status.patch({ update: { state: 'disabled' } })
      return
    }
    this.stopped = false
    void this.check()
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer)
    this.timer = null
  }

  /** What the tray's and Settings' "restart to update" does; false when there is nothing to do. */
  async install(): Promise<boolean> {
    const update = this.opts.status.get().update
    if (update.state === 'ready') {
      this.opts.updater.install()
      return true
    }
    if (update.state === 'manual') {
      await this.opts.openExternal(update.url)
      return true
    }
    return false
  }

  private async check(): Promise<void> {
    const { state } = this.opts.status.get().update
    // A downloaded update waits for the user; checking again would only download it again.
    if (state !== 'ready') {
      try {
        await this.opts.updater.check()
      } catch (e) {
        this.opts.status.patch({
          update: { state: 'error', message: e instanceof Error ? e.message : String(e) },
        })
      }
    }
    if (this.stopped) return
    this.timer = this.opts.clock.setTimeout(() => void this.check(), UPDATE_CHECK_INTERVAL_MS)
  }
}
