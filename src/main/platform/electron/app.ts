import { homedir } from 'node:os'
import { app, shell } from 'electron'
import product from '../../../shared/product.json'
import type { LaunchAtLoginState } from '../../../shared/desktop'
import { LinuxAutostart, autostartDir, launchProgram } from '../linux-autostart'
import type { AppAdapter } from '../types'

/** The process the app runs in; tests pass their own. */
export interface AppHost {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  execPath: string
  homeDir: string
}

const thisProcess = (): AppHost => ({
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  homeDir: homedir(),
})

export class ElectronApp implements AppAdapter {
  readonly name = app.getName()
  readonly version = app.getVersion()
  readonly platform: NodeJS.Platform
  readonly locale = app.getLocale()
  readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  /** Electron's login items are macOS and Windows only: Linux gets an XDG autostart entry. */
  private readonly autostart: LinuxAutostart | null

  constructor(
    readonly logsFolder: string | null,
    host: AppHost = thisProcess(),
  ) {
    this.platform = host.platform
    this.autostart =
      host.platform === 'linux'
        ? new LinuxAutostart(autostartDir(host.env, host.homeDir), {
            id: product.appId,
            name: this.name,
            program: launchProgram(host.env, host.execPath),
          })
        : null
  }

  async openExternal(url: string): Promise<void> {
    await shell.openExternal(url)
  }

  /** Read from the system every time: the user can change it in the system's settings. */
  getLaunchAtLogin(): LaunchAtLoginState {
    // A development run would register the bare Electron binary, which starts no app.
    if (!app.isPackaged) return 'unsupported'
    if (this.autostart) return this.autostart.isEnabled() ? 'on' : 'off'
    if (this.platform === 'darwin') {
      const settings = app.getLoginItemSettings()
      // macOS 13+: registered, but waiting for the user in System Settings > General > Login Items.
      if (settings.status === 'requires-approval') return 'requires-approval'
      return settings.openAtLogin ? 'on' : 'off'
    }
    if (this.platform === 'win32') {
      // Unlike openAtLogin, false when the user turned the app off in Task Manager's Startup apps.
      return app.getLoginItemSettings().executableWillLaunchAtLogin ? 'on' : 'off'
    }
    return 'unsupported'
  }

  setLaunchAtLogin(enabled: boolean): LaunchAtLoginState {
    if (this.getLaunchAtLogin() === 'unsupported') return 'unsupported'
    if (this.autostart) {
      if (enabled) this.autostart.enable()
      else this.autostart.disable()
    } else {
      // macOS: the app itself (mainAppService); Windows: this executable, with no arguments, and
      // `enabled` (default true) also turns it back on in Task Manager.
      app.setLoginItemSettings({ openAtLogin: enabled })
    }
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
