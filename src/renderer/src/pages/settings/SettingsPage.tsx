import { call, useQuery } from '../../api'
import { QueryView } from '../../components/Status'
import { AboutSection } from './AboutSection'
import { DesktopSection } from './DesktopSection'
import { PreferencesForm } from './PreferencesForm'
import { TokenSection } from './TokenSection'

export default function SettingsPage() {
  const view = useQuery('settings', () => call('settings:get'), { scopes: [] })
  const info = useQuery('app:info', () => call('app:info'), { scopes: [] })
  return (
    <div className="page">
      <h1>Settings</h1>
      <TokenSection />
      <QueryView query={view}>
        {(v) => (
          <>
            {v.problem && (
              <p role="alert" className="notice notice-warn">
                {v.problem}
              </p>
            )}
            <PreferencesForm initial={v.settings} />
          </>
        )}
      </QueryView>
      {info.data && (
        <>
          <DesktopSection info={info.data} />
          <AboutSection info={info.data} />
        </>
      )}
    </div>
  )
}
