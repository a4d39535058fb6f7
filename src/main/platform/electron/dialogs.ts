import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import type { DialogAdapter } from '../types'

export class ElectronDialogs implements DialogAdapter {
  async pickFolder({ title, buttonLabel }: { title: string; buttonLabel: string }): Promise<string | null> {
    const options: OpenDialogOptions = {
      title,
      buttonLabel,
      // createDirectory: a new folder can be made in the dialog (macOS; the others always allow it).
      properties: ['openDirectory', 'createDirectory'],
    }
    // Attached to the dashboard when it has focus, so the dialog stays above it (a sheet on macOS).
    const parent = BrowserWindow.getFocusedWindow()
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options)
    const [folder] = result.filePaths
    return result.canceled || folder === undefined ? null : folder
  }
}
