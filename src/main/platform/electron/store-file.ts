import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Store from 'electron-store'
import { CorruptFileError, type KeyValueFile } from '../../store/json-store'

/**
 * A JSON document kept by electron-store in the app's user-data folder. Validation, backups of a
 * damaged file and defaults are the stores' job (src/main/store); this only reads and writes.
 */
export function electronStoreFile(cwd: string, name: string): KeyValueFile {
  const path = join(cwd, `${name}.json`)
  let store: Store<Record<string, unknown>> | null = null
  // conf re-reads the file on every access of `store`, so one instance sees outside edits too.
  const open = () => (store ??= new Store<Record<string, unknown>>({ name, cwd, clearInvalidConfig: false }))
  return {
    path,
    read() {
      if (!existsSync(path)) return undefined
      try {
        return open().store
      } catch (e) {
        store = null
        throw new CorruptFileError(e instanceof Error ? e.message : String(e))
      }
    },
    write(value) {
      open().store = value as Record<string, unknown>
    },
    moveAside(at) {
      store = null
      if (!existsSync(path)) return null
      const target = join(cwd, `${name}.corrupt-${new Date(at).toISOString().replace(/[:.]/g, '-')}.json`)
      renameSync(path, target)
      return target
    },
  }
}
