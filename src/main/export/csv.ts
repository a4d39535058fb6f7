/**
 * Rows as CSV for spreadsheets (RFC 4180): a header row of field names, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled. Nested values (objects,
 * arrays) are written as JSON text, null and absent fields as empty cells. UTF-8 without a BOM
 * is the caller's to write.
 */
import type { ExportRow } from './rows'

const NEEDS_QUOTES = /[",\r\n]/

/** One cell's text. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : (JSON.stringify(value) ?? '')
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * The columns of `rows`: `first` in that order, then any other field in the order first met (the
 * API may add fields, and an export keeps them).
 */
export function csvColumns(rows: readonly ExportRow[], first: readonly string[]): string[] {
  const columns = new Set(first)
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key)
  return [...columns]
}

/** The whole table: the header, then one line per row, each ended by CRLF. */
export function toCsv(rows: readonly ExportRow[], first: readonly string[]): string {
  const columns = csvColumns(rows, first)
  const lines = [columns.map(csvField).join(',')]
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','))
  return `${lines.join('\r\n')}\r\n`
}
