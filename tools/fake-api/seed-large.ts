/** The `large` seed: many finished sessions and one active session with a very long history. */
import { DAY_MS, HOUR_MS, MAX_PAST_MS } from './format'
import {
  type RuleStep,
  type SeedContext,
  floorMinute,
  netSeconds,
  randomSteps,
  scaleToNet,
  seedSession,
  writeRuleChain,
  writeTrail,
} from './seed-kit'
import { seedOrgasms } from './seed-demo'
import type { DiceConfig } from './types'

export interface LargeSizes {
  sessions: number
  historyRows: number
  gamesChanges: number
}

const DICE: DiceConfig = {
  dices: 2,
  addunit: 'HOUR',
  waitint: 1,
  waitunit: 'HOUR',
  minmultiplier: 1,
  maxmultiplier: 2,
  penalties: null,
}

export function seedLarge(ctx: SeedContext, sizes: LargeSizes): void {
  const { state, rng, now } = ctx
  const main = state.mainUserId
  // historyRows counts every row of the session, its START row included.
  const steps = randomSteps(rng, Math.max(0, sizes.historyRows - 1))
  scaleToNet(steps, 60 * 86_400)
  const finalEnd = floorMinute(now + rng.int(2, 5) * DAY_MS)
  const startSchedule = finalEnd - netSeconds(steps) * 1000
  const start = floorMinute(Math.min(now - 90 * DAY_MS, startSchedule - DAY_MS))
  const active = seedSession(ctx, main, start, null, {
    lockedby: 'Mistress',
    public: 1,
    linkToken: rng.hex(32),
  })
  const span = now - start
  const rules: RuleStep[] = [{ game: 'DICE', after: DICE, domNick: 'Mistress', happened: start + 1000 }]
  for (let i = 1; i < sizes.gamesChanges; i++) {
    const happened = start + Math.floor((span * i) / sizes.gamesChanges) + rng.int(0, 999)
    rules.push({ game: 'DICE', after: { ...DICE, dices: 1 + (i % 4) }, domNick: 'Mistress', happened })
  }
  active.games = writeRuleChain(ctx, active.id, rules)
  active.scheduledEnd = writeTrail(ctx, active.id, steps, startSchedule, start, now - 60_000)

  // Finished sessions share the years before the active one evenly (all within the 20-year limit).
  const earliest = now - MAX_PAST_MS + 30 * DAY_MS
  const slot = (start - earliest) / Math.max(1, sizes.sessions)
  for (let i = 0; i < sizes.sessions; i++) {
    const slotEnd = start - slot * i
    const end = floorMinute(slotEnd - slot * rng.float(0.05, 0.3))
    const length = Math.max(HOUR_MS, Math.floor(slot * rng.float(0.3, 0.6)))
    seedSession(ctx, main, floorMinute(end - length), end, { scheduledEnd: rng.chance(0.3) ? end : null })
  }
  seedOrgasms(ctx, main, 500, 3 * 365)
  // One session of the other user, for the not-owned (404) rules.
  seedSession(ctx, state.otherUserId, floorMinute(now - 10 * DAY_MS), floorMinute(now - 9 * DAY_MS))
}
