/**
 * How the app is packaged (https://www.electron.build): electron-builder reads it through
 * electron-builder.ts at the top; the packaging checks beside it import it. The app's identity
 * and its release repository come from src/shared/product.json, their one owner.
 */
import type { Configuration } from 'electron-builder'
import packageJson from '../../package.json' with { type: 'json' }
import product from '../../src/shared/product.json' with { type: 'json' }

const { appId, productName, releases } = product
const repositoryUrl = `https://github.com/${releases.owner}/${releases.repo}`

/** Linux calls the program by the package's name (electron-builder's own default, made explicit). */
export const LINUX_EXECUTABLE = packageJson.name

export const LINUX_CATEGORY = 'Utility'

/**
 * A .deb's dependencies: electron-builder's default list, which names libsecret-1-0 (keytar's
 * Secret Service client) and libnotify4 (notifications) beside Electron's own libraries. Spelled
 * out because `depends` replaces that default, and the offline .deb check builds with this list.
 */
export const DEB_DEPENDS = [
  'libgtk-3-0',
  'libnotify4',
  'libnss3',
  'libxss1',
  'libxtst6',
  'xdg-utils',
  'libatspi2.0-0',
  'libuuid1',
  'libsecret-1-0',
]

/** 512 px: the size electron-builder needs to derive the macOS .icns and the Windows .ico. */
export const ICON = 'build/icon.png'

const config: Configuration = {
  appId,
  productName,
  // Linux packages need a homepage and a maintainer; both name the release repository.
  extraMetadata: {
    homepage: repositoryUrl,
    author: { name: productName, email: `${releases.owner}@users.noreply.github.com` },
  },
  directories: { buildResources: 'build', output: 'dist' },
  // The built app and the images main loads at run time; production node_modules (keytar) are
  // added by electron-builder. Everything else (src, tests, maps) stays out.
  files: ['out/**', 'resources/**', 'package.json', '!**/*.map'],
  // Native modules cannot be loaded from inside an asar.
  asarUnpack: ['**/*.node'],
  // keytar is Node-API: the build `npm ci` made loads in Electron as it is. A rebuild would only
  // download Electron's headers and, when that fails, leave no keytar at all.
  npmRebuild: false,
  icon: ICON,
  linux: {
    target: ['AppImage', 'deb', 'tar.gz'],
    category: LINUX_CATEGORY,
    executableName: LINUX_EXECUTABLE,
    synopsis: 'The time left in your Chastity Tracker session, in the tray',
  },
  deb: { depends: DEB_DEPENDS },
  mac: {
    // One build per architecture: each release job builds its own (--x64 or --arm64).
    target: ['dmg', 'zip'],
    category: 'public.app-category.utilities',
    // Ad-hoc signed: Apple Silicon runs no unsigned code. Hardened runtime only matters for
    // notarisation, which an ad-hoc signature cannot get, and would reject Electron's frameworks.
    identity: '-',
    hardenedRuntime: false,
    notarize: false,
  },
  win: { target: ['nsis'] },
  // Per-user, no elevation. The Start Menu shortcut carries appId as its AppUserModelId, which
  // Windows needs to show the app's notifications.
  nsis: { oneClick: true, perMachine: false, createStartMenuShortcut: true, shortcutName: productName },
  // electron-builder writes latest.yml, latest-mac.yml and latest-linux.yml for electron-updater.
  publish: { provider: 'github', owner: releases.owner, repo: releases.repo, releaseType: 'draft' },
}

export default config
