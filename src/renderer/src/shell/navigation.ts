/** The current page, and the one way to change it: through the unsaved-changes guard. */
import { useCallback, useMemo, useRef, useState } from 'react'
import type { LeaveGuards, NavigateOptions, Route } from '../nav'

export interface PendingLeave {
  /** What would be lost, in words ("your changes to this session"). */
  losing: string
  leave: () => void
  stay: () => void
}

export function useGuardedNavigation() {
  const [route, setRoute] = useState<Route>({ page: 'overview' })
  const [pending, setPending] = useState<PendingLeave | null>(null)
  const dirty = useRef(new Map<symbol, string>())

  const guards = useMemo<LeaveGuards>(
    () => ({
      set(key, losing) {
        if (losing === null) dirty.current.delete(key)
        else dirty.current.set(key, losing)
      },
    }),
    [],
  )

  const navigate = useCallback((next: Route, options: NavigateOptions = {}) => {
    if (options.discardChanges) dirty.current.clear()
    const losing = [...dirty.current.values()]
    if (losing.length === 0) {
      setRoute(next)
      return
    }
    setPending({
      losing: losing.join(' and '),
      leave: () => {
        dirty.current.clear()
        setPending(null)
        setRoute(next)
      },
      stay: () => setPending(null),
    })
  }, [])

  return { route, navigate, guards, pending }
}
