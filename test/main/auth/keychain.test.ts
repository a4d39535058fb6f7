/**
 * The keychain store against a real Secret Service (GNOME Keyring in a private D-Bus session, see
 * scripts/with-keyring.sh), and against no Secret Service at all.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TokenService } from '../../../src/main/auth/token-service'
import {
  KEYCHAIN_ACCOUNT,
  KEYCHAIN_SERVICE,
  KeychainTokenStore,
  probeKeychain,
} from '../../../src/main/auth/token-store'
import type { TokenActionResult, TokenStatus } from '../../../src/shared/token-status'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '../../..')
const childScript = join(here, 'fixtures/keychain-child.ts')
const LINUX_UNAVAILABLE =
  'No keychain is available: install and unlock a Secret Service provider such as GNOME Keyring or KWallet, or keep the token for this run only.'
const TOKEN = 'ct-test-token-3f9a1c7e5b'

interface ChildOutcome {
  ok: boolean
  value?: unknown
  name?: string
  problem?: string | null
  message?: string
  detail?: string | null
}
interface ChildResult {
  set: ChildOutcome
  get: ChildOutcome
  clear: ChildOutcome
  probe: { available: boolean; reason?: string }
  afterLoad: TokenStatus
  save: TokenActionResult
  memoryOnly: TokenStatus
  saveInMemory: TokenActionResult
  currentIsToken: boolean
}

/** Runs the fixture in a fresh process, so libsecret's cached D-Bus connection cannot leak between cases. */
function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { result: ChildResult; stdout: string } {
  const run = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 })
  if (run.status !== 0) throw new Error(`child failed (${String(run.status)}): ${run.stderr}`)
  return { result: JSON.parse(run.stdout) as ChildResult, stdout: run.stdout + run.stderr }
}

/** Reads the stored token with keytar in another process: an independent second read. */
function readInOtherProcess(): string | null {
  const code = `
    const mod = await import('keytar')
    const keytar = typeof mod.default?.getPassword === 'function' ? mod.default : mod
    process.stdout.write(JSON.stringify(await keytar.getPassword(${JSON.stringify(KEYCHAIN_SERVICE)}, ${JSON.stringify(KEYCHAIN_ACCOUNT)})))
  `
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  })
  if (run.status !== 0) throw new Error(`keytar read failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as string | null
}

function hasSecretTool(): boolean {
  return spawnSync('secret-tool', ['--version'], { encoding: 'utf8' }).status === 0
}

describe.skipIf(process.env.CT_KEYCHAIN_TESTS !== '1')('keychain store with a real Secret Service', () => {
  const store = new KeychainTokenStore()

  beforeAll(async () => {
    // Refuse to write into a keyring that is not the sandbox from scripts/with-keyring.sh.
    const sandbox = process.env.CT_KEYRING_SANDBOX
    expect(sandbox, 'run through scripts/with-keyring.sh').toBeTruthy()
    expect(process.env.XDG_DATA_HOME?.startsWith(sandbox ?? '\0')).toBe(true)
    await store.clear()
  })

  afterAll(async () => {
    await store.clear()
  })

  it('answers the probe', async () => {
    await expect(probeKeychain()).resolves.toEqual({ available: true })
  })

  it('round-trips set, get and clear through the keyring', async () => {
    await expect(store.get()).resolves.toBeNull()

    await store.set(TOKEN)
    await expect(store.get()).resolves.toBe(TOKEN)
    await expect(new KeychainTokenStore().get()).resolves.toBe(TOKEN)
    expect(readInOtherProcess()).toBe(TOKEN)
    if (hasSecretTool()) {
      const lookup = spawnSync(
        'secret-tool',
        ['lookup', 'service', KEYCHAIN_SERVICE, 'account', KEYCHAIN_ACCOUNT],
        {
          encoding: 'utf8',
        },
      )
      expect(lookup.stdout.trim()).toBe(TOKEN)
    }

    await store.set(`${TOKEN}-replaced`)
    expect(readInOtherProcess()).toBe(`${TOKEN}-replaced`)

    await store.clear()
    await expect(store.get()).resolves.toBeNull()
    expect(readInOtherProcess()).toBeNull()
    await expect(store.clear()).resolves.toBeUndefined()
  })

  it('lets the token service keep a validated token in the keyring and remove it', async () => {
    const service = new TokenService({ store, validate: async () => ({ ok: true, nick: 'owner' }) })
    await expect(service.load()).resolves.toMatchObject({ state: 'none', keychain: { available: true } })

    const saved = await service.save(`  ${TOKEN}\n`)
    expect(saved).toMatchObject({ ok: true, status: { state: 'valid', nick: 'owner', storage: 'keychain' } })
    expect(readInOtherProcess()).toBe(TOKEN)

    const restarted = new TokenService({
      store: new KeychainTokenStore(),
      validate: async () => ({ ok: true, nick: 'x' }),
    })
    await expect(restarted.load()).resolves.toMatchObject({ state: 'unverified', storage: 'keychain' })
    expect(restarted.current()).toBe(TOKEN)

    await expect(restarted.remove()).resolves.toMatchObject({ ok: true, status: { state: 'none' } })
    expect(readInOtherProcess()).toBeNull()
  })

  it('reports a locked keyring as locked, not as missing', () => {
    // A second D-Bus session whose keyring daemon starts on the same (now existing) keyring file
    // without the password: the login collection stays locked, and no prompt can be shown.
    const runtime = mkdtempSync(join(tmpdir(), 'ct-locked-'))
    try {
      mkdirSync(join(runtime, 'run'), { mode: 0o700 })
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_RUNTIME_DIR: join(runtime, 'run') }
      delete env.DISPLAY
      delete env.WAYLAND_DISPLAY
      const shell = 'gnome-keyring-daemon --start --components=secrets >/dev/null; exec "$@"'
      const { result, stdout } = runChild(
        'dbus-run-session',
        ['--', 'sh', '-c', shell, 'locked', process.execPath, '--import', 'tsx', childScript, TOKEN],
        env,
      )
      expect(result.set).toMatchObject({ ok: false, name: 'KeychainUnavailableError', problem: 'locked' })
      expect(result.set.message).toMatch(/^The keychain is locked: unlock it/)
      expect(result.save).toMatchObject({ ok: false, reason: 'keychain', status: { state: 'none' } })
      expect(stdout).not.toContain(TOKEN)
    } finally {
      rmSync(runtime, { recursive: true, force: true })
    }
  })
})

describe.skipIf(process.platform !== 'linux')('keychain store with no Secret Service', () => {
  let folder: string
  let result: ChildResult
  let output: string

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'ct-nobus-'))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(folder, 'no-such-bus')}`,
    }
    const run = runChild(process.execPath, ['--import', 'tsx', childScript, TOKEN], env)
    result = run.result
    output = run.stdout
  })

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
  })

  it('turns every keychain call into a KeychainUnavailableError with a message the user can act on', () => {
    for (const outcome of [result.set, result.get, result.clear]) {
      expect(outcome).toMatchObject({
        ok: false,
        name: 'KeychainUnavailableError',
        problem: 'unavailable',
        message: LINUX_UNAVAILABLE,
      })
      expect(outcome.detail).toBeTruthy()
    }
    expect(result.probe).toEqual({ available: false, reason: LINUX_UNAVAILABLE })
  })

  it('lets the token service start without a keychain and fall back to memory', () => {
    expect(result.afterLoad).toEqual({
      state: 'none',
      nick: null,
      canWrite: null,
      storage: 'keychain',
      keychain: { available: false, reason: LINUX_UNAVAILABLE },
    })
    expect(result.save).toMatchObject({ ok: false, reason: 'keychain', message: LINUX_UNAVAILABLE })
    expect(result.memoryOnly).toMatchObject({ storage: 'memory', keychain: { available: false } })
    expect(result.saveInMemory).toMatchObject({ ok: true, status: { state: 'valid', storage: 'memory' } })
    expect(result.currentIsToken).toBe(true)
  })

  it('never prints the token', () => {
    expect(output).not.toContain(TOKEN)
  })
})
