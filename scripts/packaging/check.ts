/**
 * npm run dist:check — the packaging, checked offline on Linux, where Electron itself cannot be
 * downloaded: electron-builder assembles the unpacked Linux app around a stand-in Electron
 * distribution, the asar's contents are checked, the packaged main bundle is started under Node
 * with the smoke test's stand-in for the 'electron' module, and a .deb and a tar.gz are built
 * from the unpacked app and read back. Output: dist/check/ (removed first).
 *
 * Needs dpkg-deb (Debian's dpkg) and 7za (p7zip-full; or ELECTRON_BUILDER_7ZIP_PATH).
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { extractAll } from '@electron/asar'
import { Arch, build, Platform, type Configuration } from 'electron-builder'
import createDebianInstaller from 'electron-installer-debian'
import builderConfig, { DEB_DEPENDS, ICON, LINUX_CATEGORY, LINUX_EXECUTABLE } from './builder-config'
import { CHANNEL_NAMES, ipcChannelName } from '../../src/shared/ipc/contract'
import product from '../../src/shared/product.json' with { type: 'json' }
import { Checks } from './checks'
import { dependencyNames, parseControl, parseDesktopEntry } from './linux-package'
import { checkAsar } from './package-checks'
import { unpackedApp } from './unpacked-app'

const root = join(import.meta.dirname, '../..')
const out = join(root, 'dist/check')
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version
const app = unpackedApp(out, 'linux', 'x64')
const appDir = join(app.resources, '..')
const checks = new Checks('dist:check')
const temps: string[] = []

const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' })
  if (result.error) throw result.error
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`)
  }
  return result.stdout
}

/**
 * What electron-builder copies from an unpacked Electron: the executable (renamed to the app's),
 * Electron's licence and version file (electron-installer-debian reads the version) and the
 * resources folder that receives app.asar.
 */
function standInElectron(): string {
  const dir = tempDir('ct-electron-stand-in-')
  mkdirSync(join(dir, 'resources'))
  writeFileSync(
    join(dir, 'electron'),
    '#!/bin/sh\necho "stand-in for Electron: nothing to run" >&2\nexit 1\n',
  )
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'LICENSE'), readFileSync(join(root, 'node_modules/electron/LICENSE')))
  writeFileSync(join(dir, 'version'), electronVersion)
  return dir
}

/** The configuration with what an offline build changes: no Electron download. */
const offline = (electronDist: string): Configuration => ({
  electronDist,
  electronVersion,
  directories: { ...builderConfig.directories, output: relative(root, out) },
})

function assemble(electronDist: string) {
  checks.step('Assembling the unpacked Linux app (electron-builder --dir, stand-in Electron)')
  return build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: offline(electronDist),
  })
}

function checkUnpackedApp() {
  checks.check(
    `the program is ${relative(root, app.executable)}`,
    existsSync(app.executable) ? [] : ['missing'],
  )
  const updateInfo = join(app.resources, 'app-update.yml')
  const feed = existsSync(updateInfo) ? readFileSync(updateInfo, 'utf8') : ''
  checks.check(
    `app-update.yml points electron-updater at ${product.releases.owner}/${product.releases.repo}`,
    [
      ...(feed.includes('provider: github') ? [] : ['no GitHub provider']),
      ...(feed.includes(`owner: ${product.releases.owner}`) ? [] : ['wrong owner']),
      ...(feed.includes(`repo: ${product.releases.repo}`) ? [] : ['wrong repo']),
    ],
  )
}

/** What the smoke test's stand-in for 'electron' records (the part read here). */
interface Recorded {
  quit: number
  errors: string[]
  ipcHandle: string[]
  trays: unknown[]
  windows: { url: string | null; options: { webPreferences: { preload?: string } } }[]
}

function readRecord(file: string): Recorded | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Recorded) : null
}

/** Starts the packaged main bundle as test/smoke/electron-entry.test.ts does, until it is up. */
async function startPackagedMain(
  extracted: string,
  env: Record<string, string> = {},
): Promise<{ record: Recorded | null; stderr: string }> {
  const recordFile = join(tempDir('ct-dist-record-'), 'record.json')
  const register = pathToFileURL(join(root, 'test/smoke/register.mjs')).href
  const child = spawn(process.execPath, ['--import', register, join(extracted, 'out/main/index.js')], {
    cwd: extracted,
    env: {
      ...process.env,
      CT_SMOKE_RECORD: recordFile,
      // No Secret Service: the app must start anyway.
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline && child.exitCode === null) {
    await pause(200)
    const record = readRecord(recordFile)
    if (record && (record.quit > 0 || record.errors.length > 0)) break
    if (record && record.windows.length > 0 && record.ipcHandle.length >= CHANNEL_NAMES.length) break
  }
  // The stand-in clicks the tray shortly after ready: let that land too.
  await pause(400)
  child.kill()
  await exited
  return { record: readRecord(recordFile), stderr }
}

/** Requires keytar from the unpacked tree beside app.asar, where Electron loads it from too. */
function keytarProblems(): string[] {
  const unpacked = join(app.resources, 'app.asar.unpacked')
  try {
    const require = createRequire(join(unpacked, 'package.json'))
    const resolved = require.resolve('keytar')
    const keytar = require('keytar') as Record<string, unknown>
    return [
      ...(resolved.startsWith(unpacked) ? [] : [`resolved outside app.asar.unpacked: ${resolved}`]),
      ...(typeof keytar.getPassword === 'function' ? [] : ['it has no getPassword']),
    ]
  } catch (error) {
    return [`${String(error)} (if keytar was built for Electron: npm rebuild keytar)`]
  }
}

async function checkPackagedMain() {
  checks.step('Starting the packaged main bundle under Node with the stand-in for electron')
  const extracted = tempDir('ct-dist-app-')
  extractAll(join(app.resources, 'app.asar'), extracted)

  checks.check('keytar loads from app.asar.unpacked, its native module included', keytarProblems())

  const { record, stderr } = await startPackagedMain(extracted)
  if (!record) {
    checks.check('the packaged main bundle starts', [`it wrote no record; stderr:\n${stderr}`])
    return
  }
  checks.check('it starts without an error', [
    ...record.errors,
    ...(/Error:/.test(stderr) ? [`stderr: ${stderr.trim()}`] : []),
    ...(record.quit > 0 ? ['it quit'] : []),
  ])
  checks.check('it draws one tray', record.trays.length === 1 ? [] : [`${record.trays.length} trays`])
  const win = record.windows[0]
  const inPackage = (file: string | undefined) =>
    file !== undefined && file.startsWith(extracted) && existsSync(file)
  checks.check('it opens a window on the packaged renderer and preload', [
    ...(win ? [] : ['no window']),
    ...(win && win.url?.startsWith('file:') && inPackage(fileURLToPath(win.url))
      ? []
      : [`page: ${win?.url}`]),
    ...(win && inPackage(win.options.webPreferences.preload)
      ? []
      : [`preload: ${win?.options.webPreferences.preload}`]),
  ])
  const expected = CHANNEL_NAMES.map(ipcChannelName).sort()
  const handled = [...record.ipcHandle].sort()
  checks.check(`it handles every channel of the contract (${expected.length})`, [
    ...expected.filter((c) => !handled.includes(c)).map((c) => `no handler for ${c}`),
    ...handled.filter((c) => !expected.includes(c)).map((c) => `a handler outside the contract: ${c}`),
  ])

  // Only a packaged app (app.isPackaged) takes electron-updater's autoUpdater: bundled from
  // CommonJS, it must still load.
  const packaged = await startPackagedMain(extracted, { CT_SMOKE_PACKAGED: '1' })
  checks.check('as a packaged app, with the bundled electron-updater, it starts without an error', [
    ...(packaged.record ? packaged.record.errors : [`it wrote no record; stderr:\n${packaged.stderr}`]),
    ...(/Error:/.test(packaged.stderr) ? [`stderr: ${packaged.stderr.trim()}`] : []),
    ...(packaged.record && packaged.record.windows.length === 0 ? ['no window'] : []),
  ])
}

async function checkDeb() {
  checks.step('Building the .deb from the unpacked app (electron-installer-debian, dpkg-deb)')
  // electron-installer-debian makes the package's copyright file of the app's LICENSE, which
  // electron-builder has renamed: a copy of the app gets it back under that name.
  const src = join(tempDir('ct-dist-deb-src-'), 'app')
  cpSync(appDir, src, { recursive: true, verbatimSymlinks: true })
  renameSync(join(src, 'LICENSE.electron.txt'), join(src, 'LICENSE'))
  const { packagePaths, name, version } = await createDebianInstaller({
    src,
    dest: join(out, 'installers'),
    arch: 'amd64',
    bin: LINUX_EXECUTABLE,
    icon: join(root, ICON),
    categories: [LINUX_CATEGORY],
    depends: DEB_DEPENDS,
    section: 'utils',
  })
  const deb = packagePaths[0]
  if (!checks.check('a .deb is written', deb && existsSync(deb) ? [] : ['no package'])) return
  console.log(`       ${relative(root, deb!)}`)

  const control = parseControl(run('dpkg-deb', ['-f', deb!]))
  const depends = dependencyNames(control.Depends ?? '')
  const projectVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version
  // Debian orders a pre-release before its release when it is written 1.0.0~beta.1.
  const fromProject = version === projectVersion || version.replace('~', '-') === projectVersion
  checks.check(`control: Package ${name}, Version ${version}, Architecture amd64`, [
    ...(control.Package === name ? [] : [`Package: ${control.Package}`]),
    ...(control.Version === version && fromProject
      ? []
      : [`Version: ${control.Version} (package.json: ${projectVersion})`]),
    ...(control.Architecture === 'amd64' ? [] : [`Architecture: ${control.Architecture}`]),
  ])
  checks.check(
    `control: Depends includes ${DEB_DEPENDS.join(', ')}`,
    DEB_DEPENDS.filter((d) => !depends.has(d)).map((d) => `${d} is missing from: ${control.Depends}`),
  )

  const tree = tempDir('ct-dist-deb-')
  run('dpkg-deb', ['-x', deb!, tree])
  const desktopFile = join(tree, 'usr/share/applications', `${name}.desktop`)
  const entry = existsSync(desktopFile) ? parseDesktopEntry(readFileSync(desktopFile, 'utf8')) : {}
  checks.check(`desktop entry: Name, Exec ${LINUX_EXECUTABLE}, Icon, Categories ${LINUX_CATEGORY}`, [
    ...(existsSync(desktopFile) ? [] : [`${relative(tree, desktopFile)} is missing`]),
    ...(entry.Name === product.productName ? [] : [`Name=${entry.Name}`]),
    ...((entry.Exec ?? '').split(' ')[0] === LINUX_EXECUTABLE ? [] : [`Exec=${entry.Exec}`]),
    ...(entry.Icon && existsSync(join(tree, 'usr/share/pixmaps', `${entry.Icon}.png`))
      ? []
      : [`Icon=${entry.Icon}`]),
    ...((entry.Categories ?? '').split(';').includes(LINUX_CATEGORY)
      ? []
      : [`Categories=${entry.Categories}`]),
  ])
  const installed = join(tree, 'usr/lib', name)
  checks.check(`the app is installed in /usr/lib/${name} and on the PATH`, [
    ...(existsSync(join(installed, 'resources/app.asar')) ? [] : ['no resources/app.asar']),
    ...(existsSync(join(tree, 'usr/bin', name)) ? [] : [`no /usr/bin/${name}`]),
  ])
}

/** electron-builder's 7-Zip, from the system instead of a download. */
function sevenZip(): string | null {
  const fromEnv = process.env.ELECTRON_BUILDER_7ZIP_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  const which = spawnSync('sh', ['-c', 'command -v 7za'], { encoding: 'utf8' })
  return which.status === 0 ? which.stdout.trim() : null
}

async function checkTarGz(electronDist: string) {
  checks.step('Building the tar.gz from the unpacked app (electron-builder --prepackaged, 7za)')
  const path7za = sevenZip()
  if (
    !checks.check('7za is available', path7za ? [] : ['install p7zip-full or set ELECTRON_BUILDER_7ZIP_PATH'])
  ) {
    return
  }
  process.env.ELECTRON_BUILDER_7ZIP_PATH = path7za!
  const artifacts = await build({
    projectDir: root,
    prepackaged: appDir,
    targets: Platform.LINUX.createTarget('tar.gz', Arch.x64),
    publish: 'never',
    config: offline(electronDist),
  })
  const archive = artifacts.find((file) => file.endsWith('.tar.gz'))
  if (!checks.check('a tar.gz is written', archive ? [] : [`artifacts: ${artifacts.join(', ')}`])) return
  console.log(`       ${relative(root, archive!)}`)
  const listed = run('tar', ['-tzf', archive!]).split('\n')
  const has = (suffix: string) => listed.some((entry) => entry.endsWith(suffix))
  checks.check('it lists the program, app.asar and the unpacked keytar', [
    ...(has(`/${LINUX_EXECUTABLE}`) ? [] : ['no program']),
    ...(has('/resources/app.asar') ? [] : ['no app.asar']),
    ...(has('/keytar.node') ? [] : ['no keytar.node']),
  ])
}

async function main() {
  const started = Date.now()
  rmSync(out, { recursive: true, force: true })

  // npm test builds out/ first and says so (CT_OUT_BUILT=1); run alone, this builds it.
  if (process.env.CT_OUT_BUILT === '1') {
    checks.step('Using out/ as just built (CT_OUT_BUILT=1)')
  } else {
    checks.step('Building the app (electron-vite build)')
    run('npx', ['electron-vite', 'build', '--logLevel', 'warn'])
  }
  checks.check('out/ is built', existsSync(join(root, 'out/main/index.js')) ? [] : ['no out/main/index.js'])

  const electronDist = standInElectron()
  await assemble(electronDist)
  checkUnpackedApp()
  checks.step('Checking app.asar')
  checkAsar(checks, root, app.resources)
  checks.stopIfFailed()

  await checkPackagedMain()
  await checkDeb()
  await checkTarGz(electronDist)
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

let failure: unknown
try {
  await main()
} catch (error) {
  failure = error
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
}
process.exit(checks.finish(failure))
