/**
 * What the first page makes the browser download, gzipped: the scripts and stylesheets that
 * out/renderer/index.html names, plus every chunk those scripts import statically (they load
 * before the app runs). Lazily imported chunks (import()) are not counted.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchResult } from './result'
import { summarize } from './stats'

const TAG = /<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g
/** `import{a}from"./x.js"` and `import"./x.js"` at statement level; not `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
const EXPORT_FROM = /(?:^|[;\s}])export\s*[\w$*{}\s,]*?from\s*["'](\.{1,2}\/[^"']+\.js)["']/g

export interface LoadedFile {
  file: string
  bytes: number
  gzipBytes: number
}

function linkIsLoaded(tag: string): boolean {
  if (!tag.startsWith('<link')) return true
  return /rel="(stylesheet|modulepreload)"/.test(tag)
}

/** Every file the first page loads, in the order found. */
export function firstPageFiles(rendererDir: string): LoadedFile[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const queue: string[] = []
  for (const match of html.matchAll(TAG)) {
    const url = match[1]
    if (url === undefined || /^(https?:)?\/\//.test(url) || !linkIsLoaded(match[0])) continue
    queue.push(resolve(rendererDir, url.replace(/^\//, '')))
  }
  const seen = new Set<string>()
  const out: LoadedFile[] = []
  while (queue.length > 0) {
    const file = queue.shift() as string
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    const content = readFileSync(file)
    out.push({
      file: file.slice(rendererDir.length + 1),
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    })
    if (file.endsWith('.js')) {
      const text = content.toString('utf8')
      for (const re of [STATIC_IMPORT, EXPORT_FROM]) {
        for (const m of text.matchAll(re)) if (m[1]) queue.push(resolve(dirname(file), m[1]))
      }
    }
  }
  return out
}

export function benchBundle(rendererDir: string): BenchResult[] {
  const files = firstPageFiles(rendererDir)
  const gzip = files.reduce((sum, f) => sum + f.gzipBytes, 0)
  const raw = files.reduce((sum, f) => sum + f.bytes, 0)
  const kib = (n: number) => Number((n / 1024).toFixed(1))
  return [
    {
      id: 'bundle.firstPage.gzip',
      title: 'Renderer: what the first page loads, gzipped',
      unit: 'KiB',
      // A size does not vary between runs: one measurement.
      summary: summarize([kib(gzip)], 1),
      target: { max: 350 },
      extra: {
        rawKiB: kib(raw),
        files: files.map((f) => ({ file: f.file, KiB: kib(f.bytes), gzipKiB: kib(f.gzipBytes) })),
      },
    },
  ]
}
