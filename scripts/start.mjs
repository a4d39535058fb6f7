// npm start: the desktop app. Electron's binary is fetched on first start. Where Electron cannot
// be had (a machine with no access to its download), the same app is started in the browser
// with the emulator instead.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { findElectronBinary } from './electron-binary.mjs'

const root = join(import.meta.dirname, '..')
const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1

if (!existsSync(join(root, 'node_modules/electron/path.txt')))
  console.log("Fetching Electron's binary (first start only)...")
if (!findElectronBinary(root)) {
  console.error(
    "\nElectron's binary is not available on this machine, so the desktop app cannot start here.\n" +
      'Starting the same app in your browser instead, against the built-in emulator (npm run demo).\n',
  )
  process.exit(run('npm', ['run', 'demo']))
}
process.exit(run('npx', ['electron-vite', 'preview']))
