/**
 * What app.asar may hold, judged from its file list alone: the built app, package.json, the
 * images main loads, and the production dependencies that ship unbundled; never sources, tests,
 * source maps or development packages.
 */

export interface AsarFile {
  /** Relative to the archive's root, with forward slashes: `out/main/index.js`. */
  path: string
  /** Kept outside the archive, in app.asar.unpacked. */
  unpacked: boolean
}

/** The files the app cannot start without. */
export const REQUIRED_FILES = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]

const TOP_LEVEL = new Set(['out', 'resources', 'node_modules', 'package.json'])

/** The package a path under node_modules belongs to (the innermost one, scoped names whole). */
export function packageOf(path: string): string | null {
  const parts = path.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at < 0 || at + 1 >= parts.length) return null
  const first = parts[at + 1]!
  if (!first.startsWith('@')) return first
  return at + 2 < parts.length ? `${first}/${parts[at + 2]}` : null
}

/** package-lock.json, as far as it says which installed packages production needs. */
export interface PackageLock {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>
}

/** Every package name the lockfile installs for production: what electron-builder may ship. */
export function productionPackages(lock: PackageLock): Set<string> {
  const names = new Set<string>()
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || entry.dev || entry.devOptional) continue
    const name = packageOf(key)
    if (name) names.add(name)
  }
  return names
}

export interface ContentRules {
  /** The production dependency closure (productionPackages of the lockfile). */
  production: ReadonlySet<string>
  /** package.json's dependencies: each must ship. */
  dependencies: readonly string[]
  /** package.json's devDependencies: none may ship (they are bundled or tools). */
  devDependencies: readonly string[]
}

/** Everything wrong with an archive's file list; empty when it is as it should be. */
export function contentProblems(files: readonly AsarFile[], rules: ContentRules): string[] {
  const problems: string[] = []
  const paths = new Set(files.map((f) => f.path))
  for (const required of REQUIRED_FILES) {
    if (!paths.has(required)) problems.push(`${required} is missing`)
  }
  const strayTopLevel = new Set(files.map((f) => f.path.split('/')[0]!).filter((top) => !TOP_LEVEL.has(top)))
  for (const top of strayTopLevel) problems.push(`${top} does not belong in the package`)
  for (const { path } of files) {
    if (path.endsWith('.map')) problems.push(`source map ${path}`)
    if (path.startsWith('out/') && /\.(test|spec)\.[cm]?[jt]sx?$/.test(path))
      problems.push(`test file ${path}`)
  }

  const shipped = new Set(files.map((f) => packageOf(f.path)).filter((p): p is string => p !== null))
  for (const name of [...shipped].sort()) {
    if (rules.devDependencies.includes(name) && !rules.production.has(name)) {
      problems.push(`development package ${name} is shipped (it belongs in the bundle)`)
    } else if (!rules.production.has(name)) {
      problems.push(`package ${name} is not a production dependency`)
    }
  }
  for (const name of rules.dependencies) {
    if (!shipped.has(name)) problems.push(`production dependency ${name} is missing`)
  }
  return problems
}

/** Native modules (`.node`) inside the archive, where Node cannot load them. */
export function packedNativeModules(files: readonly AsarFile[]): string[] {
  return files.filter((f) => f.path.endsWith('.node') && !f.unpacked).map((f) => f.path)
}
