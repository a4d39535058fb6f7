/** Orgasms counted per month and mode, for a stacked bar chart. */
import { ORGASM_MODES, type Orgasm, type OrgasmMode } from '../../../shared/api/schemas'

export type MonthRow = { month: string } & Record<OrgasmMode, number>

const emptyRow = (month: string): MonthRow => ({ month, full: 0, ruined: 0, milking: 0, dom: 0, ted: 0 })

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** One row per month from the first to the last (empty months included, so gaps show). */
export function frequencyByMonth(orgasms: readonly Pick<Orgasm, 'date' | 'mode'>[]): MonthRow[] {
  const counts = new Map<string, MonthRow>()
  for (const o of orgasms) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date) || !ORGASM_MODES.includes(o.mode)) continue
    const month = o.date.slice(0, 7)
    const row = counts.get(month) ?? emptyRow(month)
    row[o.mode]++
    counts.set(month, row)
  }
  const months = [...counts.keys()].sort()
  const first = months[0]
  const last = months[months.length - 1]
  if (first === undefined || last === undefined) return []
  const rows: MonthRow[] = []
  for (let m = first; m <= last; m = nextMonth(m)) rows.push(counts.get(m) ?? emptyRow(m))
  return rows
}

export const monthTotal = (row: MonthRow): number => ORGASM_MODES.reduce((a, m) => a + row[m], 0)

export interface FrequencySummary {
  total: number
  first: string
  last: string
  /** The month with the most (the earliest of equals), and how many. */
  busiest: { month: string; count: number }
  emptyMonths: number
}

/** The key facts of the monthly counts; null when there are no rows. */
export function summarizeFrequency(rows: readonly MonthRow[]): FrequencySummary | null {
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (first === undefined || last === undefined) return null
  let total = 0
  let emptyMonths = 0
  let busiest = { month: first.month, count: monthTotal(first) }
  for (const row of rows) {
    const count = monthTotal(row)
    total += count
    if (count === 0) emptyMonths++
    if (count > busiest.count) busiest = { month: row.month, count }
  }
  return { total, first: first.month, last: last.month, busiest, emptyMonths }
}

/** The latest date ("YYYY-MM-DD") among the rows, or null. */
export function latestDate(orgasms: readonly Pick<Orgasm, 'date'>[]): string | null {
  let latest: string | null = null
  for (const o of orgasms) if (latest === null || o.date > latest) latest = o.date
  return latest
}
