/** Builds a fresh state for a seed: the users, their tokens and (for demo/large) their data. */
import { parseOffsetMinutes } from '../../src/shared/api/time'
import { createState } from './db'
import { Rng, deriveSeed } from './prng'
import { seedDemo } from './seed-demo'
import { seedLarge } from './seed-large'
import type { FakeApiState, SeedName } from './types'

export interface SeedOptions {
  seed: SeedName
  seedNumber: number
  token: string
  readOnlyToken: string
  otherUserToken: string
  largeSessions: number
  largeHistoryRows: number
  largeGamesChanges: number
  userOffset: string
}

export const MAIN_USER_ID = 1
export const OTHER_USER_ID = 2

export function buildState(opts: SeedOptions, now: number): FakeApiState {
  const offsetMinutes = parseOffsetMinutes(opts.userOffset)
  if (offsetMinutes === null) throw new Error(`Invalid user offset '${opts.userOffset}'`)
  const state = createState({
    seed: opts.seed,
    seedNumber: opts.seedNumber,
    mainUserId: MAIN_USER_ID,
    otherUserId: OTHER_USER_ID,
    users: [
      {
        id: MAIN_USER_ID,
        nick: 'Tester',
        offsetMinutes,
        profileUrl: 'https://www.chastitytracker.org/profile/Tester',
      },
      { id: OTHER_USER_ID, nick: 'OtherUser', offsetMinutes, profileUrl: null },
    ],
    tokens: [
      [opts.token, { userId: MAIN_USER_ID, write: true }],
      [opts.readOnlyToken, { userId: MAIN_USER_ID, write: false }],
      [opts.otherUserToken, { userId: OTHER_USER_ID, write: true }],
    ],
  })
  const ctx = { state, rng: new Rng(deriveSeed(opts.seedNumber, opts.seed)), now, offsetMinutes }
  if (opts.seed === 'demo') seedDemo(ctx)
  if (opts.seed === 'large') {
    seedLarge(ctx, {
      sessions: opts.largeSessions,
      historyRows: opts.largeHistoryRows,
      gamesChanges: opts.largeGamesChanges,
    })
  }
  return state
}
