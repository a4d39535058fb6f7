/**
 * What an export writes, from what it gathered: one JSON document with everything (each session
 * with its history and rule changes) and one CSV table per kind of row, with how many rows of
 * each it holds. Pure: the exporter writes the files.
 */
import type { GamesChangeItem, HistoryItem, Orgasm, Session, Stats } from '../../shared/api/schemas'
import { toCsv } from './csv'
import { gamesChangeRow, historyRow, isoUtc, orgasmRow, sessionRow, statsRow } from './rows'

export const EXPORT_FORMAT = 'chastity-tracker-export'
export const EXPORT_VERSION = 1

/** Everything the token can read, as gathered. */
export interface ExportData {
  stats: Stats
  sessions: { session: Session; histories: HistoryItem[]; gamesChanges: GamesChangeItem[] }[]
  orgasms: Orgasm[]
}

export interface ExportCounts {
  sessions: number
  histories: number
  gamesChanges: number
  orgasms: number
}

export interface ExportFile {
  name: string
  text: string
}

export const FILE_NAMES = {
  json: 'chastity-tracker-export.json',
  sessions: 'sessions.csv',
  histories: 'histories.csv',
  gamesChanges: 'games_changes.csv',
  orgasms: 'orgasms.csv',
} as const

// The documented fields first, in the documentation's order; fields the API adds follow.
const SESSION_COLUMNS = [
  'id',
  'start',
  'end',
  'scheduledend',
  'active',
  'lockedby',
  'notes',
  'public',
  'timezonestart',
  'timezoneend',
  'inserted',
  'has_history',
  'has_games_changes',
  'games',
]
const HISTORY_COLUMNS = ['session', 'type', 'unit', 'source', 'dom', 'schedule', 'happened']
const GAMES_CHANGE_COLUMNS = [
  'id',
  'session',
  'game',
  'action',
  'dom_nick',
  'happened',
  'before',
  'after',
  'changes',
]
const ORGASM_COLUMNS = ['id', 'date', 'mode', 'public', 'type', 'grantedby', 'inserted']

export function countsOf(data: ExportData): ExportCounts {
  let histories = 0
  let gamesChanges = 0
  for (const s of data.sessions) {
    histories += s.histories.length
    gamesChanges += s.gamesChanges.length
  }
  return { sessions: data.sessions.length, histories, gamesChanges, orgasms: data.orgasms.length }
}

/** The JSON document: the account's stats, the sessions with their rows, the orgasms. */
export function exportDocument(data: ExportData, exportedAt: number): string {
  const document = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoUtc(exportedAt),
    account: statsRow(data.stats),
    sessions: data.sessions.map((s) => ({
      ...sessionRow(s.session),
      histories: s.histories.map(historyRow),
      games_changes: s.gamesChanges.map(gamesChangeRow),
    })),
    orgasms: data.orgasms.map(orgasmRow),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Every file of an export, the JSON document first. */
export function exportFiles(data: ExportData, exportedAt: number): ExportFile[] {
  const histories = data.sessions.flatMap((s) => s.histories.map(historyRow))
  const gamesChanges = data.sessions.flatMap((s) => s.gamesChanges.map(gamesChangeRow))
  return [
    { name: FILE_NAMES.json, text: exportDocument(data, exportedAt) },
    {
      name: FILE_NAMES.sessions,
      text: toCsv(
        data.sessions.map((s) => sessionRow(s.session)),
        SESSION_COLUMNS,
      ),
    },
    { name: FILE_NAMES.histories, text: toCsv(histories, HISTORY_COLUMNS) },
    { name: FILE_NAMES.gamesChanges, text: toCsv(gamesChanges, GAMES_CHANGE_COLUMNS) },
    { name: FILE_NAMES.orgasms, text: toCsv(data.orgasms.map(orgasmRow), ORGASM_COLUMNS) },
  ]
}
