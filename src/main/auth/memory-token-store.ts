import type { TokenStore } from './token-store'

/**
 * Holds the token in this process only: for "keep the token for this run only" and for the
 * browser harness. It never writes the token anywhere.
 */
export class MemoryTokenStore implements TokenStore {
  readonly kind = 'memory'
  private token: string | null = null

  async get(): Promise<string | null> {
    return this.token
  }

  async set(token: string): Promise<void> {
    this.token = token
  }

  async clear(): Promise<void> {
    this.token = null
  }
}
