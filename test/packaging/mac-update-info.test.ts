import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { formatUpdateInfo, mergeUpdateInfo, parseUpdateInfo } from '../../scripts/packaging/mac-update-info'

// As electron-builder writes it for each architecture's build.
const x64 = `version: 0.2.0
files:
  - url: App-0.2.0-mac.zip
    sha512: x64zip
    size: 100
  - url: App-0.2.0.dmg
    sha512: x64dmg
    size: 120
path: App-0.2.0-mac.zip
sha512: x64zip
releaseDate: '2026-01-02T03:04:05.000Z'
`
const arm64 = `version: 0.2.0
files:
  - url: App-0.2.0-arm64-mac.zip
    sha512: armzip
    size: 90
path: App-0.2.0-arm64-mac.zip
sha512: armzip
releaseDate: '2026-01-02T03:09:05.000Z'
`

describe('mergeUpdateInfo', () => {
  it("lists both architectures' files and keeps the first one's other fields", () => {
    const merged = mergeUpdateInfo([parseUpdateInfo(x64, 'x64'), parseUpdateInfo(arm64, 'arm64')])
    expect(load(formatUpdateInfo(merged))).toEqual({
      version: '0.2.0',
      files: [
        { url: 'App-0.2.0-mac.zip', sha512: 'x64zip', size: 100 },
        { url: 'App-0.2.0.dmg', sha512: 'x64dmg', size: 120 },
        { url: 'App-0.2.0-arm64-mac.zip', sha512: 'armzip', size: 90 },
      ],
      path: 'App-0.2.0-mac.zip',
      sha512: 'x64zip',
      releaseDate: '2026-01-02T03:04:05.000Z',
    })
  })

  it('lists a file named twice once', () => {
    const info = parseUpdateInfo(x64, 'x64')
    expect(mergeUpdateInfo([info, info]).files).toHaveLength(2)
  })

  it('refuses builds of different versions, and text that is not update info', () => {
    const older = parseUpdateInfo(arm64.replaceAll('0.2.0', '0.1.0'), 'arm64')
    expect(() => mergeUpdateInfo([parseUpdateInfo(x64, 'x64'), older])).toThrow(/Versions differ/)
    expect(() => parseUpdateInfo('version: 1\n', 'broken.yml')).toThrow(/broken.yml is not/)
  })
})
