import { describe, expect, it } from 'vitest'
import { historyItem } from '../../src/shared/api/schemas'
import { linkVotes, linkVotesText } from '../../src/shared/games/votes'

const row = (over: Record<string, unknown>) =>
  historyItem.parse({
    session: 7,
    type: 'ADD',
    unit: 3600,
    source: 'LINK',
    dom: 0,
    schedule: '2026-12-24 11:00:00',
    happened: '2026-11-30 08:00:00',
    ...over,
  })

describe('link votes', () => {
  it('counts public LINK votes by direction, not the dom’s, penalties or other games', () => {
    const history = [
      row({}),
      row({ type: 'ADD' }),
      row({ type: 'SUB' }),
      row({ dom: 1 }),
      row({ source: 'PENALTY' }),
      row({ source: 'DICE' }),
      row({ type: 'START', unit: null }),
    ]
    expect(linkVotes(history)).toEqual({ added: 2, removed: 1 })
  })

  it('says so in plain words, and when there are none', () => {
    expect(linkVotesText({ added: 3, removed: 1 })).toBe('Votes so far: 3 added, 1 taken off')
    expect(linkVotesText({ added: 0, removed: 0 })).toBe('No votes yet')
  })
})
