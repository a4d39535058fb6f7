/**
 * The insight channel's input and answer, for the IPC contract. The answers are the pure modules'
 * outputs; each schema is checked against its module's type, so the two cannot drift apart.
 */
import { z } from 'zod'
import { HISTORY_SOURCES, ORGASM_MODES } from '../api/schemas'
import type { Heatmap } from './heatmap'
import type { OrgasmIntervals } from './orgasm-intervals'
import type { Records } from './records'
import type { SourceBreakdown } from './sources'

export const INSIGHT_VIEWS = ['sources', 'sessionSources', 'records', 'heatmap', 'orgasmIntervals'] as const
export type InsightView = (typeof INSIGHT_VIEWS)[number]

/** A zone the platform knows ("Europe/Berlin"); Intl refuses any other. */
const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}, 'expected a known time zone')

export const insightQuery = z
  .strictObject({
    /** The views to compute; each costs only its own work. */
    views: z.array(z.enum(INSIGHT_VIEWS)).min(1),
    /** The user's zone: days, years and streaks are the user's calendar's. */
    timeZone,
    /** The session of `sessionSources`. */
    sessionId: z.number().int().positive().optional(),
  })
  .refine((q) => !q.views.includes('sessionSources') || q.sessionId !== undefined, {
    message: 'The sources of one session need the session',
    path: ['sessionId'],
  })
export type InsightQuery = z.infer<typeof insightQuery>

const seconds = z.number()
const instant = z.number()
const date = z.string()

const sourceTotals = z.object({
  source: z.enum(HISTORY_SOURCES).nullable(),
  addedSeconds: seconds,
  removedSeconds: seconds,
  netSeconds: seconds,
  changes: z.number(),
})

export const sourceBreakdownSchema = z.object({
  sources: z.array(sourceTotals),
  addedSeconds: seconds,
  removedSeconds: seconds,
  netSeconds: seconds,
  changes: z.number(),
  sessions: z.number(),
  leftOut: z.number(),
}) satisfies z.ZodType<SourceBreakdown>

const streak = z.object({ days: z.number(), from: date, to: date })

export const recordsSchema = z.object({
  sessions: z.number(),
  leftOut: z.number(),
  lockedNow: z.boolean(),
  longestSession: z
    .object({ sessionId: z.number(), start: instant, end: instant, seconds, active: z.boolean() })
    .nullable(),
  thisYear: z.object({ year: z.number(), seconds }),
  allTimeSeconds: seconds,
  longestGap: z.object({ from: instant, to: instant, seconds }).nullable(),
  currentStreak: z.object({ days: z.number(), from: date.nullable(), to: date.nullable() }),
  longestStreak: streak.nullable(),
}) satisfies z.ZodType<Records>

export const heatmapSchema = z.object({
  from: date,
  to: date,
  days: z.array(z.object({ date, weekday: z.number(), lockedSeconds: seconds })),
  totalSeconds: seconds,
  lockedDays: z.number(),
  busiest: z.object({ date, lockedSeconds: seconds }).nullable(),
}) satisfies z.ZodType<Heatmap>

export const orgasmIntervalsSchema = z.object({
  groups: z.array(
    z.object({
      mode: z.enum(ORGASM_MODES).nullable(),
      orgasms: z.number(),
      intervals: z.array(z.object({ from: date, to: date, days: z.number() })),
      medianDays: z.number().nullable(),
      shortestDays: z.number().nullable(),
      longestDays: z.number().nullable(),
    }),
  ),
  leftOut: z.number(),
}) satisfies z.ZodType<OrgasmIntervals>

/** The views asked for; the others are absent. */
export const insightAnswer = z.object({
  sources: sourceBreakdownSchema.optional(),
  sessionSources: sourceBreakdownSchema.optional(),
  records: recordsSchema.optional(),
  heatmap: heatmapSchema.optional(),
  orgasmIntervals: orgasmIntervalsSchema.optional(),
  /** The instant the views were computed at (epoch ms): an active session counts up to it. */
  computedAt: z.number(),
  /**
   * Sessions whose history could not be read (offline and never fetched): `sources` leaves them
   * out and says how many here.
   */
  sessionsWithoutHistory: z.number(),
})
