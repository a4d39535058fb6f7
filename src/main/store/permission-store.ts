/**
 * Remembers whether the stored token may write, once a write has shown it, so a read-only token
 * is explained from the start after a restart. Holds one flag, never the token.
 */
import { z } from 'zod'
import type { KeyValueFile } from './json-store'

const stored = z.object({ canWrite: z.boolean().nullable() })

export function createPermissionStore(file: KeyValueFile): {
  load(): boolean | null
  save(canWrite: boolean | null): void
} {
  return {
    load() {
      try {
        const parsed = stored.safeParse(file.read())
        return parsed.success ? parsed.data.canWrite : null
      } catch {
        return null
      }
    },
    save(canWrite) {
      try {
        file.write({ canWrite })
      } catch {
        // Only a convenience: the next refused write marks the token again.
      }
    },
  }
}
