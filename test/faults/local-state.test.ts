/**
 * What the app keeps on this machine is damaged or missing: a corrupt settings file or cache, a
 * keychain that cannot be reached. The app starts anyway, says what happened, keeps a copy of the
 * damaged file, works with defaults, and never writes the token anywhere in plain text.
 */
import { spawn } from 'node:child_process'
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, type Settings } from '../../src/shared/settings'
import type { IpcResult } from '../../src/shared/ipc/errors'
import type { Overview } from '../../src/shared/ipc/contract'
import type { TokenStatus } from '../../src/shared/token-status'
import { app, closeNow, control, emulator, settle, tempDir } from './support'

const root = resolve(import.meta.dirname, '../..')

/** Defaults, apart from what the harness sets to reach the emulator. */
function expectDefaults(settings: Settings, apiUrl: string): void {
  expect(settings).toEqual({ ...defaultSettings(), apiBaseUrl: apiUrl })
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
}

describe('damaged files', () => {
  it('corrupt settings and cache: the app starts with defaults, says so, keeps backups and syncs', async () => {
    const api = await emulator()
    const dataDir = await tempDir()
    const garbageSettings = '{"polling": {"activeSeconds": 6'
    const garbageCache = '\u0000\u0001 not json at all'
    await writeFile(join(dataDir, 'settings.json'), garbageSettings)
    await mkdir(join(dataDir, 'cache'))
    await writeFile(join(dataDir, 'cache', 'sync.json'), garbageCache)

    const a = await app(api, { dataDir })
    const view = await a.call('settings:get')
    expect(view.problem).toMatch(/settings file settings\.json could not be read/)
    expect(view.problem).toMatch(/default settings are used/)
    expect(view.problem).toMatch(/kept as settings\.corrupt-.*\.json/)
    expectDefaults(view.settings, api.url)

    const settingsBackup = (await readdir(dataDir)).find((f) => /^settings\.corrupt-.*\.json$/.test(f))
    const cacheBackup = (await readdir(join(dataDir, 'cache'))).find((f) =>
      /^sync\.corrupt-.*\.json$/.test(f),
    )
    expect(settingsBackup).toBeDefined()
    expect(cacheBackup).toBeDefined()
    expect(await readFile(join(dataDir, settingsBackup ?? ''), 'utf8')).toBe(garbageSettings)
    expect(await readFile(join(dataDir, 'cache', cacheBackup ?? ''), 'utf8')).toBe(garbageCache)

    // The app works: it syncs, and the files it writes are whole again.
    await settle(a)
    const overview = await a.call('overview:get')
    expect(overview.activeSession).not.toBeNull()
    expect(a.harness.platform.tray.tooltip).toMatch(/^Ends .* left$/)
    expect(JSON.parse(await readFile(join(dataDir, 'cache', 'sync.json'), 'utf8'))).toMatchObject({
      activeSession: { id: overview.activeSession?.id },
    })
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      apiBaseUrl: api.url,
    })

    // The next start finds everything in order.
    await a.restart()
    expect((await a.call('settings:get')).problem).toBeNull()
    expect((await a.call('overview:get')).activeSession?.id).toBe(overview.activeSession?.id)
  })

  it('settings and a cache that parse but do not fit: defaults, a problem, backups', async () => {
    const api = await emulator()
    const dataDir = await tempDir()
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ polling: { activeSeconds: 'often' } }))
    await mkdir(join(dataDir, 'cache'))
    await writeFile(join(dataDir, 'cache', 'sync.json'), JSON.stringify({ activeSession: 'yes' }))

    const a = await app(api, { dataDir })
    const view = await a.call('settings:get')
    expect(view.problem).toMatch(/had a value that does not fit \(polling\.activeSeconds/)
    expectDefaults(view.settings, api.url)
    expect((await readdir(dataDir)).some((f) => /^settings\.corrupt-/.test(f))).toBe(true)
    expect((await readdir(join(dataDir, 'cache'))).some((f) => /^sync\.corrupt-/.test(f))).toBe(true)
    await settle(a)
    expect((await a.call('overview:get')).activeSession).not.toBeNull()
  })

  it('only the cache is damaged: settings are kept, the problem names the cache file', async () => {
    const api = await emulator()
    const dataDir = await tempDir()
    const first = await app(api, { dataDir })
    await first.call('settings:update', { tray: { showSeconds: 'always' } })
    await settle(first)
    await closeNow(first)
    await writeFile(join(dataDir, 'cache', 'stats.json'), '[1, 2, 3')

    const a = await app(api, { dataDir })
    const view = await a.call('settings:get')
    expect(view.settings.tray.showSeconds).toBe('always')
    expect(view.problem).toMatch(/local copy of your data \(stats\.json\)/)
    expect((await readdir(join(dataDir, 'cache'))).some((f) => /^stats\.corrupt-/.test(f))).toBe(true)
    // What else was cached is still there, at once.
    expect((await a.call('overview:get')).activeSession).not.toBeNull()
    await settle(a)
    expect((await a.call('overview:get')).stats?.nick).toBe('Tester')
  })

  it('a history log cut short by a crash: the rows that fit are kept, and the next change is told once', async () => {
    const api = await emulator()
    const dataDir = await tempDir()
    const first = await app(api, { dataDir })
    await settle(first)
    const activeId = (await first.call('overview:get')).activeSession?.id
    if (activeId === undefined) throw new Error('The seed has no active session')
    const rows = await first.call('histories:all', { session: activeId })
    await closeNow(first)
    const log = join(dataDir, 'cache', `history-${activeId}.jsonl`)
    await appendFile(log, '{"session":')

    const a = await app(api, { dataDir })
    await settle(a)
    expect((await a.call('histories:all', { session: activeId })).items).toEqual(rows.items)
    await control(api, 'play', { game: 'dice', seconds: 3600, operation: 'ADD' })
    await a.call('sync:refresh')
    expect(a.harness.platform.notifier.shown).toHaveLength(1)
    const after = await a.call('histories:all', { session: activeId })
    expect(after.items).toHaveLength(rows.items.length + 1)
    // The cut line is gone: every line of the log is a whole row.
    const lines = (await readFile(log, 'utf8')).split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.every((l) => JSON.parse(l) !== null)).toBe(true)
  })
})

interface ChildReport {
  atStart: IpcResult<TokenStatus>
  toKeychain: IpcResult<TokenStatus>
  toMemory: IpcResult<TokenStatus>
  refresh: IpcResult<unknown>
  overview: IpcResult<Overview>
  afterwards: IpcResult<TokenStatus>
}

function runChild(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/faults/keychain-child.ts')], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolveRun({ code, stdout, stderr }))
  })
}

describe('no keychain', () => {
  it('the status says why, the token works for this run only, and it is written nowhere', async () => {
    const token = 'kc-fault-3f9a1c7e5b2d'
    const api = await emulator({ token })
    const dataDir = await tempDir()
    const run = await runChild({
      // No session bus: libsecret cannot reach any Secret Service.
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      CT_API_URL: api.url,
      CT_DATA_DIR: dataDir,
      CT_TOKEN: token,
    })
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ChildReport

    expect(report.atStart).toMatchObject({
      ok: true,
      value: { state: 'none', keychain: { available: false } },
    })
    if (report.atStart.ok) expect(report.atStart.value.keychain.reason).toMatch(/No keychain is available/)
    expect(report.toKeychain).toMatchObject({ ok: false, error: { kind: 'keychain' } })
    expect(report.toMemory).toMatchObject({
      ok: true,
      value: { state: 'valid', nick: 'Tester', storage: 'memory' },
    })
    expect(report.refresh).toMatchObject({ ok: true, value: { lastError: null } })
    expect(report.overview).toMatchObject({ ok: true })
    if (report.overview.ok) expect(report.overview.value.activeSession).not.toBeNull()
    expect(report.afterwards).toMatchObject({ ok: true, value: { state: 'valid', storage: 'memory' } })

    // The token is in no file, no log line and no answer.
    const files = await filesIn(dataDir)
    const names = files.map((f) => f.slice(dataDir.length + 1)).sort()
    expect(names).toEqual([
      expect.stringMatching(/^cache\/games-changes-\d+\.jsonl$/),
      expect.stringMatching(/^cache\/history-\d+\.jsonl$/),
      'cache/stats.json',
      'cache/sync.json',
      'settings.json',
    ])
    for (const file of files) expect((await readFile(file)).includes(token)).toBe(false)
    expect(run.stdout.includes(token)).toBe(false)
    expect(run.stderr.includes(token)).toBe(false)
    // The service did get it: the test would prove nothing if the token had never been used.
    expect(api.requestLog.filter((r) => r.authorization && r.status === 200).length).toBeGreaterThan(0)
  })
})
