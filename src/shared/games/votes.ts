/**
 * The public votes on the session's LINK game so far, from its history: a vote is a LINK row the
 * dom did not make (`dom` 0), ADD or SUB. The owner's own vote would come back as a PENALTY row,
 * which is not a vote; the app never votes itself.
 */
import type { HistoryItem } from '../api/schemas'

export interface LinkVotes {
  added: number
  removed: number
}

/** Whether a history row is a public vote. */
export function isVote(row: HistoryItem): boolean {
  return row.source === 'LINK' && !row.dom && (row.type === 'ADD' || row.type === 'SUB')
}

export function linkVotes(history: readonly HistoryItem[]): LinkVotes {
  let added = 0
  let removed = 0
  for (const row of history) {
    if (!isVote(row)) continue
    if (row.type === 'ADD') added++
    else if (row.type === 'SUB') removed++
  }
  return { added, removed }
}

/** "Votes so far: 3 added, 1 taken off"; "No votes yet" before the first. */
export function linkVotesText({ added, removed }: LinkVotes): string {
  if (added === 0 && removed === 0) return 'No votes yet'
  return `Votes so far: ${added} added, ${removed} taken off`
}
