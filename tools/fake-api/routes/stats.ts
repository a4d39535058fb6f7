/** /api/v2/stats.php: the token owner's public stats, computed from the data. */
import { activeSessionOf, sessionsOf } from '../db'
import { dateAt, formatDuration, statsUtc } from '../format'
import type { OrgasmMode } from '../types'
import { type Endpoint, ok, requireAuth, userFor } from './context'

export const LINK_URL_BASE = 'https://www.chastitytracker.org/link/'

export const statsEndpoint: Endpoint = {
  GET(ctx, req) {
    const user = userFor(ctx, requireAuth(req))
    const now = ctx.now()
    const sessions = sessionsOf(ctx.state, user.id)
    const active = activeSessionOf(ctx.state, user.id)
    const total = sessions.reduce((ms, s) => ms + Math.max(0, (s.end ?? now) - s.start), 0)
    const first = sessions.reduce<number | null>(
      (min, s) => (min === null || s.start < min ? s.start : min),
      null,
    )
    const last = (mode: OrgasmMode) => {
      let latest: string | null = null
      for (const o of ctx.state.orgasms.values()) {
        if (o.userId === user.id && o.mode === mode && (latest === null || o.date > latest)) latest = o.date
      }
      return latest
    }
    return ok({
      nick: user.nick,
      profile_url: user.profileUrl,
      locked: active !== undefined,
      current_lock_start: active ? statsUtc(active.start) : null,
      scheduled_end: active && active.scheduledEnd !== null ? statsUtc(active.scheduledEnd) : null,
      current_lock_time: active ? formatDuration(now - active.start) : null,
      total_locked_since: formatDuration(total),
      since_date: first === null ? null : dateAt(first, user.offsetMinutes),
      link_game: active?.linkToken ? `${LINK_URL_BASE}${active.linkToken}` : null,
      last_full: last('full'),
      last_ruined: last('ruined'),
      last_ted: last('ted'),
      last_milking: last('milking'),
    })
  },
}
