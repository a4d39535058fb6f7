/**
 * Vitest's global setup: the smoke test starts the built entry, so out/ is built first when it is
 * missing (a fresh checkout) or older than anything it is built from; unless CT_OUT_BUILT=1 says
 * it was just built (npm test builds it once for every stage).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
/** What electron-vite writes; the oldest of them dates the build. */
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
/** What it reads. A folder's own time changes when an entry is added, removed or renamed. */
const INPUTS = ['src', 'electron.vite.config.ts', 'package-lock.json']

const modifiedAt = (path: string): number => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0

function newestInput(): number {
  const paths = INPUTS.map((input) => join(root, input)).flatMap((path) =>
    statSync(path).isDirectory()
      ? [path, ...readdirSync(path, { recursive: true, encoding: 'utf8' }).map((e) => join(path, e))]
      : [path],
  )
  return Math.max(...paths.map(modifiedAt))
}

export default function buildIfStale(): void {
  if (process.env.CT_OUT_BUILT === '1') return
  const builtAt = Math.min(...OUTPUTS.map((output) => modifiedAt(join(root, output))))
  if (builtAt > newestInput()) return
  console.log('out/ is missing or older than the sources: electron-vite build')
  const result = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${String(result.status)})`)
}
