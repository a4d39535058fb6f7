/**
 * The sync engine's view of the data cache: what it reads and writes between polls.
 */
import type { GamesChangeItem, HistoryItem, Session } from '../../shared/api/schemas'
import type { DataCache } from '../store/cache'
import type { SyncCache } from './engine'

/** Markers of reached ends share the cache's marker list, under their own prefix. */
const REACHED_PREFIX = 'seen:'

export function createSyncCache(cache: DataCache): SyncCache {
  return {
    getActiveSession: () => {
      const snap = cache.snapshot()
      return snap.lastSyncAt === null && snap.activeSession === null
        ? undefined
        : (snap.activeSession as Session | null)
    },
    setActiveSession: (activeSession) => {
      // Unchanged on most polls: no write then.
      if (JSON.stringify(cache.snapshot().activeSession) !== JSON.stringify(activeSession)) {
        cache.update({ activeSession })
      }
    },
    getHistories: (sessionId) => (cache.history(sessionId)?.items as HistoryItem[] | undefined) ?? null,
    setHistories: (sessionId, items) =>
      cache.update({ histories: { [sessionId]: { items, newestMarker: null, complete: true } } }),
    getGamesChanges: (sessionId) =>
      (cache.gamesChanges(sessionId)?.items as GamesChangeItem[] | undefined) ?? null,
    setGamesChanges: (sessionId, items) =>
      cache.update({
        gamesChanges: { [sessionId]: { items, newestMarker: null, complete: true, total: null } },
      }),
    getSyncStatus: () => {
      const snap = cache.snapshot()
      return { lastSyncAt: snap.lastSyncAt, lastError: snap.lastSyncError }
    },
    setSyncStatus: ({ lastSyncAt, lastError }) => cache.update({ lastSyncAt, lastSyncError: lastError }),
    hasEndReached: (id) => cache.hasNotified(REACHED_PREFIX + id),
    addEndReached: (id) => cache.markNotified([REACHED_PREFIX + id]),
  }
}
