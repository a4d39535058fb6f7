/**
 * Draws the app's icon into resources/ with the same code that draws the live tray icon:
 * npx tsx scripts/make-icons.ts
 * The tray needs no file: its icons, the first one too, are drawn at run time for the bar's look.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderTrayIcon } from '../src/main/tray/icon'
import { encodePng } from '../src/main/tray/png'

const out = join(import.meta.dirname, '../resources')
writeFileSync(
  join(out, 'icon.png'),
  encodePng(
    renderTrayIcon({
      progress: 0.66,
      state: 'counting',
      size: 256,
      style: { template: false, foreground: 'black', highContrast: false },
    }),
  ),
)
console.log(`Icon written to ${out}`)
