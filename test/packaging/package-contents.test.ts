import { describe, expect, it } from 'vitest'
import {
  REQUIRED_FILES,
  contentProblems,
  packageOf,
  packedNativeModules,
  productionPackages,
  type AsarFile,
} from '../../scripts/packaging/package-contents'

const file = (path: string, unpacked = false): AsarFile => ({ path, unpacked })
const app = [...REQUIRED_FILES, 'out/renderer/assets/index.js', 'resources/icon.png'].map((p) => file(p))
const keytar = [
  file('node_modules/keytar/package.json'),
  file('node_modules/keytar/lib/keytar.js'),
  file('node_modules/keytar/build/Release/keytar.node', true),
  file('node_modules/node-addon-api/package.json'),
]
const rules = {
  production: new Set(['keytar', 'node-addon-api']),
  dependencies: ['keytar'],
  devDependencies: ['got', 'zod', 'electron-store'],
}

describe('packageOf', () => {
  it('names the innermost package, scoped names whole', () => {
    expect(packageOf('node_modules/keytar/lib/keytar.js')).toBe('keytar')
    expect(packageOf('node_modules/a/node_modules/@scope/b/index.js')).toBe('@scope/b')
    expect(packageOf('node_modules/@scope')).toBeNull()
    expect(packageOf('out/main/index.js')).toBeNull()
  })
})

describe('productionPackages', () => {
  it('keeps what the lockfile installs for production, by name', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/keytar': {},
        'node_modules/keytar/node_modules/semver': {},
        'node_modules/zod': { dev: true },
        'node_modules/fsevents': { devOptional: true },
      },
    }
    expect([...productionPackages(lock)].sort()).toEqual(['keytar', 'semver'])
  })
})

describe('contentProblems', () => {
  it('passes the built app with its production dependencies', () => {
    expect(contentProblems([...app, ...keytar], rules)).toEqual([])
  })

  it('names a missing part of the app and a missing production dependency', () => {
    const withoutPreload = app.filter((f) => f.path !== 'out/preload/index.cjs')
    expect(contentProblems(withoutPreload, rules)).toEqual([
      'out/preload/index.cjs is missing',
      'production dependency keytar is missing',
    ])
  })

  it('refuses sources, tests, source maps and anything else at the top', () => {
    const extra = ['src/main/index.ts', 'test/x.test.ts', 'out/main/index.js.map', 'out/main/a.spec.js']
    expect(contentProblems([...app, ...keytar, ...extra.map((p) => file(p))], rules)).toEqual([
      'src does not belong in the package',
      'test does not belong in the package',
      'source map out/main/index.js.map',
      'test file out/main/a.spec.js',
    ])
  })

  it('refuses a bundled development package and any package outside production', () => {
    const shipped = [file('node_modules/got/package.json'), file('node_modules/left-pad/index.js')]
    expect(contentProblems([...app, ...keytar, ...shipped], rules)).toEqual([
      'development package got is shipped (it belongs in the bundle)',
      'package left-pad is not a production dependency',
    ])
  })
})

describe('packedNativeModules', () => {
  it('lists .node files left inside the archive', () => {
    expect(packedNativeModules(keytar)).toEqual([])
    expect(packedNativeModules([file('node_modules/keytar/build/Release/keytar.node')])).toEqual([
      'node_modules/keytar/build/Release/keytar.node',
    ])
  })
})
