// Finds Electron's executable for `npm start`. Since Electron 42 the binary is downloaded on the
// first require('electron'), which prints progress to stdout before the path; so the path is the
// last line the probe prints, or else path.txt as it stands once the download has finished.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The Electron executable for the project at `root`, or null where it cannot be had. */
export function findElectronBinary(root) {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const candidates = []
  if (probe.status === 0) candidates.push(probe.stdout.trim().split(/\r?\n/).pop()?.trim() ?? '')
  const electronDir = join(root, 'node_modules/electron')
  const pathFile = join(electronDir, 'path.txt')
  if (existsSync(pathFile)) candidates.push(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
  return candidates.find((path) => path && existsSync(path)) ?? null
}
