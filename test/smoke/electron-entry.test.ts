/**
 * The built Electron entry (out/main) started under Node with a recording stand-in for the
 * 'electron' module: the one check here that the Electron glue is wired as designed.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, ipcChannelName } from '../../src/shared/ipc/contract'

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
  trays: { iconPath: string | null; tooltip: string | null; menu: string[]; images: number }[]
  windows: {
    options: { webPreferences: Record<string, unknown> }
    url: string | null
    navigation: { foreignPrevented: boolean; ownAllowed: boolean; redirectPrevented: boolean }
    windowOpen: { action: string } | null
  }[]
  errors: string[]
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
  const deadline = Date.now() + 8_000
  let record: Recorded | null = null
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200))
    if (existsSync(recordFile)) {
      record = JSON.parse(readFileSync(recordFile, 'utf8')) as Recorded
      if (record.windows.length > 0 || record.quit > 0) break
    }
  }
  await new Promise((r) => setTimeout(r, 400))
  if (existsSync(recordFile)) record = JSON.parse(readFileSync(recordFile, 'utf8')) as Recorded
  child.kill()
  await exited
  if (!record) throw new Error(`The entry wrote no record. stderr:\n${stderr}`)
  return { record, stderr }
}

describe('the Electron entry, started under Node', () => {
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
    expect(tray.iconPath && existsSync(tray.iconPath)).toBe(true)
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
    expect(record.appListeners).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created']))
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
  })
})
