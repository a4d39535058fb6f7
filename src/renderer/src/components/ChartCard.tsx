import { Suspense, type ReactNode } from 'react'
import type { QueryState } from '../api'
import { Loading, QueryView } from './Status'

const LOADING_CHART = 'Loading the chart…'

interface Props<T> {
  title: string
  headingId: string
  query: QueryState<T>
  /** Shown while the data loads. */
  loadingLabel?: string
  /** The chart, a lazily loaded component. */
  children: (data: T) => ReactNode
}

/** A card drawing a chart of a query's data once both the data and the chart's code are in. */
export function ChartCard<T>({ title, headingId, query, loadingLabel = LOADING_CHART, children }: Props<T>) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <QueryView query={query} label={loadingLabel}>
        {(data) => <Suspense fallback={<Loading label={LOADING_CHART} />}>{children(data)}</Suspense>}
      </QueryView>
    </section>
  )
}
