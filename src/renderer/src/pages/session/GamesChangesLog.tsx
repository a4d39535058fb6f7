import { useDeferredValue, useEffect, useRef, useState } from 'react'
import type { GamesChangeItem, JsonValue } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { useCall } from '../../api'
import { Pager } from '../../components/Pager'
import { Empty, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { formatDateTime } from '../../../../shared/format'
import { GAME_ACTION_WORDS, GAME_WORDS, ruleValueWords, ruleWords } from '../../../../shared/words'
import { jsonView, type JsonView } from '../../jsonValue'
import { createMemory } from '../../lists/memory'
import { lastPageOffset } from '../../hooks/usePageInRange'

/** Entries per page: a long log reads a page at a time. */
const PAGE = 20

/** The page of each session's log the user was on. */
const offsets = createMemory<number>()

/** Text as it is; an object or array as a nested list of "key: value" lines. */
function ViewOf({ view }: { view: JsonView }) {
  if (view.kind === 'text') return <>{ruleValueWords(view.text)}</>
  return (
    <ul className="json-value">
      {view.entries.map((entry) => (
        <li key={entry.key}>
          {ruleWords(entry.key)}: <ViewOf view={entry.value} />
        </li>
      ))}
    </ul>
  )
}

const ChangeValue = ({ value }: { value: JsonValue | undefined }) => <ViewOf view={jsonView(value)} />

/** The games-rules audit log, as the website shows it, a page at a time. */
export function GamesChangesLog({ sessionId }: { sessionId: number }) {
  // Another session is another log, with its own remembered page.
  return <SessionLog key={sessionId} sessionId={sessionId} />
}

function SessionLog({ sessionId }: { sessionId: number }) {
  const log = useCall(
    'gamesChanges:all',
    { session: sessionId, include_raw: 1 },
    { scopes: ['gamesChanges'], sessionId },
  )
  const key = `games:${sessionId}`
  const [offset, setOffset] = useState(() => offsets.recall(key) ?? 0)
  useEffect(() => offsets.remember(key, offset), [key, offset])
  const heading = useRef<HTMLHeadingElement>(null)
  // Hundreds of entries must not hold up the page's chart: they render when the page is idle.
  const data = useDeferredValue(log.data)
  const view = { ...log, data }
  const total = data?.items.length
  // Entries gone (the log is shorter now): show its last page rather than an empty one.
  const shownOffset = total === undefined || offset < total ? offset : lastPageOffset(total, PAGE)
  return (
    <section className="card" aria-labelledby="games-log-heading">
      <h2 id="games-log-heading" ref={heading} tabIndex={-1}>
        Game rule changes
      </h2>
      <QueryView query={view}>
        {(data) => {
          if (data.items.length === 0)
            return <Empty>The game rules of this session were never changed.</Empty>
          const items = data.items.slice(shownOffset, shownOffset + PAGE)
          return (
            <>
              <ol className="audit" start={shownOffset + 1}>
                {items.map((item, i) => (
                  <AuditRow key={`${item.id ?? ''}-${item.happened}-${shownOffset + i}`} item={item} />
                ))}
              </ol>
              {data.items.length > PAGE && (
                <Pager
                  label="Game rule changes pages"
                  offset={shownOffset}
                  limit={PAGE}
                  total={data.items.length}
                  count={items.length}
                  onChange={setOffset}
                  top={heading}
                />
              )}
            </>
          )
        }}
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
        <span className={`badge source-${item.game.toLowerCase()}`}>{GAME_WORDS[item.game]}</span>{' '}
        {GAME_ACTION_WORDS[item.action]}
      </p>
      {item.changes && item.changes.length > 0 && (
        <ul className="diff">
          {item.changes.map((c, i) => (
            <li key={`${c.label}-${i}`}>
              {ruleWords(c.label)}: <ChangeValue value={c.from} /> → <ChangeValue value={c.to} />
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
