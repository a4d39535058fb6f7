/**
 * Where the API token is kept between runs: the operating system's keychain, through keytar
 * (macOS Keychain, Windows Credential Manager, the Secret Service on Linux).
 *
 * keytar is a native module, loaded lazily on first use so that a machine where it cannot load
 * (no libsecret, a broken build) still starts; every failure becomes a KeychainUnavailableError
 * whose message tells the user what to do.
 */
import { redact } from '../api/errors'

export interface TokenStore {
  readonly kind: 'keychain' | 'memory'
  get(): Promise<string | null>
  set(token: string): Promise<void>
  clear(): Promise<void>
}

export const KEYCHAIN_SERVICE = 'chastity-tracker-companion'
export const KEYCHAIN_ACCOUNT = 'api-token'
/** An account that is never written: reading it tells whether the keychain answers, without prompts. */
const PROBE_ACCOUNT = 'availability-probe'

/** The part of keytar this app uses. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

/**
 * unavailable: no keychain service, or keytar could not load;
 * locked: the keychain exists but is locked;
 * cancelled: the user dismissed the keychain's prompt.
 */
export type KeychainProblem = 'unavailable' | 'locked' | 'cancelled'

export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError'

  constructor(
    readonly problem: KeychainProblem,
    message: string,
    /** The system's own error text, for diagnostics. */
    readonly detail: string | null,
  ) {
    super(message)
  }
}

const RUN_ONLY = 'or keep the token for this run only.'

const UNAVAILABLE_MESSAGES: Partial<Record<NodeJS.Platform, string>> = {
  linux: `No keychain is available: install and unlock a Secret Service provider such as GNOME Keyring or KWallet, ${RUN_ONLY}`,
  darwin: `The macOS Keychain could not be used: check that your login keychain exists and is unlocked, ${RUN_ONLY}`,
  win32: `Windows Credential Manager could not be used: check that you are signed in to your user profile, ${RUN_ONLY}`,
}

const LOCKED_MESSAGES: Partial<Record<NodeJS.Platform, string>> = {
  linux: `The keychain is locked: unlock it (for example GNOME Keyring or KWallet) and try again, ${RUN_ONLY}`,
  darwin: `The macOS Keychain is locked: unlock your login keychain and try again, ${RUN_ONLY}`,
}

export function keychainMessage(problem: KeychainProblem, platform: NodeJS.Platform): string {
  switch (problem) {
    case 'locked':
      return LOCKED_MESSAGES[platform] ?? `The keychain is locked: unlock it and try again, ${RUN_ONLY}`
    case 'cancelled':
      return `Access to the keychain was cancelled: allow access when the keychain asks and try again, ${RUN_ONLY}`
    case 'unavailable':
      return UNAVAILABLE_MESSAGES[platform] ?? `No keychain is available on this system: ${RUN_ONLY}`
  }
}

/** Reads the system's error text to tell a locked keychain or a cancelled prompt from a missing one. */
export function classifyKeychainFailure(detail: string): KeychainProblem {
  if (/cancel+ed|dismissed/i.test(detail)) return 'cancelled'
  if (/\blocked\b|unlock|interaction is not allowed/i.test(detail)) return 'locked'
  return 'unavailable'
}

export function toKeychainError(
  error: unknown,
  platform: NodeJS.Platform,
  secret?: string | null,
): KeychainUnavailableError {
  if (error instanceof KeychainUnavailableError) return error
  const raw = error instanceof Error ? error.message : String(error)
  const detail = redact(raw, secret)
  const problem = classifyKeychainFailure(detail)
  return new KeychainUnavailableError(problem, keychainMessage(problem, platform), detail)
}

function isKeytarApi(value: unknown): value is KeytarApi {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false
  const candidate = value as Record<string, unknown>
  return (
    typeof candidate.getPassword === 'function' &&
    typeof candidate.setPassword === 'function' &&
    typeof candidate.deletePassword === 'function'
  )
}

/**
 * Imports keytar. Depending on the bundler, its functions sit on the module or on its CommonJS
 * `default` export; both are accepted.
 */
export async function loadKeytar(platform: NodeJS.Platform = process.platform): Promise<KeytarApi> {
  let mod: unknown
  try {
    mod = await import('keytar')
  } catch (error) {
    throw toKeychainError(error, platform)
  }
  const fromDefault =
    mod !== null && typeof mod === 'object' ? (mod as { default?: unknown }).default : undefined
  if (isKeytarApi(fromDefault)) return fromDefault
  if (isKeytarApi(mod)) return mod
  throw new KeychainUnavailableError(
    'unavailable',
    keychainMessage('unavailable', platform),
    'keytar loaded without its functions',
  )
}

export interface KeychainOptions {
  /** Replaces the keytar import, e.g. to pass the one an Electron build resolves. */
  loadKeytar?: () => Promise<KeytarApi>
  platform?: NodeJS.Platform
}

export class KeychainTokenStore implements TokenStore {
  readonly kind = 'keychain'
  private readonly platform: NodeJS.Platform
  private readonly load: () => Promise<KeytarApi>
  private keytar: Promise<KeytarApi> | null = null

  constructor(options: KeychainOptions = {}) {
    this.platform = options.platform ?? process.platform
    const platform = this.platform
    this.load = options.loadKeytar ?? (() => loadKeytar(platform))
  }

  async get(): Promise<string | null> {
    const keytar = await this.api()
    try {
      const token = await keytar.getPassword(KEYCHAIN_SERVICE, KEYCHAIN_ACCOUNT)
      return token === '' ? null : token
    } catch (error) {
      throw toKeychainError(error, this.platform)
    }
  }

  async set(token: string): Promise<void> {
    const keytar = await this.api()
    try {
      await keytar.setPassword(KEYCHAIN_SERVICE, KEYCHAIN_ACCOUNT, token)
    } catch (error) {
      throw toKeychainError(error, this.platform, token)
    }
  }

  async clear(): Promise<void> {
    const keytar = await this.api()
    try {
      await keytar.deletePassword(KEYCHAIN_SERVICE, KEYCHAIN_ACCOUNT)
    } catch (error) {
      throw toKeychainError(error, this.platform)
    }
  }

  private api(): Promise<KeytarApi> {
    this.keytar ??= this.load().catch((error: unknown) => {
      // A failed load is not cached: the user may install or unlock a keychain and retry.
      this.keytar = null
      throw toKeychainError(error, this.platform)
    })
    return this.keytar
  }
}

export type KeychainProbe = { available: true } | { available: false; reason: string }

export interface ProbeOptions extends KeychainOptions {
  /** A keychain that does not answer within this time counts as unavailable. */
  timeoutMs?: number
}

/** Tells whether the keychain can be used, without reading or writing the token. */
export async function probeKeychain(options: ProbeOptions = {}): Promise<KeychainProbe> {
  const platform = options.platform ?? process.platform
  const load = options.loadKeytar ?? (() => loadKeytar(platform))
  const timeoutMs = options.timeoutMs ?? 10_000
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the keychain did not answer')), timeoutMs)
  })
  try {
    const keytar = await Promise.race([load(), timeout])
    await Promise.race([keytar.getPassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT), timeout])
    return { available: true }
  } catch (error) {
    return { available: false, reason: toKeychainError(error, platform).message }
  } finally {
    clearTimeout(timer)
  }
}
