import type { Stats } from '../../../../shared/api/schemas'
import type { Freshness } from '../../../../shared/ipc/contract'
import { FreshnessNote } from '../../components/FreshnessNote'
import { Empty } from '../../components/Status'
import { useLocale } from '../../context'
import { formatCalendarDate } from '../../../../shared/format'
import { serviceLength } from '../../format'
import { MODE_TEXT } from '../../orgasmModes'

export function StatsCard({ stats, freshness }: { stats: Stats | null; freshness: Freshness }) {
  const { locale } = useLocale()
  const date = (d: string | null | undefined) => (d ? formatCalendarDate(d, locale) : 'Never')
  const length = (t: string | null | undefined) => (t ? serviceLength(t) : null)
  return (
    <section className="card" aria-labelledby="stats-heading">
      <h2 id="stats-heading">Your stats</h2>
      <FreshnessNote freshness={freshness} />
      {stats === null ? (
        <Empty>No stats yet: they appear after the first successful sync.</Empty>
      ) : (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{stats.nick}</dd>
          <dt>Current lock time</dt>
          <dd>{length(stats.current_lock_time) ?? (stats.locked ? 'Not known yet' : 'Not locked')}</dd>
          <dt>Total locked{stats.since_date ? ` since ${date(stats.since_date)}` : ''}</dt>
          <dd>{length(stats.total_locked_since) ?? 'Not known yet'}</dd>
          <dt>Last {MODE_TEXT.full.toLowerCase()} orgasm</dt>
          <dd>{date(stats.last_full)}</dd>
          <dt>Last {MODE_TEXT.ruined.toLowerCase()} orgasm</dt>
          <dd>{date(stats.last_ruined)}</dd>
          <dt>Last {MODE_TEXT.ted}</dt>
          <dd>{date(stats.last_ted)}</dd>
          <dt>Last {MODE_TEXT.milking.toLowerCase()}</dt>
          <dd>{date(stats.last_milking)}</dd>
        </dl>
      )}
    </section>
  )
}
