/**
 * Remembers whether the stored token may write, once a write has shown it, so a read-only token
 * is explained from the start after a restart. Holds one flag, never the token.
 */
import { z } from 'zod'
import { JsonDocument } from './json-document'

const stored = z.object({ canWrite: z.boolean().nullable() })

export function createPermissionStore(options: { dir: string; now: () => number }): {
  load(): boolean | null
  save(canWrite: boolean | null): void
} {
  // Only a convenience: a damaged file is set aside and the next refused write marks the token again.
  const file = new JsonDocument({
    dir: options.dir,
    name: 'token-permission',
    schema: stored,
    now: options.now,
    subject: 'The file token-permission.json',
    consequence: "so the token's write permission is learned again",
  })
  return {
    load: () => file.get()?.canWrite ?? null,
    save: (canWrite) => file.set({ canWrite }),
  }
}
