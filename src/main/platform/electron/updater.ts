import { app } from 'electron'
import electronUpdater from 'electron-updater'
import product from '../../../shared/product.json'
import type { UpdateState } from '../../../shared/desktop'
import type { UpdaterAdapter } from '../types'

/** The release page of a version, where a build that cannot install updates sends the user. */
export const releasePageUrl = (version: string) =>
  `https://github.com/${product.releases.owner}/${product.releases.repo}/releases/tag/v${version}`

/**
 * Which builds can update themselves: Windows (NSIS) and Linux AppImages install updates; an
 * unsigned macOS app cannot (Squirrel.Mac checks the signature), nor can a deb or a tar.gz, so
 * they are told of a new release and linked to it; development runs never check.
 */
export function updaterMode(isPackaged: boolean, platform: NodeJS.Platform, env: NodeJS.ProcessEnv) {
  if (!isPackaged) return 'disabled' as const
  if (platform === 'win32') return 'auto' as const
  if (platform === 'linux' && env['APPIMAGE']) return 'auto' as const
  return 'manual' as const
}

/** electron-updater over the app's GitHub releases (the feed electron-builder writes at build). */
export class ElectronUpdater implements UpdaterAdapter {
  readonly mode = updaterMode(app.isPackaged, process.platform, process.env)
  private listener: (state: UpdateState) => void = () => undefined
  /** The version being downloaded: progress events do not name it. */
  private incoming = ''
  /** Created only where updates are possible: electron-updater inspects the install on creation. */
  private readonly updater = this.mode === 'disabled' ? null : electronUpdater.autoUpdater

  constructor(logger: { info(m: string): void; warn(m: string): void; error(m: string): void }) {
    const updater = this.updater
    if (!updater) return
    updater.logger = logger
    updater.autoDownload = this.mode === 'auto'
    updater.autoInstallOnAppQuit = this.mode === 'auto'
    updater.on('checking-for-update', () => this.listener({ state: 'checking' }))
    updater.on('update-not-available', () => this.listener({ state: 'idle', checkedAt: Date.now() }))
    updater.on('update-available', (info: { version: string }) => {
      this.incoming = info.version
      this.listener(
        this.mode === 'auto'
          ? { state: 'downloading', version: info.version, percent: 0 }
          : { state: 'manual', version: info.version, url: releasePageUrl(info.version) },
      )
    })
    updater.on('download-progress', (progress: { percent: number }) => {
      this.listener({
        state: 'downloading',
        version: this.incoming,
        percent: Math.min(100, Math.max(0, progress.percent)),
      })
    })
    updater.on('update-downloaded', (info: { version: string }) =>
      this.listener({ state: 'ready', version: info.version }),
    )
    updater.on('error', (error: Error) => this.listener({ state: 'error', message: error.message }))
  }

  async check(): Promise<void> {
    await this.updater?.checkForUpdates()
  }

  onState(listener: (state: UpdateState) => void): void {
    this.listener = listener
  }

  install(): void {
    this.updater?.quitAndInstall()
  }
}
