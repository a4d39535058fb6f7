// npm start: the desktop app. Electron's binary is fetched on first start; keytar (a native
// module) is rebuilt for Electron's ABI once. Where Electron cannot be had (a machine with no
// access to its download), the same app is started in the browser with the emulator instead.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

/** The Electron executable, fetched on first use (in a child, so a failed download stays quiet). */
function electronBinary() {
  const pathFile = join(root, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) console.log("Fetching Electron's binary (first start only)...")
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
  })
  const path = probe.status === 0 ? probe.stdout.trim() : ''
  return path && existsSync(path) ? path : null
}

if (!electronBinary()) {
  console.error(
    "\nElectron's binary is not available on this machine, so the desktop app cannot start here.\n" +
      'Starting the same app in your browser instead, against the built-in emulator (npm run demo).\n',
  )
  process.exit(run('npm', ['run', 'demo']))
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const marker = join(root, 'node_modules/keytar/build/.abi')
const wanted = `electron-${electronVersion}`
if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
  console.log(`Rebuilding keytar for Electron ${electronVersion}...`)
  const status = run('npm', ['rebuild', 'keytar'], {
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: 'https://electronjs.org/headers',
  })
  if (status !== 0) {
    console.error(
      'keytar could not be rebuilt for Electron: the app will offer to keep the token for this run only.',
    )
  } else {
    writeFileSync(marker, wanted)
  }
}
process.exit(run('npx', ['electron-vite', 'preview']))
