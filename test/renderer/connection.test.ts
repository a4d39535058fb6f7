import { describe, expect, it } from 'vitest'
import type { SyncState } from '../../src/shared/ipc/contract'
import type { TokenStatus } from '../../src/shared/token-status'
import { READ_ONLY_TEXT } from '../../src/renderer/src/errorText'
import {
  OFFLINE_WRITE_TEXT,
  REFUSED_WRITE_TEXT,
  writeBlockReason,
} from '../../src/renderer/src/shell/connection'

const sync = (over: Partial<SyncState> = {}): SyncState => ({
  lastSyncAt: 1,
  lastError: null,
  offline: false,
  syncing: false,
  stoppedForToken: false,
  ...over,
})

const token = (over: Partial<TokenStatus> = {}): TokenStatus => ({
  state: 'valid',
  nick: 'sub',
  canWrite: null,
  storage: 'keychain',
  keychain: { available: true, reason: null },
  ...over,
})

describe('writeBlockReason', () => {
  it('lets writes run with a working token online, also before the first write tells', () => {
    expect(writeBlockReason({ sync: sync(), token: token() })).toBeNull()
    expect(writeBlockReason({ sync: null, token: token({ canWrite: true }) })).toBeNull()
  })

  it('blocks writes offline, with a read-only token and with a refused token, saying why', () => {
    expect(writeBlockReason({ sync: sync({ offline: true }), token: token() })).toBe(OFFLINE_WRITE_TEXT)
    expect(writeBlockReason({ sync: sync(), token: token({ canWrite: false }) })).toBe(READ_ONLY_TEXT)
    expect(writeBlockReason({ sync: sync(), token: token({ state: 'revoked' }) })).toBe(REFUSED_WRITE_TEXT)
    expect(writeBlockReason({ sync: sync({ stoppedForToken: true }), token: token() })).toBe(
      REFUSED_WRITE_TEXT,
    )
  })

  it('names the token first: a new token is what the user must act on, not the network', () => {
    expect(
      writeBlockReason({
        sync: sync({ offline: true, stoppedForToken: true }),
        token: token({ canWrite: false }),
      }),
    ).toBe(REFUSED_WRITE_TEXT)
  })
})
