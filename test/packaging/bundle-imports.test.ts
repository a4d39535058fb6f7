import { describe, expect, it } from 'vitest'
import { bundleImports, unexpectedImports } from '../../scripts/packaging/bundle-imports'

describe('bundleImports', () => {
  it('finds static imports, import() and require() of bundled CommonJS, not names in comments', () => {
    const code = [
      'import { join } from "node:path";',
      'import electron from "electron";',
      '/* import fetch from "node-fetch" */',
      'const fs = __require("fs");',
      'function later() { return import("keytar"); }',
      'const text = "require(\'got\')";',
      'export { join, electron, fs, later, text };',
    ].join('\n')
    expect(bundleImports(code)).toEqual({
      specifiers: ['electron', 'fs', 'keytar', 'node:path'],
      computed: 0,
    })
  })

  it('counts loads whose name is computed', () => {
    expect(bundleImports('const n = "x"; require(n); import(`./${n}`);').computed).toBe(2)
  })

  it('refuses code that does not parse', () => {
    expect(() => bundleImports('import {', 'broken.js')).toThrow(/broken.js does not parse/)
  })
})

describe('unexpectedImports', () => {
  it("allows Node's modules, electron and the shipped packages only", () => {
    expect(unexpectedImports(['node:fs', 'path', 'electron', 'keytar', 'got', 'zod/v4'], ['keytar'])).toEqual(
      ['got', 'zod/v4'],
    )
  })
})
