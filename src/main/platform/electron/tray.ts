import {
  Menu,
  Tray,
  nativeImage,
  nativeTheme,
  type MenuItemConstructorOptions,
  type NativeImage,
} from 'electron'
import { trayIconImage } from '../../tray/tray-icon'
import type { TrayAdapter, TrayAppearance, TrayIconImage, TrayMenuItem } from '../types'

/** The system tray icon. macOS shows a title beside it; Windows and Linux rely on the icon. */
export class ElectronTray implements TrayAdapter {
  private readonly tray: Tray
  readonly showsTitle: boolean

  constructor(private readonly platform: NodeJS.Platform = process.platform) {
    this.showsTitle = platform === 'darwin'
    // Drawn like every later icon, so that the first one already suits the bar.
    this.tray = new Tray(toNativeImage(trayIconImage({ state: 'none', progress: null }, this.appearance)))
  }

  get appearance(): TrayAppearance {
    return {
      tintsTemplates: this.platform === 'darwin',
      // The Windows taskbar follows the system mode, which may differ from the mode for apps.
      darkBar:
        this.platform === 'win32'
          ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
          : nativeTheme.shouldUseDarkColors,
      highContrast: nativeTheme.shouldUseHighContrastColors,
    }
  }

  onAppearanceChange(listener: () => void): void {
    nativeTheme.on('updated', listener)
  }

  setTitle(title: string): void {
    // Monospaced digits keep the menu bar from jittering as the seconds change.
    this.tray.setTitle(title, { fontType: 'monospacedDigit' })
  }

  setToolTip(tooltip: string): void {
    this.tray.setToolTip(tooltip)
  }

  setMenu(items: TrayMenuItem[], onClick: (id: string) => void): void {
    const template: MenuItemConstructorOptions[] = items.map((item) =>
      item.kind === 'separator'
        ? { type: 'separator' }
        : { id: item.id, label: item.label, enabled: item.enabled, click: () => onClick(item.id) },
    )
    this.tray.setContextMenu(Menu.buildFromTemplate(template))
  }

  setIcon(icon: TrayIconImage): void {
    this.tray.setImage(toNativeImage(icon))
  }

  onClick(listener: () => void): void {
    this.tray.on('click', listener)
  }
}

function toNativeImage(icon: TrayIconImage): NativeImage {
  const image = nativeImage.createEmpty()
  image.addRepresentation({ scaleFactor: 1, buffer: Buffer.from(icon.png) })
  image.addRepresentation({ scaleFactor: 2, buffer: Buffer.from(icon.png2x) })
  // Last: on macOS this makes the NSImage, which holds only the representations added before.
  if (icon.template) image.setTemplateImage(true)
  return image
}
