/**
 * Draws the app's icon files into resources/ with the same code that draws the live tray icon:
 * npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderTrayIcon } from '../src/main/tray/icon'
import { encodePng } from '../src/main/tray/png'

const out = join(import.meta.dirname, '../resources')
writeFileSync(
  join(out, 'tray.png'),
  encodePng(renderTrayIcon({ progress: null, state: 'none', size: 32, dark: false })),
)
writeFileSync(
  join(out, 'icon.png'),
  encodePng(renderTrayIcon({ progress: 0.66, state: 'counting', size: 256, dark: false })),
)
console.log(`Icons written to ${out}`)
