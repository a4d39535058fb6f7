import { describe, expect, it } from 'vitest'
import { historyItem, type HistoryItem } from '../../../src/shared/api/schemas'
import { lastPlay } from '../../../src/shared/games/readiness'
import { linkVotes } from '../../../src/shared/games/votes'
import { digestHistory, foldNewer, rowsNewerThan } from '../../../src/main/games/history-digest'

const SOURCES = ['DICE', 'LUCK', 'LINK', 'PENALTY', 'DOM', 'MANUAL'] as const

/** A row at minute `i` after a fixed start, as the API sends it. */
function row(i: number, source: (typeof SOURCES)[number], dom: boolean, type: 'ADD' | 'SUB'): HistoryItem {
  const at = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString().replace('T', ' ').slice(0, 19)
  return historyItem.parse({
    session: 7,
    type,
    unit: 60,
    source,
    dom: dom ? 1 : 0,
    schedule: at,
    happened: at,
  })
}

/** A pseudo-random history, oldest first (a fixed seed: the same rows on every run). */
function history(length: number, seed: number): HistoryItem[] {
  let s = seed
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  return Array.from({ length }, (_, i) =>
    row(i, SOURCES[Math.floor(next() * SOURCES.length)]!, next() < 0.3, next() < 0.5 ? 'ADD' : 'SUB'),
  )
}

const newestFirst = (rows: readonly HistoryItem[]) => [...rows].reverse()

describe('the history digest', () => {
  it('answers readiness as the whole history would, folded in batches as polls bring them', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const all = history(400, seed)
      let digest = digestHistory(7, newestFirst(all.slice(0, 50)))
      for (let end = 50; end < all.length;) {
        const next = Math.min(all.length, end + 1 + ((seed * end) % 37))
        const fresh = rowsNewerThan(digest, newestFirst(all.slice(0, next)).slice(0, 64), false)
        expect(fresh).not.toBeNull()
        digest = foldNewer(digest, fresh ?? [])
        end = next
        const held = all.slice(0, end)
        expect(lastPlay(digest.rows, 'dice')).toBe(lastPlay(held, 'dice'))
        expect(lastPlay(digest.rows, 'luck')).toBe(lastPlay(held, 'luck'))
        expect(linkVotes(digest.rows)).toEqual(linkVotes(held))
      }
      // It keeps only what readiness reads: two plays at most, and the votes.
      expect(digest.rows.length).toBeLessThanOrEqual(2 + linkVotes(all).added + linkVotes(all).removed)
    }
  })

  it('asks for the whole history when the newest rows held do not reach back to its newest', () => {
    const all = history(100, 9)
    const digest = digestHistory(7, newestFirst(all.slice(0, 10)))
    expect(rowsNewerThan(digest, newestFirst(all).slice(0, 32), false)).toBeNull()
    expect(rowsNewerThan(digest, newestFirst(all.slice(0, 10)), true)).toEqual([])
  })

  it('takes every row held into an empty digest only when they are the whole history', () => {
    const empty = digestHistory(7, [])
    const rows = newestFirst(history(5, 3))
    expect(rowsNewerThan(empty, rows, true)).toEqual(rows)
    expect(rowsNewerThan(empty, rows, false)).toBeNull()
  })
})
