/**
 * zod schemas for every entity, list page and request body of Chastity Tracker API v2.
 *
 * Responses are parsed leniently (unknown fields pass through, numeric strings become numbers,
 * 0/1 flags become booleans, an odd optional field reads as absent) because the service is PHP
 * and its pages leave shapes open. In a list, an item that still does not fit is left out and
 * reported in the page's `skipped`: one odd row never costs the rest of the page. Only an
 * envelope that makes no sense (no `items` array, an offset page without `total`) fails.
 * Request bodies are strict: they mirror the documented field names exactly.
 */
import { z } from 'zod'
import { readWrittenDateTime } from './time'

// ---------------------------------------------------------------------------------------------
// Primitives

/** A number, or a numeric string as PHP services often send. */
const apiNumber = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
])

const apiInt = apiNumber.pipe(z.number().int())

/** A 0/1 flag (or a boolean, or "0"/"1"), read as a boolean. */
const apiFlag = z
  .union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1'), z.boolean()])
  .transform((v) => v === 1 || v === '1' || v === true)

/** 0 or 1 as sent in requests. */
const flagIn = z.union([z.literal(0), z.literal(1)])

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/
/** "YYYY-MM-DD HH:MM:SS" with optional milliseconds, as histories and games_changes filters take. */
export const UTC_DATETIME_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,3})?$/

const apiDate = z
  .string()
  .regex(DATE_RE, 'expected a date YYYY-MM-DD')
  .refine((d) => readWrittenDateTime(d, undefined, 0) !== null, 'expected a real calendar date')
const apiTime = z.string().regex(TIME_RE, 'expected a time HH:MM')
const apiUtcDateTime = z.string().regex(UTC_DATETIME_RE, 'expected a UTC date-time YYYY-MM-DD HH:MM:SS')

export const TIME_UNITS = ['MINUTE', 'HOUR', 'DAY', 'MONTH'] as const
export const WAIT_UNITS = ['MINUTE', 'HOUR', 'DAY'] as const
const timeUnit = z.enum(TIME_UNITS)
const waitUnit = z.enum(WAIT_UNITS)
export type TimeUnit = z.infer<typeof timeUnit>
export type WaitUnit = z.infer<typeof waitUnit>

export const GAMES = ['DICE', 'LINK', 'LUCK'] as const
const gameName = z.enum(GAMES)
export type GameName = z.infer<typeof gameName>

export const HISTORY_TYPES = ['START', 'ADD', 'SUB'] as const
export const HISTORY_SOURCES = ['DICE', 'LINK', 'LUCK', 'MANUAL', 'PENALTY', 'DOM'] as const
const historyType = z.enum(HISTORY_TYPES)
const historySource = z.enum(HISTORY_SOURCES)
export type HistoryType = z.infer<typeof historyType>
export type HistorySource = z.infer<typeof historySource>

export const GAME_ACTIONS = ['INSERT', 'UPDATE', 'DELETE'] as const
const gameAction = z.enum(GAME_ACTIONS)
export type GameAction = z.infer<typeof gameAction>

export const ORGASM_MODES = ['full', 'ruined', 'milking', 'dom', 'ted'] as const
const orgasmMode = z.enum(ORGASM_MODES)
export type OrgasmMode = z.infer<typeof orgasmMode>

/** "+01:00" / "-05:30" */
export const OFFSET_RE = /^[+-]\d{2}:\d{2}$/

// ---------------------------------------------------------------------------------------------
// Leniency

/** An optional field whose odd value reads as absent instead of failing the whole object. */
function tolerant<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined)
}

/** Optional text that may be null. */
const optionalText = tolerant(z.string().nullable())

/** Any JSON value: an object, an array, a string, a number, a boolean or null. */
export const jsonValue = z.json()
export type JsonValue = z.infer<typeof jsonValue>

/** A list item left out because it did not fit: its position and what was wrong (never its values). */
export interface SkippedItem {
  index: number
  problem: string
}

/** The first few issues as "path: message"; zod's messages name expected types, not the values. */
function problemOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`)
    .join('; ')
}

/**
 * An array read one element at a time: the elements that fit, and the ones left out with why.
 * Only a value that is not an array at all fails.
 */
function lenientList<T extends z.ZodType>(item: T) {
  return z.array(z.unknown()).transform((raw) => {
    const items: z.output<T>[] = []
    const skipped: SkippedItem[] = []
    raw.forEach((value, index) => {
      const parsed = item.safeParse(value)
      if (parsed.success) items.push(parsed.data)
      else skipped.push({ index, problem: problemOf(parsed.error) })
    })
    return { items, skipped }
  })
}

/** The elements of an array sub-part that fit; the rest are dropped (they are details of one item). */
function fittingElements<T extends z.ZodType>(item: T) {
  return lenientList(item).transform((list) => list.items)
}

// ---------------------------------------------------------------------------------------------
// Envelope

const apiErrorBody = z.looseObject({
  code: z.union([z.string(), z.number()]).transform(String).optional(),
  message: z.string().optional(),
})

const envelopeMeta = z.looseObject({ version: apiNumber.optional() })

export const failureEnvelope = z.looseObject({
  ok: z.literal(false),
  error: apiErrorBody.optional(),
  meta: envelopeMeta.optional(),
})

export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.looseObject({ ok: z.literal(true), data, meta: envelopeMeta.optional() })
}

// ---------------------------------------------------------------------------------------------
// Game configurations (games_changes before/after, and an active session's `games`): a field of an
// unexpected type reads as absent, so the game itself is still known.

const penaltyConfig = z.looseObject({
  min: tolerant(apiInt),
  addint: tolerant(apiInt),
  addunit: tolerant(z.string()),
  always: tolerant(apiFlag),
})
export type PenaltyConfig = z.infer<typeof penaltyConfig>

const diceConfig = z.looseObject({
  dices: tolerant(apiInt),
  addunit: tolerant(z.string()),
  waitint: tolerant(apiInt),
  waitunit: tolerant(z.string()),
  minmultiplier: tolerant(apiNumber),
  maxmultiplier: tolerant(apiNumber),
  penalties: tolerant(penaltyConfig.nullable()),
})
export type DiceConfig = z.infer<typeof diceConfig>

const linkConfig = z.looseObject({
  addint: tolerant(apiInt),
  addunit: tolerant(z.string()),
  subint: tolerant(apiInt),
  subunit: tolerant(z.string()),
  /** Votes required. */
  waitint: tolerant(apiInt),
  minmultiplier: tolerant(apiNumber),
  maxmultiplier: tolerant(apiNumber),
})
export type LinkConfig = z.infer<typeof linkConfig>

const luckConfig = z.looseObject({
  addint: tolerant(apiInt),
  addunit: tolerant(z.string()),
  subint: tolerant(apiInt),
  subunit: tolerant(z.string()),
  waitint: tolerant(apiInt),
  waitunit: tolerant(z.string()),
  minmultiplier: tolerant(apiNumber),
  maxmultiplier: tolerant(apiNumber),
  penalties: tolerant(penaltyConfig.nullable()),
})
export type LuckConfig = z.infer<typeof luckConfig>

export const anyGameConfig = z.union([diceConfig, linkConfig, luckConfig])
export type AnyGameConfig = z.infer<typeof anyGameConfig>

/**
 * `games` of an active session is documented only as `{...}`. We read the three known games by
 * their lower- or upper-case name; anything that does not fit is dropped rather than failing the
 * whole session.
 */
const sessionGames = z.unknown().transform((raw) => {
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

// ---------------------------------------------------------------------------------------------
// Entities

/** Text that is null when absent: a missing `end` or `scheduledend` means there is none. */
const textOrNull = z
  .string()
  .nullish()
  .transform((v) => v ?? null)

export const session = z.looseObject({
  id: apiInt,
  start: z.string(),
  end: textOrNull,
  scheduledend: textOrNull,
  active: apiFlag,
  lockedby: optionalText,
  notes: optionalText,
  public: tolerant(apiFlag),
  timezonestart: optionalText,
  timezoneend: optionalText,
  inserted: optionalText,
  has_history: tolerant(apiFlag),
  has_games_changes: tolerant(apiFlag),
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

/** One line of the audit log; `from` and `to` may be any JSON value (a whole penalties object). */
const gameChangeDiff = z.looseObject({
  label: z.union([z.string(), z.number().transform(String)]),
  from: jsonValue.optional(),
  to: jsonValue.optional(),
})

const rawConfig = tolerant(z.record(z.string(), z.unknown()).nullable())

export const gamesChangeItem = z.looseObject({
  id: tolerant(apiInt),
  session: apiInt,
  game: gameName,
  action: gameAction,
  dom_nick: optionalText,
  happened: z.string(),
  before: rawConfig,
  after: rawConfig,
  changes: tolerant(fittingElements(gameChangeDiff)),
})
export type GamesChangeItem = z.infer<typeof gamesChangeItem>

export const orgasm = z.looseObject({
  id: apiInt,
  date: z.string(),
  mode: orgasmMode,
  public: apiFlag,
  type: optionalText,
  grantedby: optionalText,
  inserted: optionalText,
})
export type Orgasm = z.infer<typeof orgasm>

export const stats = z.looseObject({
  nick: z.string(),
  profile_url: optionalText,
  locked: apiFlag,
  current_lock_start: optionalText,
  scheduled_end: optionalText,
  current_lock_time: optionalText,
  total_locked_since: optionalText,
  since_date: optionalText,
  link_game: optionalText,
  last_full: optionalText,
  last_ruined: optionalText,
  last_ted: optionalText,
  last_milking: optionalText,
})
export type Stats = z.infer<typeof stats>

// ---------------------------------------------------------------------------------------------
// Pages

// Every list page reads its items with `lenientList` and lifts what was left out to `skipped`
// beside `items`. Re-reading a page (the cache does) starts `skipped` afresh: what it kept fits.

export function offsetPage<T extends z.ZodType>(item: T) {
  return z
    .looseObject({
      count: tolerant(apiInt),
      total: apiInt,
      limit: tolerant(apiInt),
      offset: tolerant(apiInt),
      items: lenientList(item),
    })
    .transform((page) => ({ ...page, items: page.items.items, skipped: page.items.skipped }))
}

function cursorPage<T extends z.ZodType>(item: T) {
  return z
    .looseObject({
      count: tolerant(apiInt),
      total: tolerant(apiInt),
      limit: tolerant(apiInt),
      // Opaque and passed back as received; a number is a cursor too, anything else cannot be paged on.
      cursor_next: z
        .union([z.string(), z.number().transform(String)])
        .nullable()
        .optional(),
      has_games_changes: tolerant(apiFlag),
      items: lenientList(item),
    })
    .transform((page) => ({ ...page, items: page.items.items, skipped: page.items.skipped }))
}

export const sessionPage = offsetPage(session)
export const orgasmPage = offsetPage(orgasm)
export const historyPage = cursorPage(historyItem)
export const gamesChangePage = cursorPage(gamesChangeItem)
export type SessionPage = z.infer<typeof sessionPage>
export type OrgasmPage = z.infer<typeof orgasmPage>

// ---------------------------------------------------------------------------------------------
// Write results (only the session insert and the game play are documented; the rest are lenient)

export const sessionCreated = z.looseObject({
  status: tolerant(z.string()),
  id: apiInt,
  games: tolerant(z.union([z.boolean(), apiFlag])),
})

export const writeAck = z
  .unknown()
  .transform((v) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v }))

export const orgasmsCreated = z.looseObject({
  status: z.string().optional(),
  id: apiInt.optional(),
  ids: z.array(apiInt).optional(),
  count: apiInt.optional(),
})

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

const HOUR_MS = 3_600_000

/**
 * A written date and time on a common scale, for comparing two of them: both are the user's wall
 * clock, so any one offset will do.
 */
function wallClock(date: string, time: string | undefined): number | null {
  return readWrittenDateTime(date, time, 0)
}

const lockedBy = z.string().max(100).nullable().optional()
const notes = z.string().max(5000).nullable().optional()
const positiveInt = z.number().int().min(0)
const multiplier = z.number().min(0)

const manualSessionInput = z
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
    const start = wallClock(b.startdate, b.starttime)
    const end = wallClock(b.enddate, b.endtime)
    if (start !== null && end !== null && end - start < HOUR_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['enddate'],
        message: 'A manual session must last at least one hour',
      })
    }
  })

const liveSessionInput = z
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
      const start = wallClock(b.startdate, b.starttime)
      const end = wallClock(b.scheduledend, b.scheduledendtime)
      if (start !== null && end !== null && end <= start) {
        ctx.addIssue({
          code: 'custom',
          path: ['scheduledend'],
          message: 'The scheduled end must be after the start',
        })
      }
    }
  })

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
