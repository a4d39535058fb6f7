/**
 * The built Electron entry (out/main) started under Node with a recording stand-in for the
 * 'electron' module: the one check here that the Electron glue is wired as designed.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, ipcChannelName } from '../../src/shared/ipc/contract'
import product from '../../src/shared/product.json'
import { startFakeApi } from '../../tools/fake-api/server'

const root = resolve(import.meta.dirname, '../..')
const entry = join(root, 'out/main/index.js')

interface Recorded {
  singleInstanceLock: number
  quit: number
  appListeners: string[]
  ipcHandle: string[]
  permissionRequest: boolean | null
  permissionCheck: boolean | null
  cspHeader: string | null
  /** 'default' when the entry left Electron's menu alone; null for no menu; else the roles. */
  applicationMenu: 'default' | null | string[]
  appUserModelId: string | null
  dock: string[]
  ipcCalls: Record<string, { ok?: boolean; error?: { kind: string; message: string } }>
  ipcDone?: boolean
  userData: string
  trays: { firstImageScales: number[] | null; tooltip: string | null; menu: string[]; images: number }[]
  windows: {
    options: { webPreferences: Record<string, unknown> }
    url: string | null
    shows?: number
    navigation: { foreignPrevented: boolean; ownAllowed: boolean; redirectPrevented: boolean }
    windowOpen: { action: string } | null
  }[]
  errors: string[]
}

/** The record as last written whole; null while the stand-in is halfway through writing it. */
function readRecord(file: string): Recorded | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Recorded
  } catch {
    return null
  }
}

/** Runs the entry until it has drawn its tray and opened its window, then stops it. */
async function runEntry(env: Record<string, string> = {}): Promise<{ record: Recorded; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ct-smoke-test-'))
  const recordFile = join(dir, 'record.json')
  const child = spawn(process.execPath, ['--import', './test/smoke/register.mjs', entry], {
    cwd: root,
    // No Secret Service: the app must start anyway.
    env: {
      ...process.env,
      CT_SMOKE_RECORD: recordFile,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  const deadline = Date.now() + 15_000
  let record: Recorded | null = null
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50))
    if (existsSync(recordFile)) {
      record = readRecord(recordFile) ?? record
      if (record && (record.ipcDone || record.quit > 0)) break
    }
  }
  await new Promise((r) => setTimeout(r, 400))
  if (existsSync(recordFile)) record = readRecord(recordFile) ?? record
  child.kill()
  await exited
  if (!record) throw new Error(`The entry wrote no record. stderr:\n${stderr}`)
  return { record, stderr }
}

// Each case runs its own process with its own record and data folder, so they run side by side.
describe.concurrent('the Electron entry, started under Node', () => {
  beforeAll(() => {
    if (!existsSync(entry)) throw new Error('out/main/index.js is missing: run `npm run build` first')
  })

  it('starts, takes the lock, draws the tray, opens a locked-down window and handles every channel', async () => {
    const { record, stderr } = await runEntry()
    expect(record.errors).toEqual([])
    expect(stderr).not.toMatch(/Error:/)
    expect(record.singleInstanceLock).toBe(1)
    expect(record.quit).toBe(0)

    expect(record.trays).toHaveLength(1)
    const tray = record.trays[0]!
    expect(tray.firstImageScales).toEqual([1, 2])
    expect(tray.images).toBeGreaterThan(0)
    expect(tray.menu).toContain('Open dashboard')
    expect(tray.menu).toContain('Quit')

    expect(record.windows.length).toBeGreaterThanOrEqual(1)
    const win = record.windows[0]!
    expect(win.url).toMatch(/^file:/)
    expect(existsSync(fileURLToPath(win.url!))).toBe(true)
    const prefs = win.options.webPreferences
    expect(String(prefs.preload)).toMatch(/\.cjs$/)
    expect(existsSync(String(prefs.preload))).toBe(true)
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(win.navigation).toEqual({ foreignPrevented: true, ownAllowed: true, redirectPrevented: true })
    expect(win.windowOpen).toEqual({ action: 'deny' })
    expect(record.permissionRequest).toBe(false)
    expect(record.permissionCheck).toBe(false)
    expect(record.cspHeader).toMatch(/default-src 'self'/)

    expect([...record.ipcHandle].sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort())
    expect(record.appListeners).toEqual(
      expect.arrayContaining(['second-instance', 'activate', 'web-contents-created']),
    )
    // Development keeps Electron's menu; only the main frame of the app's window may call.
    expect(record.applicationMenu).toBe('default')
    expect(record.ipcCalls['app']?.ok).toBe(true)
    expect(record.ipcCalls['subframe']).toMatchObject({ ok: false, error: { message: /not the app window/ } })
    expect(record.ipcCalls['other']).toMatchObject({ ok: false, error: { message: /not the app window/ } })
  })

  it('a packaged app ignores ELECTRON_RENDERER_URL and has no reload or developer tools menu', async () => {
    const { record } = await runEntry({
      CT_SMOKE_PACKAGED: '1',
      ELECTRON_RENDERER_URL: 'https://evil.example/',
    })
    expect(record.errors).toEqual([])
    expect(record.windows[0]?.url).toMatch(/^file:.*\/out\/renderer\/index\.html$/)
    expect(record.applicationMenu).toBeNull()
    expect(record.cspHeader).toMatch(/script-src 'self'/)
    expect(record.ipcCalls['app']?.ok).toBe(true)
  })

  it('in development the dev server loads without the CSP header that would block its refresh preamble', async () => {
    const { record } = await runEntry({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' })
    expect(record.errors).toEqual([])
    expect(record.windows[0]?.url).toBe('http://localhost:5173/')
    expect(record.cspHeader).toBeNull()
  })

  it('a second launch during start-up is not lost: the window is shown once the app is ready', async () => {
    const { record } = await runEntry({ CT_SMOKE_SECOND_INSTANCE: '1' })
    expect(record.errors).toEqual([])
    // Once when it is ready to show, once more for the second launch.
    expect(record.windows[0]?.shows).toBe(2)
  })

  it('on Windows toasts carry the installer appId when packaged, the executable path in development', async () => {
    const packaged = await runEntry({ CT_SMOKE_PLATFORM: 'win32', CT_SMOKE_PACKAGED: '1' })
    expect(packaged.record.errors).toEqual([])
    expect(packaged.record.appUserModelId).toBe(product.appId)
    const dev = await runEntry({ CT_SMOKE_PLATFORM: 'win32' })
    expect(dev.record.appUserModelId).toBe(process.execPath)
  })

  it('on macOS the app leaves the Dock while its window is closed', async () => {
    const { record } = await runEntry({ CT_SMOKE_DOCK: '1' })
    // Hidden at start, shown with the first-run window and again on the tray click, hidden on close.
    expect(record.dock).toEqual(['hide', 'show', 'show', 'hide'])
  })

  it('logs what goes wrong to a file in the user-data folder, and never the token', async () => {
    const token = 'smoke-secret-token-0123456789'
    const api = await startFakeApi({ port: 0, seed: 'demo', token })
    try {
      const userData = mkdtempSync(join(tmpdir(), 'ct-smoke-data-'))
      writeFileSync(join(userData, 'settings.json'), JSON.stringify({ apiBaseUrl: api.url }))
      const { record } = await runEntry({
        CT_SMOKE_USER_DATA: userData,
        CT_SMOKE_API: api.url,
        CT_SMOKE_TOKEN: token,
      })
      expect(record.errors).toEqual([])
      expect(record.ipcCalls['setToken']?.ok).toBe(true)
      const log = readFileSync(join(userData, 'logs/main.log'), 'utf8')
      expect(log).toMatch(/\[warn\]/)
      expect(log).toMatch(/500|server/i)
      expect(log).toMatch(/401|revoked|refused/i)
      const everyFile = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? everyFile(join(dir, e.name)) : [join(dir, e.name)],
        )
      for (const file of everyFile(userData)) expect(readFileSync(file, 'utf8')).not.toContain(token)
    } finally {
      await api.close()
    }
  })

  it('a second instance quits at once without a tray or window', async () => {
    const { record } = await runEntry({ CT_SMOKE_LOCK: 'denied' })
    expect(record.quit).toBeGreaterThan(0)
    expect(record.trays).toHaveLength(0)
    expect(record.windows).toHaveLength(0)
  })

  it('the preload is one CommonJS file that requires nothing but electron', () => {
    const preload = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8')
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(requires)).toEqual(new Set(['electron']))
    expect(preload).not.toMatch(/^\s*import\s/m)
    // It needs the channel names only: no schema code.
    expect(preload).not.toMatch(/_zod|ZodError/)
    expect(Buffer.byteLength(preload)).toBeLessThan(10 * 1024)
  })

  it("the renderer's first chunk carries no zod: only the forms, loaded later, validate", () => {
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8')
    const entry = /<script type="module"[^>]*src="\.?\/?(assets\/index-[^"]+\.js)"/.exec(html)?.[1]
    expect(entry).toBeDefined()
    expect(readFileSync(join(root, 'out/renderer', entry!), 'utf8')).not.toMatch(/ZodError|_zod/)
  })
})
