/**
 * zod schemas for every entity, list page and request body of Chastity Tracker API v2.
 *
 * Responses are parsed leniently (unknown fields pass through, numeric strings become numbers,
 * 0/1 flags become booleans) because the service is PHP and its pages leave shapes open; a
 * response that still does not fit is reported as a typed error by the client, never a crash.
 * Request bodies are strict: they mirror the documented field names exactly.
 */
import { z } from 'zod'

// ---------------------------------------------------------------------------------------------
// Primitives

/** A number, or a numeric string as PHP services often send. */
export const apiNumber = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
])

export const apiInt = apiNumber.pipe(z.number().int())

/** A 0/1 flag (or a boolean, or "0"/"1"), read as a boolean. */
export const apiFlag = z
  .union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1'), z.boolean()])
  .transform((v) => v === 1 || v === '1' || v === true)

/** 0 or 1 as sent in requests. */
export const flagIn = z.union([z.literal(0), z.literal(1)])
export type FlagIn = z.infer<typeof flagIn>

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/
/** "YYYY-MM-DD HH:MM:SS" with optional milliseconds, as histories and games_changes filters take. */
export const UTC_DATETIME_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,3})?$/

export const apiDate = z.string().regex(DATE_RE, 'expected a date YYYY-MM-DD')
export const apiTime = z.string().regex(TIME_RE, 'expected a time HH:MM')
export const apiUtcDateTime = z
  .string()
  .regex(UTC_DATETIME_RE, 'expected a UTC date-time YYYY-MM-DD HH:MM:SS')

export const TIME_UNITS = ['MINUTE', 'HOUR', 'DAY', 'MONTH'] as const
export const WAIT_UNITS = ['MINUTE', 'HOUR', 'DAY'] as const
export const timeUnit = z.enum(TIME_UNITS)
export const waitUnit = z.enum(WAIT_UNITS)
export type TimeUnit = z.infer<typeof timeUnit>
export type WaitUnit = z.infer<typeof waitUnit>

export const GAMES = ['DICE', 'LINK', 'LUCK'] as const
export const gameName = z.enum(GAMES)
export type GameName = z.infer<typeof gameName>

export const HISTORY_TYPES = ['START', 'ADD', 'SUB'] as const
export const HISTORY_SOURCES = ['DICE', 'LINK', 'LUCK', 'MANUAL', 'PENALTY', 'DOM'] as const
export const historyType = z.enum(HISTORY_TYPES)
export const historySource = z.enum(HISTORY_SOURCES)
export type HistoryType = z.infer<typeof historyType>
export type HistorySource = z.infer<typeof historySource>

export const GAME_ACTIONS = ['INSERT', 'UPDATE', 'DELETE'] as const
export const gameAction = z.enum(GAME_ACTIONS)
export type GameAction = z.infer<typeof gameAction>

export const ORGASM_MODES = ['full', 'ruined', 'milking', 'dom', 'ted'] as const
export const orgasmMode = z.enum(ORGASM_MODES)
export type OrgasmMode = z.infer<typeof orgasmMode>

/** "+01:00" / "-05:30" */
export const OFFSET_RE = /^[+-]\d{2}:\d{2}$/

// ---------------------------------------------------------------------------------------------
// Envelope

export const apiErrorBody = z.looseObject({
  code: z.union([z.string(), z.number()]).transform(String).optional(),
  message: z.string().optional(),
})

export const envelopeMeta = z.looseObject({ version: apiNumber.optional() })

export const failureEnvelope = z.looseObject({
  ok: z.literal(false),
  error: apiErrorBody.optional(),
  meta: envelopeMeta.optional(),
})

export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.looseObject({ ok: z.literal(true), data, meta: envelopeMeta.optional() })
}

// ---------------------------------------------------------------------------------------------
// Game configurations (games_changes before/after, and an active session's `games`)

export const penaltyConfig = z.looseObject({
  min: apiInt.optional(),
  addint: apiInt.optional(),
  addunit: z.string().optional(),
  always: apiFlag.optional(),
})
export type PenaltyConfig = z.infer<typeof penaltyConfig>

export const diceConfig = z.looseObject({
  dices: apiInt.optional(),
  addunit: z.string().optional(),
  waitint: apiInt.optional(),
  waitunit: z.string().optional(),
  minmultiplier: apiNumber.optional(),
  maxmultiplier: apiNumber.optional(),
  penalties: penaltyConfig.nullish(),
})
export type DiceConfig = z.infer<typeof diceConfig>

export const linkConfig = z.looseObject({
  addint: apiInt.optional(),
  addunit: z.string().optional(),
  subint: apiInt.optional(),
  subunit: z.string().optional(),
  /** Votes required. */
  waitint: apiInt.optional(),
  minmultiplier: apiNumber.optional(),
  maxmultiplier: apiNumber.optional(),
})
export type LinkConfig = z.infer<typeof linkConfig>

export const luckConfig = z.looseObject({
  addint: apiInt.optional(),
  addunit: z.string().optional(),
  subint: apiInt.optional(),
  subunit: z.string().optional(),
  waitint: apiInt.optional(),
  waitunit: z.string().optional(),
  minmultiplier: apiNumber.optional(),
  maxmultiplier: apiNumber.optional(),
  penalties: penaltyConfig.nullish(),
})
export type LuckConfig = z.infer<typeof luckConfig>

export const anyGameConfig = z.union([diceConfig, linkConfig, luckConfig])
export type AnyGameConfig = z.infer<typeof anyGameConfig>

/**
 * `games` of an active session is documented only as `{...}`. We read the three known games by
 * their lower- or upper-case name; anything that does not fit is dropped rather than failing the
 * whole session.
 */
export const sessionGames = z.unknown().transform((raw) => {
  const obj =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const pick = <T extends z.ZodType>(schema: T, ...keys: string[]): z.infer<T> | null => {
    for (const key of keys) {
      if (obj[key] === undefined || obj[key] === null) continue
      const parsed = schema.safeParse(obj[key])
      if (parsed.success) return parsed.data
    }
    return null
  }
  return {
    dice: pick(diceConfig, 'dice', 'DICE', 'dices'),
    link: pick(linkConfig, 'link', 'LINK', 'links'),
    luck: pick(luckConfig, 'luck', 'LUCK'),
  }
})
export type SessionGames = z.infer<typeof sessionGames>

// ---------------------------------------------------------------------------------------------
// Entities

export const session = z.looseObject({
  id: apiInt,
  start: z.string(),
  end: z.string().nullable(),
  scheduledend: z.string().nullable(),
  active: apiFlag,
  lockedby: z.string().nullable().optional(),
  notes: z.string().nullable().optional(),
  public: apiFlag.optional(),
  timezonestart: z.string().nullable().optional(),
  timezoneend: z.string().nullable().optional(),
  inserted: z.string().nullable().optional(),
  has_history: apiFlag.optional(),
  has_games_changes: apiFlag.optional(),
  games: sessionGames.optional(),
})
export type Session = z.infer<typeof session>

export const historyItem = z.looseObject({
  session: apiInt,
  type: historyType,
  unit: apiInt.nullable(),
  source: historySource.nullable(),
  dom: apiFlag,
  schedule: z.string(),
  happened: z.string(),
})
export type HistoryItem = z.infer<typeof historyItem>

export const changeValue = z.union([z.string(), z.number(), z.boolean(), z.null()])
export const gameChangeDiff = z.looseObject({
  label: z.string(),
  from: changeValue.optional(),
  to: changeValue.optional(),
})
export type GameChangeDiff = z.infer<typeof gameChangeDiff>

export const gamesChangeItem = z.looseObject({
  id: apiInt.optional(),
  session: apiInt,
  game: gameName,
  action: gameAction,
  dom_nick: z.string().nullable().optional(),
  happened: z.string(),
  before: z.record(z.string(), z.unknown()).nullable().optional(),
  after: z.record(z.string(), z.unknown()).nullable().optional(),
  changes: z.array(gameChangeDiff).optional(),
})
export type GamesChangeItem = z.infer<typeof gamesChangeItem>

export const orgasm = z.looseObject({
  id: apiInt,
  date: z.string(),
  mode: orgasmMode,
  public: apiFlag,
  type: z.string().nullable().optional(),
  grantedby: z.string().nullable().optional(),
  inserted: z.string().nullable().optional(),
})
export type Orgasm = z.infer<typeof orgasm>

export const stats = z.looseObject({
  nick: z.string(),
  profile_url: z.string().nullable().optional(),
  locked: apiFlag,
  current_lock_start: z.string().nullable().optional(),
  scheduled_end: z.string().nullable().optional(),
  current_lock_time: z.string().nullable().optional(),
  total_locked_since: z.string().nullable().optional(),
  since_date: z.string().nullable().optional(),
  link_game: z.string().nullable().optional(),
  last_full: z.string().nullable().optional(),
  last_ruined: z.string().nullable().optional(),
  last_ted: z.string().nullable().optional(),
  last_milking: z.string().nullable().optional(),
})
export type Stats = z.infer<typeof stats>

// ---------------------------------------------------------------------------------------------
// Pages

export function offsetPage<T extends z.ZodType>(item: T) {
  return z.looseObject({
    count: apiInt.optional(),
    total: apiInt,
    limit: apiInt.optional(),
    offset: apiInt.optional(),
    items: z.array(item),
  })
}

export function cursorPage<T extends z.ZodType>(item: T) {
  return z.looseObject({
    count: apiInt.optional(),
    total: apiInt.optional(),
    limit: apiInt.optional(),
    cursor_next: z.string().nullable().optional(),
    has_games_changes: apiFlag.optional(),
    items: z.array(item),
  })
}

export const sessionPage = offsetPage(session)
export const orgasmPage = offsetPage(orgasm)
export const historyPage = cursorPage(historyItem)
export const gamesChangePage = cursorPage(gamesChangeItem)
export type SessionPage = z.infer<typeof sessionPage>
export type OrgasmPage = z.infer<typeof orgasmPage>
export type HistoryPage = z.infer<typeof historyPage>
export type GamesChangePage = z.infer<typeof gamesChangePage>

// ---------------------------------------------------------------------------------------------
// Write results (only the session insert and the game play are documented; the rest are lenient)

export const sessionCreated = z.looseObject({
  status: z.string().optional(),
  id: apiInt,
  games: z.union([z.boolean(), apiFlag]).optional(),
})
export type SessionCreated = z.infer<typeof sessionCreated>

export const writeAck = z
  .unknown()
  .transform((v) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v }))
export type WriteAck = z.infer<typeof writeAck>

export const orgasmsCreated = z.looseObject({
  status: z.string().optional(),
  id: apiInt.optional(),
  ids: z.array(apiInt).optional(),
  count: apiInt.optional(),
})
export type OrgasmsCreated = z.infer<typeof orgasmsCreated>

export const gamePlayResult = z.looseObject({
  session: apiInt,
  dom: apiFlag,
  operation: z.enum(['ADD', 'SUB']),
  seconds: apiInt,
  scheduledend_utc: z.string(),
  multiplier: apiNumber.nullable().optional(),
})
export type GamePlayResult = z.infer<typeof gamePlayResult>

// ---------------------------------------------------------------------------------------------
// Requests

const limit = z.number().int().min(1).max(200)

export const sessionListQuery = z.strictObject({
  from: apiDate.optional(),
  to: apiDate.optional(),
  active: flagIn.optional(),
  public: flagIn.optional(),
  limit: limit.optional(),
  offset: z.number().int().min(0).optional(),
})
export type SessionListQuery = z.infer<typeof sessionListQuery>

export const historyListQuery = z.strictObject({
  session: z.number().int().positive(),
  type: historyType.optional(),
  source: historySource.optional(),
  dom: flagIn.optional(),
  from: apiUtcDateTime.optional(),
  to: apiUtcDateTime.optional(),
  limit: limit.optional(),
  cursor: z.string().min(1).optional(),
})
export type HistoryListQuery = z.infer<typeof historyListQuery>

export const gamesChangeListQuery = z.strictObject({
  session: z.number().int().positive(),
  game: gameName.optional(),
  action: gameAction.optional(),
  from: apiUtcDateTime.optional(),
  to: apiUtcDateTime.optional(),
  limit: limit.optional(),
  cursor: z.string().min(1).optional(),
  include_raw: flagIn.optional(),
  include_diff: flagIn.optional(),
})
export type GamesChangeListQuery = z.infer<typeof gamesChangeListQuery>

export const orgasmListQuery = z
  .strictObject({
    from: apiDate.optional(),
    to: apiDate.optional(),
    public: flagIn.optional(),
    mode: orgasmMode.optional(),
    limit: limit.optional(),
    offset: z.number().int().min(0).optional(),
  })
  .refine((q) => !(q.mode === 'dom' && q.public === 1), {
    message: 'mode=dom cannot be combined with public=1',
    path: ['public'],
  })
export type OrgasmListQuery = z.infer<typeof orgasmListQuery>

const lockedBy = z.string().max(100).nullable().optional()
const notes = z.string().max(5000).nullable().optional()
const positiveInt = z.number().int().min(0)
const multiplier = z.number().min(0)

export const manualSessionInput = z
  .strictObject({
    type: z.literal('manual'),
    startdate: apiDate,
    starttime: apiTime.optional(),
    enddate: apiDate,
    endtime: apiTime.optional(),
    public: flagIn.optional(),
    lockedby: lockedBy,
    notes,
  })
  .superRefine((b, ctx) => {
    const start = wallClockMinutes(b.startdate, b.starttime)
    const end = wallClockMinutes(b.enddate, b.endtime)
    if (end - start < 60) {
      ctx.addIssue({
        code: 'custom',
        path: ['enddate'],
        message: 'A manual session must last at least one hour',
      })
    }
  })
export type ManualSessionInput = z.infer<typeof manualSessionInput>

export const liveSessionInput = z
  .strictObject({
    type: z.literal('live'),
    startdate: apiDate.optional(),
    starttime: apiTime.optional(),
    scheduledend: apiDate.optional(),
    scheduledendtime: apiTime.optional(),
    maxend: flagIn.optional(),
    public: flagIn.optional(),
    lockedby: lockedBy,
    notes,
    // Dice
    dices: flagIn.optional(),
    dicenumber: positiveInt.optional(),
    diceunit: timeUnit.optional(),
    dicetimewait: positiveInt.optional(),
    dicetimeunitwait: waitUnit.optional(),
    diceminmulti: multiplier.optional(),
    dicemaxmulti: multiplier.optional(),
    dicespen: flagIn.optional(),
    mindiceplay: positiveInt.optional(),
    pendicetime: positiveInt.optional(),
    pendiceunit: timeUnit.optional(),
    diceplaylimit: flagIn.optional(),
    // Public link
    links: flagIn.optional(),
    linkadd: positiveInt.optional(),
    linkaddunit: timeUnit.optional(),
    linksub: positiveInt.optional(),
    linksubunit: timeUnit.optional(),
    resetvotes: flagIn.optional(),
    linkminmulti: multiplier.optional(),
    linkmaxmulti: multiplier.optional(),
    // Luck
    luck: flagIn.optional(),
    randadd: positiveInt.optional(),
    randaddunit: timeUnit.optional(),
    randsub: positiveInt.optional(),
    randsubunit: timeUnit.optional(),
    randtimewait: positiveInt.optional(),
    randtimeunitwait: waitUnit.optional(),
    randminmulti: multiplier.optional(),
    randmaxmulti: multiplier.optional(),
    luckpen: flagIn.optional(),
    minluckplay: positiveInt.optional(),
    penlucktime: positiveInt.optional(),
    /** Spelled so in the service's documentation; sent exactly so. */
    penlcukunit: timeUnit.optional(),
    luckplaylimit: flagIn.optional(),
  })
  .superRefine((b, ctx) => {
    const anyGame = b.dices === 1 || b.links === 1 || b.luck === 1
    if (anyGame && !b.scheduledend) {
      ctx.addIssue({
        code: 'custom',
        path: ['scheduledend'],
        message: 'A scheduled end is required with any game',
      })
    }
    if (b.maxend === 1 && !b.scheduledend) {
      ctx.addIssue({ code: 'custom', path: ['scheduledend'], message: 'A random end needs a scheduled end' })
    }
    const pairs: [string, number | undefined, number | undefined, boolean][] = [
      ['diceminmulti', b.diceminmulti, b.dicemaxmulti, b.dices === 1],
      ['linkminmulti', b.linkminmulti, b.linkmaxmulti, b.links === 1],
      ['randminmulti', b.randminmulti, b.randmaxmulti, b.luck === 1],
    ]
    for (const [field, min, max, enabled] of pairs) {
      if (enabled && min !== undefined && max !== undefined && min > max) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'The minimum multiplier must not exceed the maximum',
        })
      }
    }
    if (b.scheduledend && b.startdate) {
      const start = wallClockMinutes(b.startdate, b.starttime)
      const end = wallClockMinutes(b.scheduledend, b.scheduledendtime)
      if (end <= start) {
        ctx.addIssue({
          code: 'custom',
          path: ['scheduledend'],
          message: 'The scheduled end must be after the start',
        })
      }
    }
  })
export type LiveSessionInput = z.infer<typeof liveSessionInput>

export const createSessionInput = z.union([manualSessionInput, liveSessionInput])
export type CreateSessionInput = z.infer<typeof createSessionInput>

export const updateSessionInput = z
  .strictObject({
    public: flagIn.optional(),
    lockedby: lockedBy,
    notes,
    scheduledend: apiDate.nullable().optional(),
    scheduledendtime: apiTime.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to update' })
  .refine((b) => !(b.scheduledendtime !== undefined && !b.scheduledend), {
    message: 'A scheduled end time needs a scheduled end date',
    path: ['scheduledendtime'],
  })
export type UpdateSessionInput = z.infer<typeof updateSessionInput>

export const stopSessionInput = z.union([
  z.strictObject({ endNow: z.literal(true) }),
  z.strictObject({ enddate: apiDate, endtime: apiTime.optional() }),
])
export type StopSessionInput = z.infer<typeof stopSessionInput>

export const createOrgasmInput = z
  .strictObject({
    date: apiDate,
    mode: orgasmMode,
    public: flagIn.optional(),
    type: z.string().max(100).optional(),
    grantedby: z.string().max(50).optional(),
    number: z.number().int().min(1).max(50).optional(),
  })
  .transform((b) => (b.mode === 'dom' ? { ...b, public: 0 as const, grantedby: undefined } : b))
export type CreateOrgasmInput = z.input<typeof createOrgasmInput>

export const updateOrgasmInput = z
  .strictObject({
    date: apiDate.optional(),
    mode: orgasmMode.optional(),
    public: flagIn.optional(),
    type: z.string().max(100).nullable().optional(),
    grantedby: z.string().max(50).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to update' })
  .transform((b) => (b.mode === 'dom' ? { ...b, public: 0 as const, grantedby: null } : b))
export type UpdateOrgasmInput = z.input<typeof updateOrgasmInput>

export const playGameInput = z.union([
  z.strictObject({
    game: z.literal('dice'),
    dom: flagIn,
    session: z.number().int().positive(),
  }),
  z.strictObject({
    game: z.literal('luck'),
    dom: flagIn,
    session: z.number().int().positive(),
  }),
  z.strictObject({
    game: z.literal('link'),
    dom: z.literal(1),
    session: z.number().int().positive(),
    type: z.enum(['add', 'sub', 'rand']),
  }),
  z.strictObject({
    game: z.literal('link'),
    dom: z.literal(0),
    /** The public LINK token: a vote, sent without any bearer token. */
    token: z.string().min(1),
    type: z.enum(['add', 'sub', 'rand']),
  }),
])
export type PlayGameInput = z.infer<typeof playGameInput>

/** Minutes since the epoch of a wall-clock date and time, for comparing two such values. */
function wallClockMinutes(date: string, time: string | undefined): number {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = (time ?? '00:00').split(':').map(Number)
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0) / 60000
}
