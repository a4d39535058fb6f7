/**
 * `npm start` finds Electron's executable through a stand-in `electron` package that behaves as
 * Electron 42+ does on its first require: it prints download progress to stdout before the path.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { findElectronBinary } from '../../scripts/electron-binary.mjs'

const find = findElectronBinary as (root: string) => string | null

/** A project folder whose `electron` package runs `body` (CommonJS) when required. */
function projectWithElectron(body: string): { root: string; executable: string } {
  const root = mkdtempSync(join(tmpdir(), 'ct-electron-probe-'))
  const pkg = join(root, 'node_modules/electron')
  mkdirSync(join(pkg, 'dist'), { recursive: true })
  const executable = join(pkg, 'dist', 'electron')
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }))
  writeFileSync(join(pkg, 'index.js'), body)
  return { root, executable }
}

const lazyDownload = `
const fs = require('fs'), path = require('path')
const pathFile = path.join(__dirname, 'path.txt')
if (!fs.existsSync(pathFile)) {
  console.log('Downloading Electron binary...')
  console.log('[====================] 100%')
  fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n')
  fs.chmodSync(path.join(__dirname, 'dist', 'electron'), 0o755)
  fs.writeFileSync(pathFile, 'electron')
}
module.exports = path.join(__dirname, 'dist', fs.readFileSync(pathFile, 'utf8'))
`

describe('finding the Electron executable for npm start', () => {
  it('reads the path past the download progress printed on the first start', () => {
    const { root, executable } = projectWithElectron(lazyDownload)
    expect(find(root)).toBe(executable)
    // Later starts print nothing but the path.
    expect(find(root)).toBe(executable)
  })

  it('falls back to path.txt when the path line is not usable', () => {
    const { root, executable } = projectWithElectron(
      `require('fs').writeFileSync(__dirname + '/path.txt', 'electron'); console.log('Downloading Electron binary...'); module.exports = ''`,
    )
    writeFileSync(executable, '')
    chmodSync(executable, 0o755)
    expect(find(root)).toBe(executable)
  })

  it('answers null when the download fails', () => {
    const { root } = projectWithElectron(
      `console.log('Downloading Electron binary...'); throw new Error('Electron failed to install correctly.')`,
    )
    expect(find(root)).toBeNull()
  })

  it('answers null when the package names an executable that is not there', () => {
    const { root } = projectWithElectron(`module.exports = __dirname + '/dist/electron'`)
    expect(find(root)).toBeNull()
  })
})
