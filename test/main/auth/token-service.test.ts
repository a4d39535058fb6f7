import { describe, expect, it } from 'vitest'
import { MemoryTokenStore } from '../../../src/main/auth/memory-token-store'
import { TokenService, normalizeToken, type TokenValidation } from '../../../src/main/auth/token-service'
import { keychainMessage, type TokenStore } from '../../../src/main/auth/token-store'
import {
  tokenActionResultSchema,
  tokenStatusSchema,
  type TokenStatus,
} from '../../../src/shared/token-status'

const TOKEN = 'ct-token-a1b2c3d4e5f6'
const OTHER = 'ct-token-ffeeddccbbaa'

/** A keychain-kind store that can be switched into failing the way a missing Secret Service does. */
class FlakyKeychain implements TokenStore {
  readonly kind = 'keychain'
  value: string | null = null
  failing = false
  clears = 0

  async get(): Promise<string | null> {
    this.fail()
    return this.value
  }

  async set(token: string): Promise<void> {
    // The system text carries the token to prove it never reaches a message.
    if (this.failing) throw new Error(`Could not connect while storing ${token}`)
    this.value = token
  }

  async clear(): Promise<void> {
    this.fail()
    this.clears += 1
    this.value = null
  }

  private fail(): void {
    if (this.failing) throw new Error('Could not connect: No such file or directory')
  }
}

function accepting(nick = 'owner'): (token: string) => Promise<TokenValidation> {
  return async () => ({ ok: true, nick })
}

interface Harness {
  service: TokenService
  statuses: TokenStatus[]
  validated: string[]
}

function harness(
  store: TokenStore,
  validate: (token: string) => Promise<TokenValidation> = accepting(),
): Harness {
  const validated: string[] = []
  const service = new TokenService({
    store,
    platform: 'linux',
    validate: (token) => {
      validated.push(token)
      return validate(token)
    },
  })
  const statuses: TokenStatus[] = []
  service.onChange((status) => statuses.push(status))
  return { service, statuses, validated }
}

describe('normalizeToken', () => {
  it('trims whitespace and a pasted "Bearer " prefix', () => {
    expect(normalizeToken(`  ${TOKEN}\n`)).toBe(TOKEN)
    expect(normalizeToken(`Bearer ${TOKEN}`)).toBe(TOKEN)
  })

  it('rejects what cannot be a token', () => {
    for (const input of [
      '',
      '   ',
      'short',
      `${TOKEN} ${TOKEN}`,
      `${TOKEN}é`,
      `tab\tinside-token`,
      'x'.repeat(1025),
    ]) {
      expect(normalizeToken(input)).toBeNull()
    }
  })
})

describe('TokenService', () => {
  it('starts with no token and reads the stored one as unverified', async () => {
    const store = new MemoryTokenStore()
    const empty = harness(store)
    expect(empty.service.status()).toEqual({
      state: 'none',
      nick: null,
      canWrite: null,
      storage: 'memory',
      keychain: { available: false, reason: null },
    })
    await expect(empty.service.load()).resolves.toMatchObject({ state: 'none' })

    await store.set(TOKEN)
    const { service, validated } = harness(store)
    const status = await service.load()
    expect(status).toMatchObject({ state: 'unverified', nick: null, storage: 'memory' })
    expect(tokenStatusSchema.parse(status)).toEqual(status)
    expect(service.current()).toBe(TOKEN)
    expect(validated).toEqual([])
  })

  it('validates before storing, trims, and reports the owner', async () => {
    const store = new FlakyKeychain()
    const { service, statuses, validated } = harness(store, accepting('alice'))
    const result = await service.save(`\t${TOKEN}  \n`)
    expect(tokenActionResultSchema.parse(result)).toEqual(result)
    expect(result).toEqual({
      ok: true,
      status: {
        state: 'valid',
        nick: 'alice',
        canWrite: null,
        storage: 'keychain',
        keychain: { available: true, reason: null },
      },
    })
    expect(validated).toEqual([TOKEN])
    expect(store.value).toBe(TOKEN)
    expect(service.current()).toBe(TOKEN)
    expect(statuses.at(-1)).toEqual(result.status)
  })

  it('refuses a malformed token without asking the service or storing anything', async () => {
    const store = new MemoryTokenStore()
    const { service, validated, statuses } = harness(store)
    const result = await service.save('not a token')
    expect(result).toMatchObject({ ok: false, reason: 'malformed', status: { state: 'none' } })
    expect(result.ok ? '' : result.message).toMatch(/does not look like an API token/)
    expect(validated).toEqual([])
    await expect(store.get()).resolves.toBeNull()
    expect(statuses).toEqual([])
  })

  it('refuses a token the service rejects, keeping the previous one', async () => {
    const store = new MemoryTokenStore()
    let accept = true
    const { service } = harness(store, async () =>
      accept ? { ok: true, nick: 'bob' } : { ok: false, reason: 'unauthorized', message: 'HTTP 401' },
    )
    await service.save(TOKEN)
    accept = false
    const result = await service.save(OTHER)
    expect(result).toMatchObject({
      ok: false,
      reason: 'unauthorized',
      status: { state: 'valid', nick: 'bob' },
    })
    expect(result.ok ? '' : result.message).toMatch(/refused this token/)
    await expect(store.get()).resolves.toBe(TOKEN)
    expect(service.current()).toBe(TOKEN)
  })

  it('explains network and server failures and stores nothing', async () => {
    const network = harness(new MemoryTokenStore(), async () => ({
      ok: false,
      reason: 'network',
      message: 'ECONNREFUSED',
    }))
    const offline = await network.service.save(TOKEN)
    expect(offline).toMatchObject({ ok: false, reason: 'network' })
    expect(offline.ok ? '' : offline.message).toMatch(/not reachable \(ECONNREFUSED\)/)
    expect(network.service.current()).toBeNull()

    const server = harness(new MemoryTokenStore(), async () => ({
      ok: false,
      reason: 'server',
      message: 'HTTP 500',
    }))
    const broken = await server.service.save(TOKEN)
    expect(broken).toMatchObject({ ok: false, reason: 'server' })
    expect(server.service.current()).toBeNull()

    const throwing = harness(new MemoryTokenStore(), async () => {
      throw new Error('socket hang up')
    })
    await expect(throwing.service.save(TOKEN)).resolves.toMatchObject({ ok: false, reason: 'network' })
  })

  it('never lets the token into a status, result or message', async () => {
    const outputs: unknown[] = []
    const echoing = harness(new MemoryTokenStore(), async (token) => ({
      ok: false,
      reason: 'server',
      message: `bad request for Bearer ${token}`,
    }))
    outputs.push(await echoing.service.save(TOKEN))
    const throwing = harness(new MemoryTokenStore(), async (token) => {
      throw new Error(`timeout sending ${token}`)
    })
    outputs.push(await throwing.service.save(TOKEN))

    const keychain = new FlakyKeychain()
    keychain.failing = true
    const failing = harness(keychain)
    outputs.push(
      await failing.service.load(),
      await failing.service.save(TOKEN),
      await failing.service.remove(),
    )
    outputs.push(echoing.statuses, throwing.statuses, failing.statuses)

    const text = JSON.stringify(outputs)
    expect(text).toContain('[redacted]')
    expect(text).not.toContain(TOKEN)
  })

  it('reports a keychain that cannot be read, without crashing, and can fall back to memory', async () => {
    const keychain = new FlakyKeychain()
    keychain.failing = true
    const { service } = harness(keychain)
    const reason = keychainMessage('unavailable', 'linux')

    await expect(service.load()).resolves.toEqual({
      state: 'none',
      nick: null,
      canWrite: null,
      storage: 'keychain',
      keychain: { available: false, reason },
    })

    const refused = await service.save(TOKEN)
    expect(refused).toMatchObject({
      ok: false,
      reason: 'keychain',
      message: reason,
      status: { state: 'none' },
    })
    expect(service.current()).toBeNull()

    await expect(service.useMemoryOnly()).resolves.toMatchObject({
      storage: 'memory',
      keychain: { available: false },
    })
    await expect(service.save(TOKEN)).resolves.toMatchObject({
      ok: true,
      status: { state: 'valid', storage: 'memory' },
    })
    expect(service.current()).toBe(TOKEN)
    expect(keychain.value).toBeNull()
  })

  it('keeps a token for this run only on request, dropping the stale one from the keychain', async () => {
    const keychain = new FlakyKeychain()
    keychain.value = OTHER
    const { service } = harness(keychain)
    await service.load()
    const result = await service.save(TOKEN, { memoryOnly: true })
    expect(result).toMatchObject({ ok: true, status: { storage: 'memory', state: 'valid' } })
    expect(keychain.value).toBeNull()
    expect(service.current()).toBe(TOKEN)
  })

  it('carries a held token over when switching to memory, and removes it from both stores', async () => {
    const keychain = new FlakyKeychain()
    keychain.value = TOKEN
    const { service } = harness(keychain)
    await service.load()
    await service.useMemoryOnly()
    expect(service.current()).toBe(TOKEN)
    expect(keychain.value).toBe(TOKEN)
    await expect(service.remove()).resolves.toMatchObject({
      ok: true,
      status: { state: 'none', storage: 'memory' },
    })
    expect(keychain.value).toBeNull()
    expect(service.current()).toBeNull()
  })

  it('removes the token from the store', async () => {
    const keychain = new FlakyKeychain()
    const { service } = harness(keychain)
    await service.save(TOKEN)
    await expect(service.remove()).resolves.toMatchObject({ ok: true, status: { state: 'none', nick: null } })
    expect(keychain.value).toBeNull()
    expect(service.current()).toBeNull()
  })

  it('forgets the token even when the keychain cannot delete it, and says so', async () => {
    const keychain = new FlakyKeychain()
    const { service } = harness(keychain)
    await service.save(TOKEN)
    keychain.failing = true
    const result = await service.remove()
    expect(result).toMatchObject({ ok: false, reason: 'keychain', status: { state: 'none' } })
    expect(result.ok ? '' : result.message).toMatch(/could not be removed from the keychain/)
    expect(service.current()).toBeNull()
  })

  it('tracks write permission and revocation, keeping the rest', async () => {
    const { service } = harness(new MemoryTokenStore(), accepting('carol'))
    await service.save(TOKEN)
    service.markReadOnly()
    expect(service.status()).toMatchObject({ state: 'valid', canWrite: false })
    service.markWritable()
    expect(service.status()).toMatchObject({ canWrite: true })
    service.markRevoked()
    expect(service.status()).toMatchObject({ state: 'revoked', nick: 'carol', canWrite: true })
    expect(service.current()).toBe(TOKEN)
  })

  it('ignores answers about a token that has since been replaced, by its id', async () => {
    const { service } = harness(new MemoryTokenStore(), accepting('frank'))
    await service.save(TOKEN)
    const old = service.lease()
    expect(old?.token).toBe(TOKEN)
    await service.save(OTHER)
    const fresh = service.lease()
    expect(fresh?.token).toBe(OTHER)
    expect(fresh?.id).not.toBe(old?.id)
    expect(service.currentTokenId()).toBe(fresh?.id)

    service.markRevoked(old?.id)
    service.markReadOnly(old?.id)
    service.markWritable(old?.id)
    service.markVerified('someone else', old?.id)
    expect(service.status()).toMatchObject({ state: 'valid', nick: 'frank', canWrite: null })

    service.markReadOnly(fresh?.id)
    expect(service.status().canWrite).toBe(false)
    service.markRevoked(fresh?.id)
    expect(service.status().state).toBe('revoked')
  })

  it('gives a token a new id whenever the held token changes, and keeps it otherwise', async () => {
    const store = new MemoryTokenStore()
    await store.set(TOKEN)
    const { service } = harness(store)
    expect(service.lease()).toBeNull()
    expect(service.currentTokenId()).toBeNull()
    await service.load()
    const loaded = service.currentTokenId()
    expect(loaded).not.toBeNull()
    await service.useMemoryOnly()
    await service.verify()
    expect(service.currentTokenId()).toBe(loaded)
    await service.save(TOKEN)
    expect(service.currentTokenId()).toBe(loaded)
    await service.remove()
    expect(service.currentTokenId()).toBeNull()
    await service.save(TOKEN)
    // The same text held again after a removal is a new holding: answers from before are stale.
    expect(service.currentTokenId()).not.toBe(loaded)
    service.markRevoked(loaded ?? undefined)
    expect(service.status().state).toBe('valid')
  })

  it('ignores marks when there is no token', () => {
    const { service, statuses } = harness(new MemoryTokenStore())
    service.markRevoked()
    service.markWritable()
    service.markVerified('nobody')
    expect(service.status().state).toBe('none')
    expect(statuses).toEqual([])
  })

  it('verifies a loaded token: valid, revoked, or still unverified when offline', async () => {
    const store = new MemoryTokenStore()
    await store.set(TOKEN)
    let answer: TokenValidation = { ok: false, reason: 'network', message: 'offline' }
    const { service } = harness(store, async () => answer)
    await service.load()
    await expect(service.verify()).resolves.toMatchObject({ state: 'unverified' })
    answer = { ok: true, nick: 'dave' }
    await expect(service.verify()).resolves.toMatchObject({ state: 'valid', nick: 'dave' })
    answer = { ok: false, reason: 'unauthorized', message: '401' }
    await expect(service.verify()).resolves.toMatchObject({ state: 'revoked', nick: 'dave' })
  })

  it('marks a loaded token verified when another call proves it', async () => {
    const store = new MemoryTokenStore()
    await store.set(TOKEN)
    const { service } = harness(store)
    await service.load()
    service.markVerified('erin', service.currentTokenId() ?? undefined)
    expect(service.status()).toMatchObject({ state: 'valid', nick: 'erin' })
  })

  it('notifies listeners of real changes only, until unsubscribed', async () => {
    const service = new TokenService({ store: new MemoryTokenStore(), validate: accepting() })
    const seen: string[] = []
    const unsubscribe = service.onChange((status) => seen.push(`${status.state}:${String(status.canWrite)}`))
    await service.save(TOKEN)
    service.markWritable()
    service.markWritable()
    unsubscribe()
    service.markReadOnly()
    expect(seen).toEqual(['valid:null', 'valid:true'])
  })

  it('applies saves in order, so a slow validation cannot overwrite a newer token', async () => {
    const store = new MemoryTokenStore()
    let releaseFirst: () => void = () => undefined
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve
    })
    const { service } = harness(store, async (token) => {
      if (token === TOKEN) await firstHeld
      return { ok: true, nick: token === TOKEN ? 'first' : 'second' }
    })
    const first = service.save(TOKEN)
    const second = service.save(OTHER)
    releaseFirst()
    await Promise.all([first, second])
    expect(service.current()).toBe(OTHER)
    expect(service.status().nick).toBe('second')
    await expect(store.get()).resolves.toBe(OTHER)
  })

  it('returns status copies that callers cannot use to change the state', async () => {
    const { service } = harness(new MemoryTokenStore())
    const status = service.status()
    status.keychain.available = true
    status.state = 'valid'
    expect(service.status()).toMatchObject({ state: 'none', keychain: { available: false } })
  })
})

describe('TokenService: remembered write permission', () => {
  function permissionMemory() {
    const saved: (boolean | null)[] = []
    let value: boolean | null = null
    return {
      saved,
      load: () => value,
      save: (canWrite: boolean | null) => {
        value = canWrite
        saved.push(canWrite)
      },
    }
  }

  it('a read-only mark survives a restart with the same token, and is dropped with a new token', async () => {
    const store = new MemoryTokenStore()
    const permission = permissionMemory()
    const first = new TokenService({ store, validate: accepting(), permission })
    await first.save(TOKEN)
    first.markReadOnly()
    expect(permission.saved.at(-1)).toBe(false)

    const second = new TokenService({ store, validate: accepting(), permission })
    expect((await second.load()).canWrite).toBe(false)
    second.markWritable()
    expect(permission.saved.at(-1)).toBe(true)

    await second.save(OTHER)
    expect(second.status().canWrite).toBeNull()
    expect(permission.saved.at(-1)).toBeNull()
    const third = new TokenService({ store, validate: accepting(), permission })
    expect((await third.load()).canWrite).toBeNull()
  })

  it('with no token stored, nothing remembered is applied', async () => {
    const permission = permissionMemory()
    permission.save(false)
    const service = new TokenService({ store: new MemoryTokenStore(), validate: accepting(), permission })
    expect((await service.load()).canWrite).toBeNull()
  })
})
