import { useDeferredValue, useState } from 'react'
import type { GamesChangeItem, JsonValue } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { useCall } from '../../api'
import { Empty, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { formatDateTime } from '../../../../shared/format'
import { jsonView, type JsonView } from '../../jsonValue'

/** Text as it is; an object or array as a nested list of "key: value" lines. */
function ViewOf({ view }: { view: JsonView }) {
  if (view.kind === 'text') return <>{view.text}</>
  return (
    <ul className="json-value">
      {view.entries.map((entry) => (
        <li key={entry.key}>
          {entry.key}: <ViewOf view={entry.value} />
        </li>
      ))}
    </ul>
  )
}

const ChangeValue = ({ value }: { value: JsonValue | undefined }) => <ViewOf view={jsonView(value)} />

/** The games-rules audit log, as the website shows it. */
export function GamesChangesLog({ sessionId }: { sessionId: number }) {
  const log = useCall(
    'gamesChanges:all',
    { session: sessionId, include_raw: 1 },
    { scopes: ['gamesChanges'], sessionId },
  )
  // Hundreds of entries must not hold up the page's chart: they render when the page is idle.
  const data = useDeferredValue(log.data)
  const view = { ...log, data }
  return (
    <section className="card" aria-labelledby="games-log-heading">
      <h2 id="games-log-heading">Game rule changes</h2>
      <QueryView query={view}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>The game rules of this session were never changed.</Empty>
          ) : (
            <ol className="audit">
              {data.items.map((item, i) => (
                <AuditRow key={`${item.id ?? ''}-${item.happened}-${i}`} item={item} />
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  )
}

function AuditRow({ item }: { item: GamesChangeItem }) {
  const loc = useLocale()
  const [raw, setRaw] = useState(false)
  const when = parseUtc(item.happened)
  const hasRaw = item.before !== undefined || item.after !== undefined
  return (
    <li className="audit-row">
      <p>
        <strong>{item.dom_nick ? item.dom_nick : 'You'}</strong> ·{' '}
        {when === null ? item.happened : formatDateTime(when, loc)} ·{' '}
        <span className={`badge source-${item.game.toLowerCase()}`}>{item.game}</span>{' '}
        {item.action.toLowerCase()}
      </p>
      {item.changes && item.changes.length > 0 && (
        <ul className="diff">
          {item.changes.map((c, i) => (
            <li key={`${c.label}-${i}`}>
              {c.label}: <ChangeValue value={c.from} /> → <ChangeValue value={c.to} />
            </li>
          ))}
        </ul>
      )}
      {hasRaw && (
        <>
          <button type="button" className="small" aria-expanded={raw} onClick={() => setRaw(!raw)}>
            {raw ? 'Hide raw' : 'Show raw'}
          </button>
          {raw && (
            <div className="raw">
              <div>
                <h3>Before</h3>
                <pre>{JSON.stringify(item.before ?? null, null, 2)}</pre>
              </div>
              <div>
                <h3>After</h3>
                <pre>{JSON.stringify(item.after ?? null, null, 2)}</pre>
              </div>
            </div>
          )}
        </>
      )}
    </li>
  )
}
