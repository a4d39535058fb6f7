/**
 * One export: gathers everything the token can read (the stats, every session with its history
 * and rule changes, every orgasm) from its source, turns it into the export's files and writes
 * them. It says how far it got after each step and stops as soon as its signal aborts, leaving
 * nothing behind.
 */
import type { EXPORT_PHASES } from '../../shared/ipc/contract'
import { countsOf, exportFiles, type ExportCounts, type ExportData } from './document'
import type { ExportSource } from './source'
import { writeExportFolder } from './write'

export type ExportPhase = (typeof EXPORT_PHASES)[number]

export interface ExportProgress {
  phase: ExportPhase
  done: number
  total: number
}

export interface ExportRun {
  source: ExportSource
  /** The folder the user chose; the export is a new folder inside it. */
  parent: string
  signal: AbortSignal
  /** The export's time, written in it and naming its folder. */
  now: () => number
  onProgress: (progress: ExportProgress) => void
}

export type ExportOutcome =
  { cancelled: true } | { cancelled: false; folder: string; counts: ExportCounts; files: string[] }

/** Sessions whose rows are fetched at once: quicker than one by one, gentle on the service. */
const PARALLEL_SESSIONS = 4

class Cancelled extends Error {}

function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new Cancelled('The export was cancelled.')
}

/** `work` for every item, a few at a time, the answers in the items' order; stops at the first failure. */
async function inTurns<T, R>(
  items: readonly T[],
  signal: AbortSignal,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = []
  let next = 0
  let failed = false
  const worker = async () => {
    while (next < items.length && !failed) {
      checkCancelled(signal)
      const index = next++
      try {
        results[index] = await work(items[index] as T)
      } catch (e) {
        failed = true
        throw e
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SESSIONS, items.length) }, worker))
  return results
}

async function gather({ source, signal, onProgress }: ExportRun): Promise<ExportData> {
  checkCancelled(signal)
  onProgress({ phase: 'account', done: 0, total: 1 })
  const stats = await source.stats(signal)
  onProgress({ phase: 'account', done: 1, total: 1 })
  checkCancelled(signal)
  onProgress({ phase: 'sessions', done: 0, total: 0 })
  const sessions = await source.sessions(signal, (done, total) =>
    onProgress({ phase: 'sessions', done, total }),
  )
  checkCancelled(signal)
  onProgress({ phase: 'orgasms', done: 0, total: 0 })
  const orgasms = await source.orgasms(signal, (done, total) => onProgress({ phase: 'orgasms', done, total }))
  checkCancelled(signal)
  let done = 0
  onProgress({ phase: 'histories', done, total: sessions.length })
  const withRows = await inTurns(sessions, signal, async (session) => {
    const histories = await source.histories(session, signal)
    const gamesChanges = await source.gamesChanges(session, signal)
    onProgress({ phase: 'histories', done: ++done, total: sessions.length })
    return { session, histories, gamesChanges }
  })
  return { stats, sessions: withRows, orgasms }
}

export async function runExport(run: ExportRun): Promise<ExportOutcome> {
  const { signal } = run
  try {
    const data = await gather(run)
    checkCancelled(signal)
    const exportedAt = run.now()
    const files = exportFiles(data, exportedAt)
    run.onProgress({ phase: 'writing', done: 0, total: files.length })
    const folder = await writeExportFolder(run.parent, exportedAt, files, signal)
    if (folder === null) return { cancelled: true }
    run.onProgress({ phase: 'writing', done: files.length, total: files.length })
    return { cancelled: false, folder, counts: countsOf(data), files: files.map((f) => f.name) }
  } catch (e) {
    // Whatever a cancel interrupted (a request, a page) ends here as a cancel, not a failure.
    if (signal.aborted) return { cancelled: true }
    throw e
  }
}
