/**
 * What the whole window knows about the link to the service: the sync state and the token's
 * status. Every page shows it (the banner) and every write control asks it whether it may run.
 */
import { createContext, useContext } from 'react'
import type { SyncState } from '../../../shared/ipc/contract'
import type { TokenStatus } from '../../../shared/token-status'
import { TokenContext } from '../context'
import { READ_ONLY_TEXT } from '../errorText'

export interface Connection {
  sync: SyncState | null
  token: TokenStatus | null
}

/** The sync state as main last reported it (null until read). */
export const SyncContext = createContext<SyncState | null>(null)

export function useConnection(): Connection {
  return { sync: useContext(SyncContext), token: useContext(TokenContext) }
}

export const OFFLINE_WRITE_TEXT =
  'You are offline: changes can be made once Chastity Tracker can be reached again.'
export const REFUSED_WRITE_TEXT = 'Your token was refused: set a new token to make changes.'

/** Why writes cannot run now, in words; null when they can. */
export function writeBlockReason({ sync, token }: Connection): string | null {
  if (token?.state === 'revoked' || sync?.stoppedForToken) return REFUSED_WRITE_TEXT
  if (token?.canWrite === false) return READ_ONLY_TEXT
  if (sync?.offline) return OFFLINE_WRITE_TEXT
  return null
}

export const useWriteBlock = () => writeBlockReason(useConnection())
