import { describe, expect, it } from 'vitest'
import { MemoryTokenStore } from '../../../src/main/auth/memory-token-store'
import {
  KeychainTokenStore,
  KeychainUnavailableError,
  classifyKeychainFailure,
  keychainMessage,
  loadKeytar,
  probeKeychain,
  toKeychainError,
  type KeytarApi,
} from '../../../src/main/auth/token-store'

const TOKEN = 'ct-secret-token-77aa11'

describe('keychain error translation', () => {
  it('tells a locked keychain and a cancelled prompt from a missing one, from the system texts', () => {
    // Texts observed from libsecret/gnome-keyring, macOS Security and D-Bus.
    expect(classifyKeychainFailure('Cannot create an item in a locked collection')).toBe('locked')
    expect(classifyKeychainFailure('User interaction is not allowed.')).toBe('locked')
    expect(classifyKeychainFailure('User canceled the operation.')).toBe('cancelled')
    expect(classifyKeychainFailure('The prompt was dismissed')).toBe('cancelled')
    expect(classifyKeychainFailure('Could not connect: No such file or directory')).toBe('unavailable')
    expect(classifyKeychainFailure('Cannot autolaunch D-Bus without X11 $DISPLAY')).toBe('unavailable')
    expect(
      classifyKeychainFailure('Object does not exist at path “/org/freedesktop/secrets/collection/login”'),
    ).toBe('unavailable')
  })

  it('gives each platform a message that says what to do', () => {
    expect(keychainMessage('unavailable', 'linux')).toBe(
      'No keychain is available: install and unlock a Secret Service provider such as GNOME Keyring or KWallet, or keep the token for this run only.',
    )
    expect(keychainMessage('unavailable', 'darwin')).toMatch(/macOS Keychain/)
    expect(keychainMessage('unavailable', 'win32')).toMatch(/Windows Credential Manager/)
    expect(keychainMessage('locked', 'linux')).toMatch(/^The keychain is locked/)
    expect(keychainMessage('cancelled', 'darwin')).toMatch(/cancelled/)
    for (const problem of ['unavailable', 'locked', 'cancelled'] as const) {
      expect(keychainMessage(problem, 'freebsd')).toMatch(/keep the token for this run only\.$/)
    }
  })

  it('keeps the system text as detail, with the token redacted', () => {
    const error = toKeychainError(
      new Error(`failed to store ${TOKEN} in a locked collection`),
      'linux',
      TOKEN,
    )
    expect(error).toBeInstanceOf(KeychainUnavailableError)
    expect(error.problem).toBe('locked')
    expect(error.detail).toBe('failed to store [redacted] in a locked collection')
    expect(`${error.message} ${error.detail} ${String(error.stack)}`).not.toContain(TOKEN)
  })
})

function keytarWith(overrides: Partial<KeytarApi>): KeytarApi {
  return {
    getPassword: async () => null,
    setPassword: async () => undefined,
    deletePassword: async () => true,
    ...overrides,
  }
}

describe('KeychainTokenStore', () => {
  it('loads the real keytar lazily', async () => {
    const keytar = await loadKeytar()
    expect(typeof keytar.getPassword).toBe('function')
    expect(typeof keytar.setPassword).toBe('function')
    expect(typeof keytar.deletePassword).toBe('function')
  })

  it('turns a keytar that cannot load into KeychainUnavailableError, and tries again next time', async () => {
    let loads = 0
    const store = new KeychainTokenStore({
      platform: 'linux',
      loadKeytar: async () => {
        loads += 1
        if (loads === 1) throw new Error('libsecret-1.so.0: cannot open shared object file')
        return keytarWith({ getPassword: async () => 'stored-token-value' })
      },
    })
    const error = await store.get().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KeychainUnavailableError)
    expect((error as KeychainUnavailableError).problem).toBe('unavailable')
    expect((error as KeychainUnavailableError).message).toMatch(/^No keychain is available/)
    await expect(store.get()).resolves.toBe('stored-token-value')
    expect(loads).toBe(2)
  })

  it('redacts the token from a failed write', async () => {
    const store = new KeychainTokenStore({
      platform: 'darwin',
      loadKeytar: async () =>
        keytarWith({
          setPassword: async (_s, _a, password) => {
            throw new Error(`User canceled the operation for ${password}`)
          },
        }),
    })
    const error = (await store.set(TOKEN).catch((e: unknown) => e)) as KeychainUnavailableError
    expect(error.problem).toBe('cancelled')
    expect(JSON.stringify({ message: error.message, detail: error.detail })).not.toContain(TOKEN)
  })

  it('reads an empty stored value as no token', async () => {
    const store = new KeychainTokenStore({
      loadKeytar: async () => keytarWith({ getPassword: async () => '' }),
    })
    await expect(store.get()).resolves.toBeNull()
  })
})

describe('probeKeychain', () => {
  it('reports a keychain that does not answer in time as unavailable', async () => {
    const probe = await probeKeychain({
      platform: 'linux',
      timeoutMs: 50,
      loadKeytar: async () => keytarWith({ getPassword: () => new Promise<null>(() => undefined) }),
    })
    expect(probe).toEqual({ available: false, reason: keychainMessage('unavailable', 'linux') })
  })

  it('reports a locked keychain with the locked message', async () => {
    const probe = await probeKeychain({
      platform: 'linux',
      loadKeytar: async () =>
        keytarWith({
          getPassword: async () => {
            throw new Error('Cannot create an item in a locked collection')
          },
        }),
    })
    expect(probe).toEqual({ available: false, reason: keychainMessage('locked', 'linux') })
  })
})

describe('MemoryTokenStore', () => {
  it('holds the token for this process only', async () => {
    const store = new MemoryTokenStore()
    expect(store.kind).toBe('memory')
    await expect(store.get()).resolves.toBeNull()
    await store.set(TOKEN)
    await expect(store.get()).resolves.toBe(TOKEN)
    await expect(new MemoryTokenStore().get()).resolves.toBeNull()
    await store.clear()
    await expect(store.get()).resolves.toBeNull()
  })
})
