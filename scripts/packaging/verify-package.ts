/**
 * Checks the app.asar of the app electron-builder has just packaged on this system (the release
 * workflow runs it after each build):
 *   npx tsx scripts/packaging/verify-package.ts [--arch x64|arm64]
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Checks } from './checks'
import { checkAsar } from './package-checks'
import { isDistArch, unpackedApp } from './unpacked-app'

const root = join(import.meta.dirname, '../..')
const { values } = parseArgs({ options: { arch: { type: 'string', default: process.arch } } })
const checks = new Checks('verify-package')
let failure: unknown
try {
  if (!isDistArch(values.arch)) throw new Error(`Unsupported architecture: ${values.arch}`)
  const app = unpackedApp(join(root, 'dist'), process.platform, values.arch)
  checks.step(`Checking the packaged app in ${app.resources}`)
  checkAsar(checks, root, app.resources)
} catch (error) {
  failure = error
}
process.exit(checks.finish(failure))
