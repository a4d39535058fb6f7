import type { ReactNode } from 'react'
import type { AppError } from '../../../shared/ipc/errors'
import { errorText } from '../errorText'

export function Loading({ label = 'Loading…' }: { label?: string | undefined }) {
  return (
    <p role="status" className="status">
      {label}
    </p>
  )
}

export function ErrorNotice({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <div role="alert" className="notice notice-error">
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>
}

/** Loading / error / content in one place, for a query's result. */
export function QueryView<T>({
  query,
  children,
  label,
}: {
  query: { data: T | undefined; error: AppError | null; loading: boolean; refresh: () => void }
  children: (data: T) => ReactNode
  label?: string
}) {
  if (query.data === undefined) {
    if (query.error) return <ErrorNotice error={query.error} onRetry={query.refresh} />
    return <Loading label={label} />
  }
  return (
    <>
      {query.error && <ErrorNotice error={query.error} onRetry={query.refresh} />}
      {children(query.data)}
    </>
  )
}
