/**
 * Where electron-builder puts the unpacked app (its `--dir` output, also left beside every
 * installer) for a system and architecture: the packaging checks and the packaged-app test find
 * it here.
 */
import { join } from 'node:path'
import product from '../../src/shared/product.json' with { type: 'json' }
import { LINUX_EXECUTABLE } from './builder-config'

export type DistArch = 'x64' | 'arm64'

export interface UnpackedApp {
  /** The program to start. */
  executable: string
  /** The folder holding app.asar, app.asar.unpacked and app-update.yml. */
  resources: string
}

/** electron-builder names x64 output plainly and suffixes every other architecture. */
const suffix = (arch: DistArch) => (arch === 'x64' ? '' : `-${arch}`)

export function unpackedApp(distDir: string, platform: NodeJS.Platform, arch: DistArch): UnpackedApp {
  const name = product.productName
  switch (platform) {
    case 'linux': {
      const dir = join(distDir, `linux${suffix(arch)}-unpacked`)
      return { executable: join(dir, LINUX_EXECUTABLE), resources: join(dir, 'resources') }
    }
    case 'darwin': {
      const contents = join(distDir, `mac${suffix(arch)}`, `${name}.app`, 'Contents')
      return { executable: join(contents, 'MacOS', name), resources: join(contents, 'Resources') }
    }
    case 'win32': {
      const dir = join(distDir, `win${suffix(arch)}-unpacked`)
      return { executable: join(dir, `${name}.exe`), resources: join(dir, 'resources') }
    }
    default:
      throw new Error(`No packaged app is built for ${platform}`)
  }
}

export function isDistArch(arch: string): arch is DistArch {
  return arch === 'x64' || arch === 'arm64'
}
