interface Props {
  offset: number
  limit: number
  total: number
  count: number
  onChange: (offset: number) => void
  label: string
}

/** Previous / next over an offset-paged list, with "N–M of total". */
export function Pager({ offset, limit, total, count, onChange, label }: Props) {
  const first = total === 0 ? 0 : offset + 1
  const last = offset + count
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => onChange(Math.max(0, offset - limit))} disabled={offset === 0}>
        Previous page
      </button>
      <span aria-live="polite">
        {first}–{last} of {total}
      </span>
      <button type="button" onClick={() => onChange(offset + limit)} disabled={last >= total}>
        Next page
      </button>
    </nav>
  )
}
