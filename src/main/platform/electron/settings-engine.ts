import Store from 'electron-store'
import type { DocumentEngine } from '../../store/json-document'

/**
 * The settings file through electron-store, conf made for Electron (its folder and the app's
 * version): the same reads, writes and validation as every other document, which conf does where
 * Electron is absent.
 */
export const electronStoreEngine: DocumentEngine = ({ configName, ...options }) =>
  new Store<Record<string, unknown>>({
    ...options,
    ...(configName !== undefined ? { name: configName } : {}),
  })
