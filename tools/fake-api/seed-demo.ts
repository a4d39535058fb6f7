/** The `demo` seed: a realistic account with six months of history and one live, game-rich session. */
import { insertOrgasm } from './db'
import { DAY_MS, HOUR_MS, dateAt } from './format'
import {
  type SeedContext,
  type RuleStep,
  floorMinute,
  netSeconds,
  randomSteps,
  seedSession,
  writeRuleChain,
  writeTrail,
} from './seed-kit'
import type { DiceConfig, LinkConfig, LuckConfig, OrgasmMode } from './types'

export const DOM_NICK = 'Mistress'

const DICE_START: DiceConfig = {
  dices: 2,
  addunit: 'HOUR',
  waitint: 30,
  waitunit: 'MINUTE',
  minmultiplier: 1,
  maxmultiplier: 2,
  penalties: null,
}
const LINK_START: LinkConfig = {
  addint: 1,
  addunit: 'HOUR',
  subint: 30,
  subunit: 'MINUTE',
  waitint: 1,
  minmultiplier: 1,
  maxmultiplier: 1,
}
const LUCK_START: LuckConfig = {
  addint: 2,
  addunit: 'HOUR',
  subint: 1,
  subunit: 'HOUR',
  waitint: 6,
  waitunit: 'HOUR',
  minmultiplier: 1,
  maxmultiplier: 2,
  penalties: null,
}

function seedActive(ctx: SeedContext, userId: number): void {
  const { rng, now } = ctx
  const steps = randomSteps(rng, rng.int(60, 150))
  const finalEnd = floorMinute(now + rng.int(2, 5) * DAY_MS + rng.int(0, 23) * HOUR_MS)
  const startSchedule = finalEnd - netSeconds(steps) * 1000
  const start = floorMinute(Math.min(now - rng.int(6, 12) * DAY_MS, startSchedule - rng.int(1, 3) * DAY_MS))
  const session = seedSession(ctx, userId, start, null, {
    lockedby: DOM_NICK,
    notes: 'Locked for the holidays',
    public: 1,
    inserted: start,
    linkToken: rng.hex(32),
  })
  const span = now - start
  const at = (fraction: number) => start + Math.floor(span * fraction) + rng.int(0, 999)
  const rules: RuleStep[] = [
    { game: 'DICE', after: DICE_START, domNick: DOM_NICK, happened: start + 10_000 },
    { game: 'LINK', after: LINK_START, domNick: DOM_NICK, happened: start + 10_000 },
    { game: 'LUCK', after: LUCK_START, domNick: DOM_NICK, happened: start + 10_000 },
    {
      game: 'DICE',
      after: { ...DICE_START, dices: 3, waitint: 15, minmultiplier: 2, maxmultiplier: 3 },
      domNick: DOM_NICK,
      happened: at(0.3),
    },
    {
      game: 'LINK',
      after: { ...LINK_START, waitint: 3, maxmultiplier: 1.5 },
      domNick: null,
      happened: at(0.45),
    },
    { game: 'LUCK', after: { ...LUCK_START, maxmultiplier: 2.5 }, domNick: DOM_NICK, happened: at(0.55) },
    {
      game: 'DICE',
      after: {
        ...DICE_START,
        dices: 3,
        waitint: 15,
        minmultiplier: 2,
        maxmultiplier: 3,
        penalties: { min: 3, addint: 1, addunit: 'DAY', always: 1 },
      },
      domNick: DOM_NICK,
      happened: at(0.7),
    },
  ]
  session.games = writeRuleChain(ctx, session.id, rules)
  session.scheduledEnd = writeTrail(ctx, session.id, steps, startSchedule, start, now - 5 * 60_000)
}

/** Finished sessions going back about six months from `before`. */
function seedPast(ctx: SeedContext, userId: number, before: number, withGames: boolean): void {
  const { rng, now } = ctx
  let cursor = before
  for (let i = 0; cursor > now - 183 * DAY_MS; i++) {
    const end = floorMinute(cursor - rng.int(12, 120) * HOUR_MS)
    const start = floorMinute(end - rng.int(20, 240) * HOUR_MS)
    cursor = start
    if (start < now - 190 * DAY_MS) break
    const session = seedSession(ctx, userId, start, end, {
      lockedby: rng.chance(0.5) ? DOM_NICK : null,
      notes: rng.chance(0.2) ? rng.pick(['Weekend trial', 'Travel', 'Long one', 'Cage fit test']) : null,
      // One session started in summer time: its start is written at +02:00.
      tzStart: i === 2 ? ctx.offsetMinutes + 60 : ctx.offsetMinutes,
    })
    if (withGames && rng.chance(0.35)) {
      const steps = randomSteps(rng, rng.int(3, 12))
      const startSchedule = start + Math.floor((end - start) * 0.5)
      session.scheduledEnd = writeTrail(ctx, session.id, steps, startSchedule, start, end - HOUR_MS)
      const first = { ...DICE_START, dices: rng.int(1, 3) }
      const chain: RuleStep[] = [{ game: 'DICE', after: first, domNick: DOM_NICK, happened: start + 5000 }]
      if (rng.chance(0.5)) {
        chain.push({
          game: 'DICE',
          after: { ...first, waitint: 60 },
          domNick: DOM_NICK,
          happened: start + HOUR_MS,
        })
      }
      session.games = writeRuleChain(ctx, session.id, chain)
    } else if (rng.chance(0.5)) {
      session.scheduledEnd = end + rng.int(-12, 12) * HOUR_MS
    }
  }
}

const MODES: OrgasmMode[] = ['full', 'full', 'full', 'ruined', 'ruined', 'milking', 'dom', 'ted']

export function seedOrgasms(ctx: SeedContext, userId: number, count: number, days: number): void {
  const { rng, now, offsetMinutes } = ctx
  for (let i = 0; i < count; i++) {
    const at = now - rng.int(0, days * 24) * HOUR_MS - rng.int(0, 59) * 60_000
    const mode = rng.pick(MODES)
    const dom = mode === 'dom'
    insertOrgasm(ctx.state, {
      userId,
      date: dateAt(at, offsetMinutes),
      mode,
      public: dom ? 0 : rng.chance(0.5) ? 1 : 0,
      type: rng.chance(0.7) ? rng.pick(['Stroke', 'Toy', 'Sex', 'Prostate', 'Wet dream']) : null,
      grantedby: !dom && rng.chance(0.4) ? DOM_NICK : null,
      inserted: Math.min(now, at + rng.int(0, 6 * 3_600_000)),
    })
  }
}

export function seedDemo(ctx: SeedContext): void {
  const { state, rng, now } = ctx
  const main = state.mainUserId
  seedActive(ctx, main)
  const active = [...state.sessions.values()].find((s) => s.active)
  seedPast(ctx, main, active?.start ?? now, true)
  seedOrgasms(ctx, main, rng.int(36, 44), 180)

  // The other user owns sessions (one live with a link game) and orgasms, for the 404 rules.
  const other = state.otherUserId
  const otherStart = floorMinute(now - 3 * DAY_MS)
  const otherActive = seedSession(ctx, other, otherStart, null, { linkToken: rng.hex(32) })
  otherActive.games = writeRuleChain(ctx, otherActive.id, [
    { game: 'LINK', after: LINK_START, domNick: null, happened: otherStart + 5000 },
  ])
  const otherSteps = randomSteps(rng, 4)
  otherActive.scheduledEnd = writeTrail(
    ctx,
    otherActive.id,
    otherSteps,
    floorMinute(now + DAY_MS),
    otherStart,
    now - 60_000,
  )
  seedSession(ctx, other, floorMinute(now - 20 * DAY_MS), floorMinute(now - 18 * DAY_MS))
  seedSession(ctx, other, floorMinute(now - 40 * DAY_MS), floorMinute(now - 35 * DAY_MS))
  seedOrgasms(ctx, other, 3, 30)
}
