/**
 * Draws build/icon.png, the icon electron-builder turns into each system's app icon, with the
 * same code and look as resources/icon.png (scripts/make-icons.ts) at the largest size it draws:
 * npx tsx scripts/packaging/make-build-icon.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ICON } from './builder-config'
import { MAX_ICON_SIZE, renderTrayIcon } from '../../src/main/tray/icon'
import { encodePng } from '../../src/main/tray/png'

const file = join(import.meta.dirname, '../..', ICON)
writeFileSync(
  file,
  encodePng(
    renderTrayIcon({
      progress: 0.66,
      state: 'counting',
      size: MAX_ICON_SIZE,
      style: { template: false, foreground: 'black', highContrast: false },
    }),
  ),
)
console.log(`Icon written to ${file}`)
