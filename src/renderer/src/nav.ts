/** The dashboard's pages: simple state-based navigation, no URLs. */
import { createContext, useContext, useEffect } from 'react'

export type Route =
  | { page: 'overview' }
  | { page: 'sessions' }
  | { page: 'session'; sessionId: number }
  | { page: 'start'; kind?: 'live' | 'manual' }
  | { page: 'orgasms' }
  | { page: 'insight' }
  | { page: 'settings' }

export interface NavigateOptions {
  /** What the forms on this page hold is moot (their subject was just deleted): leave without asking. */
  discardChanges?: boolean
}

export const NavContext = createContext<(route: Route, options?: NavigateOptions) => void>(() => undefined)

export const useNavigate = () => useContext(NavContext)

/**
 * Forms with unsaved changes, by what they would lose ("the session's changes"). Navigating away
 * while one is registered asks first.
 */
export interface LeaveGuards {
  set(key: symbol, losing: string | null): void
}

export const LeaveGuardContext = createContext<LeaveGuards>({ set: () => undefined })

/** While `dirty`, leaving the page asks first, naming `losing`. */
export function useLeaveGuard(dirty: boolean, losing: string): void {
  const guards = useContext(LeaveGuardContext)
  useEffect(() => {
    const key = Symbol(losing)
    guards.set(key, dirty ? losing : null)
    return () => guards.set(key, null)
  }, [guards, dirty, losing])
}
