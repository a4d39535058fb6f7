import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu. A packaged app gets no Reload or DevTools shortcuts: on macOS only the app
 * menu (About, Hide, Quit), Edit (copy and paste in text fields need it there) and Window; on
 * Windows and Linux no menu at all. Development runs keep Electron's default menu (undefined).
 */
export function applicationMenu(
  platform: NodeJS.Platform,
  isPackaged: boolean,
): MenuItemConstructorOptions[] | null | undefined {
  if (!isPackaged) return undefined
  if (platform !== 'darwin') return null
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]
}
