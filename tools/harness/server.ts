/**
 * The browser harness: the real core, wired with recording adapters, behind a loopback HTTP
 * server that serves the built renderer, carries every IPC channel as POST /ipc/<channel> and
 * every event as server-sent events, and shows what the adapters hold at GET /harness/state.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { build } from 'esbuild'
import { createCore, type Core, type CoreOptions } from '../../src/main/core'
import type { TokenStore } from '../../src/main/auth/token-store'
import type { ClockAdapter } from '../../src/main/platform/types'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/policy'
import { createRecordingPlatform, harnessState, type RecordingPlatform } from './recording-platform'

export interface HarnessOptions {
  port?: number
  apiBaseUrl: string
  /** Where the token lives: a memory store (with --token) or the real keychain. */
  tokenStore: TokenStore
  dataDir: string
  rendererDir: string
  version: string
  pollSeconds?: number | undefined
  requestTimeoutMs?: number | undefined
  retrySleep?: CoreOptions['retrySleep']
  /** The machine's clock (the real one by default; tests move it to simulate a sleep). */
  clock?: ClockAdapter | undefined
}

export interface Harness {
  url: string
  core: Core
  platform: RecordingPlatform
  close(): Promise<void>
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

async function buildBridge(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'browser-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('The harness bridge did not build')
  return file.text
}

async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new Error('Request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const platform = createRecordingPlatform({
    version: options.version,
    dataDir: options.dataDir,
    keychain: options.tokenStore,
    ...(options.clock ? { clock: options.clock } : {}),
  })
  let origin = ''
  const core = await createCore(platform, {
    isTrustedSender: (senderUrl) => senderUrl !== null && senderUrl === origin,
    apiBaseUrl: options.apiBaseUrl,
    ...(options.pollSeconds !== undefined ? { pollSeconds: options.pollSeconds } : {}),
    ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    ...(options.retrySleep ? { retrySleep: options.retrySleep } : {}),
  })
  const bridge = await buildBridge()
  const sseClients = new Set<ServerResponse>()
  const unsubscribe = platform.window.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const client of sseClients) client.write(frame)
  })

  const serveFile = async (res: ServerResponse, urlPath: string): Promise<void> => {
    const root = resolve(options.rendererDir)
    const wanted = normalize(join(root, decodeURIComponent(urlPath)))
    const file = wanted.startsWith(root) && urlPath !== '/' ? wanted : join(root, 'index.html')
    const info = await stat(file).catch(() => null)
    const path = info?.isFile() ? file : join(root, 'index.html')
    let content: Buffer | string = await readFile(path)
    const type = MIME[extname(path)] ?? 'application/octet-stream'
    if (path.endsWith('index.html')) {
      // The bridge must define window.api before the app's module script runs.
      content = content
        .toString('utf8')
        .replace('<head>', '<head>\n    <script src="/harness/bridge.js"></script>')
    }
    res.writeHead(200, { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY })
    res.end(content)
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin || 'http://127.0.0.1')
      try {
        if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
          const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length))
          const sender = req.headers.origin ?? null
          let arg: unknown
          try {
            const text = await readBody(req)
            arg = text === '' ? undefined : (JSON.parse(text) as unknown)
          } catch {
            return send(res, 400, {
              ok: false,
              error: { kind: 'validation', message: 'The body is not JSON.', retryable: false },
            })
          }
          return send(res, 200, await core.dispatch(channel, arg === null ? undefined : arg, sender))
        }
        if (req.method === 'GET' && url.pathname === '/events') {
          res.writeHead(200, {
            'content-type': 'text/event-stream',
            'cache-control': 'no-store',
            connection: 'keep-alive',
          })
          res.write(': connected\n\n')
          sseClients.add(res)
          req.on('close', () => sseClients.delete(res))
          return
        }
        if (req.method === 'GET' && url.pathname === '/harness/bridge.js') {
          res.writeHead(200, { 'content-type': MIME['.js'] ?? 'text/javascript' })
          return res.end(bridge)
        }
        if (req.method === 'GET' && url.pathname === '/harness/state') {
          return send(res, 200, { ...harnessState(platform), sync: core.syncState() })
        }
        if (req.method === 'POST' && url.pathname.startsWith('/harness/')) {
          const body = JSON.parse((await readBody(req)) || '{}') as { id?: string; index?: number }
          switch (url.pathname) {
            case '/harness/tray-click':
              return send(res, 200, { clicked: platform.tray.click(String(body.id)) })
            case '/harness/notification-click':
              return send(res, 200, { clicked: platform.notifier.click(Number(body.index)) })
            case '/harness/resume':
              platform.power.fireResume()
              return send(res, 200, { ok: true })
            case '/harness/online':
              platform.power.fireOnline()
              return send(res, 200, { ok: true })
          }
        }
        if (req.method === 'GET') return await serveFile(res, url.pathname)
        send(res, 405, { error: 'method not allowed' })
      } catch (e) {
        send(res, 500, { error: e instanceof Error ? e.message : String(e) })
      }
    })()
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The harness has no address')
  origin = `http://127.0.0.1:${address.port}`
  await core.start()

  return {
    url: origin,
    core,
    platform,
    async close() {
      unsubscribe()
      for (const client of sseClients) client.end()
      await core.stop()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}
