import { call, useQuery } from '../../api'
import { QueryView } from '../../components/Status'
import { AboutSection } from './AboutSection'
import { DesktopSection } from './DesktopSection'
import { ExportSection } from './ExportSection'
import { PreferencesForm } from './PreferencesForm'
import { TokenSection } from './TokenSection'
import { PageHeading } from '../../components/PageHeading'

export default function SettingsPage() {
  const view = useQuery('settings', () => call('settings:get'), { scopes: [] })
  const info = useQuery('app:info', () => call('app:info'), { scopes: [] })
  return (
    <div className="page">
      <PageHeading title="Settings">Settings</PageHeading>
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
      <ExportSection />
      {info.data && (
        <>
          <DesktopSection info={info.data} />
          <AboutSection info={info.data} />
        </>
      )}
    </div>
  )
}
