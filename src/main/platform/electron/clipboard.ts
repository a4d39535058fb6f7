import { clipboard } from 'electron'
import type { ClipboardAdapter } from '../types'

export class ElectronClipboard implements ClipboardAdapter {
  writeText(text: string): Promise<void> {
    return clipboard.writeText(text)
  }
}
