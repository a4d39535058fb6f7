import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import type { Settings } from '../../shared/settings'
import type { TokenStatus } from '../../shared/token-status'
import { call, useEvent, useQuery } from './api'
import { ErrorBoundary } from './components/ErrorBoundary'
import { Sidebar } from './components/Sidebar'
import { ErrorNotice, Loading } from './components/Status'
import { LocaleContext, SetTokenContext, SettingsContext, TokenContext, userLocale } from './context'
import { NavContext, type Route } from './nav'
import { OnboardingPage } from './pages/onboarding/OnboardingPage'
import { OverviewPage } from './pages/overview/OverviewPage'
import { applyTheme } from './theme'

// Pages with charts (recharts) and the session form (zod) load on first visit, in their own chunks.
const loadSessions = () => import('./pages/sessions/SessionsPage')
const loadSessionDetail = () => import('./pages/session/SessionDetailPage')
const loadStartSession = () => import('./pages/start/StartSessionPage')
const loadOrgasms = () => import('./pages/orgasms/OrgasmsPage')
// Lazy too: its forms bring zod, which the first page does not need.
const loadSettings = () => import('./pages/settings/SettingsPage')
const SessionsPage = lazy(loadSessions)
const SessionDetailPage = lazy(loadSessionDetail)
const StartSessionPage = lazy(loadStartSession)
const OrgasmsPage = lazy(loadOrgasms)
const SettingsPage = lazy(loadSettings)

/** Once the first page is shown, the others' code loads while the app is idle: no wait on first visit. */
function usePreloadPages() {
  useEffect(() => {
    const preload = () => {
      for (const load of [loadSessions, loadSessionDetail, loadOrgasms, loadStartSession, loadSettings])
        void load()
    }
    const handle = window.requestIdleCallback(preload, { timeout: 3000 })
    return () => window.cancelIdleCallback(handle)
  }, [])
}

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />
    case 'sessions':
      return <SessionsPage />
    case 'session':
      return <SessionDetailPage sessionId={route.sessionId} />
    case 'start':
      return <StartSessionPage />
    case 'orgasms':
      return <OrgasmsPage />
    case 'settings':
      return <SettingsPage />
  }
}

/** The settings, kept current from main; the theme follows them. */
function useSettingsState() {
  const [settings, setSettings] = useState<Settings | null>(null)
  useEffect(() => {
    call('settings:get').then(
      (view) => setSettings(view.settings),
      () => undefined,
    )
  }, [])
  useEvent('settings:changed', setSettings)
  const theme = settings?.theme ?? 'system'
  useEffect(() => applyTheme(theme), [theme])
  return useMemo(() => ({ settings, setSettings }), [settings])
}

export function App() {
  const [locale] = useState(userLocale)
  const [route, setRoute] = useState<Route>({ page: 'overview' })
  const auth = useQuery('auth:status', () => call('auth:status'), { scopes: [] })
  const [status, setStatus] = useState<TokenStatus | null>(null)
  const settings = useSettingsState()
  usePreloadPages()
  useEffect(() => {
    if (auth.data) setStatus(auth.data)
  }, [auth.data])
  useEvent('auth:status', setStatus)
  useEvent('navigate', (n) =>
    setRoute(
      n.page === 'session' && n.sessionId !== undefined
        ? { page: 'session', sessionId: n.sessionId }
        : { page: n.page === 'session' ? 'sessions' : n.page },
    ),
  )
  useEffect(() => {
    document.getElementById('main')?.focus()
  }, [route])

  let body
  if (status === null) {
    body = auth.error ? <ErrorNotice error={auth.error} onRetry={auth.refresh} /> : <Loading />
  } else if (status.state === 'none' || status.state === 'revoked') {
    body = (
      <OnboardingPage
        status={status}
        onSaved={(s) => {
          setStatus(s)
          setRoute({ page: 'overview' })
        }}
      />
    )
  } else {
    body = (
      <Suspense fallback={<Loading />}>
        <PageFor route={route} />
      </Suspense>
    )
  }
  const onboarding = status !== null && (status.state === 'none' || status.state === 'revoked')

  return (
    <LocaleContext.Provider value={locale}>
      <TokenContext.Provider value={status}>
        <SetTokenContext.Provider value={setStatus}>
          <SettingsContext.Provider value={settings}>
            <NavContext.Provider value={setRoute}>
              <div className={onboarding ? 'layout layout-single' : 'layout'}>
                {!onboarding && status !== null && <Sidebar current={route} onNavigate={setRoute} />}
                <main id="main" tabIndex={-1}>
                  <ErrorBoundary resetKey={JSON.stringify(route)}>{body}</ErrorBoundary>
                </main>
              </div>
            </NavContext.Provider>
          </SettingsContext.Provider>
        </SetTokenContext.Provider>
      </TokenContext.Provider>
    </LocaleContext.Provider>
  )
}
