/**
 * The checks of a packaged app's app.asar, for any system: what it holds (package-contents.ts),
 * that native modules sit unpacked beside it, its size, and that the main bundle loads nothing
 * but Node's modules, Electron and the packages shipped unbundled.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { extractFile, listPackage, statFile } from '@electron/asar'
import product from '../../src/shared/product.json' with { type: 'json' }
import { bundleImports, unexpectedImports } from './bundle-imports'
import type { Checks } from './checks'
import {
  contentProblems,
  packedNativeModules,
  productionPackages,
  type AsarFile,
  type PackageLock,
} from './package-contents'

export const MAX_ASAR_BYTES = 4 * 1024 * 1024

interface ProjectPackage {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T

/** The archive's files (not its folders), with forward slashes and no leading one. */
export function readAsarFiles(asar: string): AsarFile[] {
  const files: AsarFile[] = []
  for (const listed of listPackage(asar, { isPack: false })) {
    const path = listed.replaceAll('\\', '/').replace(/^\/+/, '')
    const entry = statFile(asar, path)
    if ('files' in entry) continue
    files.push({ path, unpacked: entry.unpacked === true })
  }
  return files
}

/** Runs every check of the app.asar in `resources`; returns its file list for further checks. */
export function checkAsar(checks: Checks, root: string, resources: string): AsarFile[] {
  const asar = join(resources, 'app.asar')
  if (!checks.check('app.asar exists', existsSync(asar) ? [] : [`${asar} is missing`])) return []
  const project = readJson<ProjectPackage>(join(root, 'package.json'))
  const dependencies = Object.keys(project.dependencies ?? {})
  const files = readAsarFiles(asar)

  checks.check(
    'app.asar holds out/ (main, preload, renderer), package.json and the production dependencies only',
    contentProblems(files, {
      production: productionPackages(readJson<PackageLock>(join(root, 'package-lock.json'))),
      dependencies,
      devDependencies: Object.keys(project.devDependencies ?? {}),
    }),
  )

  const natives = files.filter((f) => f.path.endsWith('.node'))
  const missingOnDisk = natives
    .filter((f) => f.unpacked && !existsSync(join(`${asar}.unpacked`, f.path)))
    .map((f) => `${f.path} is marked unpacked but is not in app.asar.unpacked`)
  checks.check('native modules (.node) are in app.asar.unpacked', [
    ...(natives.length === 0 ? ['no .node file at all: keytar is not packaged'] : []),
    ...packedNativeModules(files).map((path) => `${path} is inside the archive`),
    ...missingOnDisk,
  ])

  const size = statSync(asar).size
  checks.check(
    `app.asar is under ${MAX_ASAR_BYTES / 1024 / 1024} MB (${(size / 1024 / 1024).toFixed(2)} MB)`,
    size < MAX_ASAR_BYTES ? [] : [`app.asar is ${size} bytes`],
  )

  const main = extractFile(asar, 'out/main/index.js').toString('utf8')
  const { specifiers, computed } = bundleImports(main, 'out/main/index.js')
  checks.check(`the main bundle loads only Node's modules, electron and ${dependencies.join(', ')}`, [
    ...unexpectedImports(specifiers, dependencies).map((s) => `it loads ${s}, which is not bundled`),
    ...(computed > 0 ? [`${computed} import()/require() call(s) with a computed name`] : []),
  ])
  // Windows shows notifications only for the AppUserModelId of the app's Start Menu shortcut,
  // which electron-builder sets to appId: main must name the same id (read from product.json).
  checks.check(
    `the main bundle names the installer's appId, ${product.appId}`,
    main.includes(`"${product.appId}"`) ? [] : ['the appId does not occur in out/main/index.js'],
  )
  return files
}
