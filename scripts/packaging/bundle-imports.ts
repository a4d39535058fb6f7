/**
 * What a built bundle loads from outside itself, read from its syntax tree: static and dynamic
 * imports and require() calls (bundled CommonJS keeps its requires of externals).
 */
import { builtinModules } from 'node:module'
import { parseSync } from 'vite'

export interface BundleImports {
  /** Every module named by an import, import() or require(), once each. */
  specifiers: string[]
  /** import() or require() calls whose name is computed at run time, so cannot be checked. */
  computed: number
}

interface AstNode {
  type: string
  [key: string]: unknown
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

const stringLiteral = (node: unknown): string | null =>
  isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null

const REQUIRE_NAMES = new Set(['require', '__require'])

export function bundleImports(code: string, fileName = 'bundle.js'): BundleImports {
  const parsed = parseSync(fileName, code)
  if (parsed.errors.length > 0) {
    throw new Error(`${fileName} does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`)
  }
  const specifiers = new Set(parsed.module.staticImports.map((i) => i.moduleRequest.value))
  let computed = 0
  const note = (name: string | null) => {
    if (name === null) computed++
    else specifiers.add(name)
  }
  // Iterative: a bundled app nests deeper than the call stack allows.
  const pending: unknown[] = [parsed.program]
  while (pending.length > 0) {
    const value = pending.pop()
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) pending.push(item)
      continue
    }
    if (!isNode(value)) continue
    if (value.type === 'ImportExpression') note(stringLiteral(value.source))
    if (value.type === 'CallExpression') {
      const callee = value.callee
      const args = value.arguments
      if (isNode(callee) && callee.type === 'Identifier' && REQUIRE_NAMES.has(String(callee.name))) {
        note(Array.isArray(args) ? stringLiteral(args[0]) : null)
      }
    }
    for (const child of Object.values(value))
      if (typeof child === 'object' && child !== null) pending.push(child)
  }
  return { specifiers: [...specifiers].sort(), computed }
}

export const isNodeBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier)

/** The specifiers a bundle may load at run time: Node's own modules, Electron, and `shipped` packages. */
export function unexpectedImports(specifiers: readonly string[], shipped: readonly string[]): string[] {
  return specifiers.filter((s) => !isNodeBuiltin(s) && s !== 'electron' && !shipped.includes(s))
}
