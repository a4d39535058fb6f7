import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import type { SyncState } from '../../shared/ipc/contract'
import type { Settings } from '../../shared/settings'
import type { TokenStatus } from '../../shared/token-status'
import { call, useEvent, useQuery } from './api'
import { ConfirmDialog } from './components/ConfirmDialog'
import { ErrorBoundary } from './components/ErrorBoundary'
import { Sidebar } from './components/Sidebar'
import { ErrorNotice, Loading } from './components/Status'
import { LocaleContext, SetTokenContext, SettingsContext, TokenContext, userLocale } from './context'
import { LeaveGuardContext, NavContext, type Route } from './nav'
import { OnboardingPage } from './pages/onboarding/OnboardingPage'
import { OverviewPage } from './pages/overview/OverviewPage'
import { AnnouncerProvider } from './shell/announcer'
import { ConnectionBanner } from './shell/ConnectionBanner'
import { SyncContext } from './shell/connection'
import { useGuardedNavigation } from './shell/navigation'
import { applyTheme } from './theme'
import './shell/shell.css'

// Pages with charts (recharts) and the session form (zod) load on first visit, in their own chunks.
const loadSessions = () => import('./pages/sessions/SessionsPage')
const loadSessionDetail = () => import('./pages/session/SessionDetailPage')
const loadStartSession = () => import('./pages/start/StartSessionPage')
const loadOrgasms = () => import('./pages/orgasms/OrgasmsPage')
const loadInsight = () => import('./pages/insight/InsightPage')
// Lazy too: its forms bring zod, which the first page does not need.
const loadSettings = () => import('./pages/settings/SettingsPage')
const SessionsPage = lazy(loadSessions)
const SessionDetailPage = lazy(loadSessionDetail)
const StartSessionPage = lazy(loadStartSession)
const OrgasmsPage = lazy(loadOrgasms)
const InsightPage = lazy(loadInsight)
const SettingsPage = lazy(loadSettings)

/** Once the first page is shown, the others' code loads while the app is idle: no wait on first visit. */
function usePreloadPages() {
  useEffect(() => {
    const preload = () => {
      for (const load of [
        loadSessions,
        loadSessionDetail,
        loadOrgasms,
        loadInsight,
        loadStartSession,
        loadSettings,
      ])
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
      return <StartSessionPage kind={route.kind ?? 'live'} />
    case 'orgasms':
      return <OrgasmsPage />
    case 'insight':
      return <InsightPage />
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

/** The sync state for the whole window: read once, then kept current by main's events. */
function useSyncState(active: boolean): SyncState | null {
  const [sync, setSync] = useState<SyncState | null>(null)
  const first = useQuery(active ? 'sync:state' : null, () => call('sync:state'), { scopes: [] })
  useEffect(() => {
    if (first.data) setSync(first.data)
  }, [first.data])
  useEvent('sync:state', setSync)
  return sync
}

export function App() {
  const [locale] = useState(userLocale)
  const { route, navigate, guards, pending } = useGuardedNavigation()
  const auth = useQuery('auth:status', () => call('auth:status'), { scopes: [] })
  const [status, setStatus] = useState<TokenStatus | null>(null)
  const settings = useSettingsState()
  usePreloadPages()
  useEffect(() => {
    if (auth.data) setStatus(auth.data)
  }, [auth.data])
  useEvent('auth:status', setStatus)
  useEvent('navigate', (n) =>
    navigate(
      n.page === 'session' && n.sessionId !== undefined
        ? { page: 'session', sessionId: n.sessionId }
        : { page: n.page === 'session' ? 'sessions' : n.page },
    ),
  )
  // Only a missing token shows the welcome page: a refused one keeps the saved dashboard, with
  // the token form in the banner above it.
  const onboarding = status?.state === 'none'
  const sync = useSyncState(status !== null && !onboarding)

  let body
  if (status === null) {
    body = auth.error ? <ErrorNotice error={auth.error} onRetry={auth.refresh} /> : <Loading />
  } else if (onboarding) {
    body = (
      <OnboardingPage
        status={status}
        onSaved={(s) => {
          setStatus(s)
          navigate({ page: 'overview' })
        }}
      />
    )
  } else {
    body = (
      <>
        <ConnectionBanner onTokenSaved={setStatus} />
        <Suspense fallback={<Loading />}>
          <PageFor key={JSON.stringify(route)} route={route} />
        </Suspense>
      </>
    )
  }

  return (
    <LocaleContext.Provider value={locale}>
      <TokenContext.Provider value={status}>
        <SetTokenContext.Provider value={setStatus}>
          <SettingsContext.Provider value={settings}>
            <SyncContext.Provider value={sync}>
              <NavContext.Provider value={navigate}>
                <LeaveGuardContext.Provider value={guards}>
                  <AnnouncerProvider>
                    <div className={onboarding ? 'layout layout-single' : 'layout'}>
                      {!onboarding && status !== null && <Sidebar current={route} onNavigate={navigate} />}
                      <main id="main">
                        <ErrorBoundary resetKey={JSON.stringify(route)}>{body}</ErrorBoundary>
                      </main>
                    </div>
                    <ConfirmDialog
                      open={pending !== null}
                      title="Leave without saving?"
                      message={`You have unsaved changes: ${pending?.losing ?? ''} will be lost.`}
                      confirmLabel="Leave without saving"
                      cancelLabel="Stay on this page"
                      onConfirm={() => pending?.leave()}
                      onCancel={() => pending?.stay()}
                    />
                  </AnnouncerProvider>
                </LeaveGuardContext.Provider>
              </NavContext.Provider>
            </SyncContext.Provider>
          </SettingsContext.Provider>
        </SetTokenContext.Provider>
      </TokenContext.Provider>
    </LocaleContext.Provider>
  )
}
