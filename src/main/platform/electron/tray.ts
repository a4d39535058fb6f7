import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron'
import type { TrayAdapter, TrayIconImage, TrayMenuItem } from '../types'

/** The system tray icon. macOS shows a title beside it; Windows and Linux rely on the icon. */
export class ElectronTray implements TrayAdapter {
  private readonly tray: Tray
  readonly showsTitle = process.platform === 'darwin'

  constructor(initialIconPath: string) {
    this.tray = new Tray(nativeImage.createFromPath(initialIconPath))
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
    const image = nativeImage.createFromBuffer(Buffer.from(icon.png), { scaleFactor: icon.width / 16 })
    this.tray.setImage(image)
  }

  onClick(listener: () => void): void {
    this.tray.on('click', listener)
  }
}
