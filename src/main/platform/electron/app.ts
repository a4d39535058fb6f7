import { app, shell } from 'electron'
import type { AppAdapter } from '../types'

export class ElectronApp implements AppAdapter {
  readonly name = app.getName()
  readonly version = app.getVersion()
  readonly platform = process.platform
  readonly locale = app.getLocale()
  readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

  async openExternal(url: string): Promise<void> {
    await shell.openExternal(url)
  }

  setLaunchAtLogin(enabled: boolean): void {
    app.setLoginItemSettings({ openAtLogin: enabled })
  }

  quit(): void {
    app.quit()
  }
}
