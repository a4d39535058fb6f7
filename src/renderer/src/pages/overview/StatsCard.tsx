import type { Stats } from '../../../../shared/api/schemas'
import type { Freshness } from '../../../../shared/ipc/contract'
import { FreshnessNote } from '../../components/FreshnessNote'
import { Empty } from '../../components/Status'
import { useLocale } from '../../context'
import { formatCalendarDate } from '../../../../shared/format'

export function StatsCard({ stats, freshness }: { stats: Stats | null; freshness: Freshness }) {
  const { locale } = useLocale()
  const date = (d: string | null | undefined) => (d ? formatCalendarDate(d, locale) : 'never')
  return (
    <section className="card" aria-labelledby="stats-heading">
      <h2 id="stats-heading">Your stats</h2>
      <FreshnessNote freshness={freshness} />
      {stats === null ? (
        <Empty>No stats yet: they appear after the first successful sync.</Empty>
      ) : (
        <dl className="facts">
          <dt>Nick</dt>
          <dd>{stats.nick}</dd>
          <dt>Current lock time</dt>
          <dd>{stats.current_lock_time || (stats.locked ? '—' : 'not locked')}</dd>
          <dt>Total locked{stats.since_date ? ` since ${date(stats.since_date)}` : ''}</dt>
          <dd>{stats.total_locked_since || '—'}</dd>
          <dt>Last full</dt>
          <dd>{date(stats.last_full)}</dd>
          <dt>Last ruined</dt>
          <dd>{date(stats.last_ruined)}</dd>
          <dt>Last TED</dt>
          <dd>{date(stats.last_ted)}</dd>
          <dt>Last milking</dt>
          <dd>{date(stats.last_milking)}</dd>
        </dl>
      )}
    </section>
  )
}
