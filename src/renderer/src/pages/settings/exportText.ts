/** The words of the export: how far it got, what it wrote, why it stopped. */
import type { ChannelOutput, EventPayload } from '../../../../shared/ipc/contract'
import type { AppError } from '../../../../shared/ipc/errors'
import { errorText } from '../../errorText'
import type { Connection } from '../../shell/connection'

export type ExportProgress = EventPayload<'export:progress'>
export type ExportResult = ChannelOutput<'export:run'>

const count = (n: number, locale: string | undefined) => new Intl.NumberFormat(locale).format(n)

/** "Histories: 12 of 40 sessions"; a list's total is known once its first page is in. */
export function progressText(p: ExportProgress, locale: string | undefined): string {
  const of = (what: string, unit = '') =>
    p.total > 0 ? `${what}: ${count(p.done, locale)} of ${count(p.total, locale)}${unit}` : `${what}…`
  switch (p.phase) {
    case 'account':
      return 'Your account…'
    case 'sessions':
      return of('Sessions')
    case 'orgasms':
      return of('Orgasms')
    case 'histories':
      return of('Histories', ' sessions')
    case 'writing':
      return 'Writing the files…'
  }
}

const plural = (n: number, one: string, many: string, locale: string | undefined) =>
  `${count(n, locale)} ${n === 1 ? one : many}`

/** What an export wrote, and where; what the user is told when it stopped without writing. */
export function resultText(result: ExportResult, locale: string | undefined): string {
  if (result.cancelled) {
    return result.folder === null
      ? 'No folder chosen: nothing was exported.'
      : 'Export cancelled: no files were written.'
  }
  const c = result.counts
  if (c === null || result.folder === null) return 'Export finished.'
  return (
    `Exported ${plural(c.sessions, 'session', 'sessions', locale)}, ` +
    `${plural(c.histories, 'history row', 'history rows', locale)}, ` +
    `${plural(c.gamesChanges, 'rule change', 'rule changes', locale)} and ` +
    `${plural(c.orgasms, 'orgasm', 'orgasms', locale)} to ${result.folder}`
  )
}

/** Why an export stopped; nothing was written then. */
export function failureText(error: AppError): string {
  // The app's own words about the folder it could not write to say what to do already.
  const why = error.code === 'export-write' ? error.message : errorText(error)
  return `The export stopped, and no files were written. ${why}`
}

/** Why an export cannot run now (it needs the service for what this computer does not hold); null when it can. */
export function exportBlockReason({ sync, token }: Connection): string | null {
  if (token?.state === 'none') return 'Set your API token first: the export reads your data with it.'
  if (token?.state === 'revoked' || sync?.stoppedForToken)
    return 'Your token was refused: set a new token to export your data.'
  if (sync?.offline) return 'You are offline: the export can run once Chastity Tracker can be reached again.'
  return null
}
