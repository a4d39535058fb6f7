import { app, shell } from 'electron'
import type { LaunchAtLoginState } from '../../../shared/desktop'
import type { AppAdapter } from '../types'

export class ElectronApp implements AppAdapter {
  readonly name = app.getName()
  readonly version = app.getVersion()
  readonly platform = process.platform
  readonly locale = app.getLocale()
  readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

  constructor(readonly logsFolder: string | null) {}

  async openExternal(url: string): Promise<void> {
    await shell.openExternal(url)
  }

  getLaunchAtLogin(): LaunchAtLoginState {
    return app.getLoginItemSettings().openAtLogin ? 'on' : 'off'
  }

  setLaunchAtLogin(enabled: boolean): LaunchAtLoginState {
    app.setLoginItemSettings({ openAtLogin: enabled })
    return this.getLaunchAtLogin()
  }

  async openFolder(path: string): Promise<boolean> {
    // shell.openPath answers an error message, or '' on success.
    return (await shell.openPath(path)) === ''
  }

  quit(): void {
    app.quit()
  }
}
