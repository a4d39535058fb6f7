/**
 * Where an export's rows come from: the cache when it holds them, the service for the rest. The
 * stats and the rows of a session the cache holds (the active session's, kept current by the
 * sync, and those of sessions a view showed) are taken from it without a request; the lists of
 * sessions and orgasms (of which the cache keeps only first pages) and the rows of the other
 * sessions are fetched, a session whose row the service says it has none of without a request.
 * Nothing fetched here is written to the cache: an export must not push out what the views use.
 */
import type { ApiClient } from '../api/client'
import { collect, offsetPages } from '../api/pagination'
import type { DataCache } from '../store/cache'
import type { GamesChangeItem, HistoryItem, Orgasm, Session, Stats } from '../../shared/api/schemas'

/** Called with how many rows of a list are in, and how many there are. */
export type PageProgress = (done: number, total: number) => void

export interface ExportSource {
  stats(signal: AbortSignal): Promise<Stats>
  sessions(signal: AbortSignal, progress: PageProgress): Promise<Session[]>
  orgasms(signal: AbortSignal, progress: PageProgress): Promise<Orgasm[]>
  histories(session: Session, signal: AbortSignal): Promise<HistoryItem[]>
  gamesChanges(session: Session, signal: AbortSignal): Promise<GamesChangeItem[]>
}

export interface ExportSourceOptions {
  client: () => ApiClient
  cache: Pick<DataCache, 'stats' | 'histories' | 'gamesChanges'>
  /** Told of every failed request (a refused token, the service out of reach). */
  onFailure: (error: unknown) => void
}

/** An export takes every row: no cap short of what no account has. */
const NO_CAP = 10_000_000

export function createExportSource({ client, cache, onFailure }: ExportSourceOptions): ExportSource {
  const fetched = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (e) {
      onFailure(e)
      throw e
    }
  }
  /** Every row of an offset-paged list, telling how far it got after each page. */
  const list = <T>(
    fetchPage: (
      offset: number,
      limit: number,
    ) => Promise<{ items: T[]; skipped: readonly unknown[]; total: number }>,
    signal: AbortSignal,
    progress: PageProgress,
  ): Promise<T[]> =>
    fetched(async () => {
      let total = 0
      let done = 0
      const pages = offsetPages<T>(
        async (offset, limit) => {
          const page = await fetchPage(offset, limit)
          total = page.total
          return page
        },
        { signal, maxItems: NO_CAP },
      )
      const rows: T[] = []
      for await (const page of pages) {
        rows.push(...page)
        done += page.length
        progress(done, Math.max(done, total))
      }
      return rows
    })

  return {
    stats: async (signal) => cache.stats()?.value ?? fetched(() => client().stats({ signal })),
    sessions: (signal, progress) =>
      list((offset, limit) => client().listSessions({ offset, limit }, { signal }), signal, progress),
    orgasms: (signal, progress) =>
      list((offset, limit) => client().listOrgasms({ offset, limit }, { signal }), signal, progress),
    async histories(session, signal) {
      const log = cache.histories(session.id)
      if (log.exists()) return log.all()
      if (session.has_history === false) return []
      return fetched(() =>
        collect(client().iterateHistories({ session: session.id }, { signal, maxItems: NO_CAP })),
      )
    },
    async gamesChanges(session, signal) {
      const log = cache.gamesChanges(session.id)
      if (log.exists()) return log.all()
      if (session.has_games_changes === false) return []
      // With the raw configs, as the cache keeps them: the rules before and after each change.
      return fetched(() =>
        collect(
          client().iterateGamesChanges({ session: session.id, include_raw: 1 }, { signal, maxItems: NO_CAP }),
        ),
      )
    },
  }
}
