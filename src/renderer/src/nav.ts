/** The dashboard's pages: simple state-based navigation, no URLs. */
import { createContext, useContext } from 'react'

export type Route =
  | { page: 'overview' }
  | { page: 'sessions' }
  | { page: 'session'; sessionId: number }
  | { page: 'start' }
  | { page: 'orgasms' }
  | { page: 'settings' }

export const NavContext = createContext<(route: Route) => void>(() => undefined)

export const useNavigate = () => useContext(NavContext)
