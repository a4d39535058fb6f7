import { useId, useState, type FormEvent, type RefObject } from 'react'
import { pageCount, pageOf, readPageJump } from '../lists/paging'
import '../lists/lists.css'

interface Props {
  offset: number
  limit: number
  total: number
  count: number
  onChange: (offset: number) => void
  label: string
  /** The list's heading: a new page brings it into view and moves focus to it. */
  top: RefObject<HTMLElement | null>
}

/** From this many pages on, the pager offers to type a page number. */
const JUMP_FROM = 3

/**
 * Previous / next over an offset-paged list, with "N–M of total", and a page-number field on long
 * lists. The buttons are never `disabled` (focus would drop to the page): at an end they say so.
 */
export function Pager({ offset, limit, total, count, onChange, label, top }: Props) {
  const first = total === 0 ? 0 : offset + 1
  const last = offset + count
  const pages = pageCount(total, limit)
  const go = (next: number) => {
    onChange(next)
    // The user reads a new page from its top.
    top.current?.focus({ preventScroll: true })
    top.current?.scrollIntoView({ block: 'start' })
  }
  const atStart = offset === 0
  const atEnd = last >= total
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        aria-disabled={atStart || undefined}
        onClick={() => !atStart && go(Math.max(0, offset - limit))}
      >
        Previous page
      </button>
      <span aria-live="polite">
        {first}–{last} of {total}
      </span>
      <button type="button" aria-disabled={atEnd || undefined} onClick={() => !atEnd && go(offset + limit)}>
        Next page
      </button>
      {pages >= JUMP_FROM && (
        <PageJumpForm key={offset} page={pageOf(offset, limit)} pages={pages} limit={limit} onJump={go} />
      )}
    </nav>
  )
}

function PageJumpForm({
  page,
  pages,
  limit,
  onJump,
}: {
  page: number
  pages: number
  limit: number
  onJump: (offset: number) => void
}) {
  const id = useId()
  const [text, setText] = useState(String(page))
  const [error, setError] = useState<string | null>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const jump = readPageJump(text, pages, limit)
    if (!jump.ok) return setError(jump.message)
    setError(null)
    onJump(jump.offset)
  }
  return (
    <form className="page-jump" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-page`}>Page</label>
      <input
        id={`${id}-page`}
        type="number"
        inputMode="numeric"
        min={1}
        max={pages}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <span>of {pages}</span>
      <button type="submit">Go</button>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}
