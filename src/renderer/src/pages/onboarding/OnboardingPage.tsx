import type { TokenStatus } from '../../../../shared/token-status'
import { call } from '../../api'
import { TokenForm } from '../../components/TokenForm'
import { PageHeading } from '../../components/PageHeading'

const SITE = 'https://www.chastitytracker.org'

export function OnboardingPage({
  status,
  onSaved,
}: {
  status: TokenStatus
  onSaved: (s: TokenStatus) => void
}) {
  const openSite = () => {
    call('shell:openExternal', { url: SITE }).catch(() => undefined)
  }
  return (
    <div className="page onboarding">
      <PageHeading title="Welcome">Welcome to Chastity Tracker Companion</PageHeading>
      {status.state === 'revoked' && (
        <div role="alert" className="notice notice-error">
          <p>
            Your API token stopped working: Chastity Tracker no longer accepts it (it was revoked or replaced
            on the website). Paste a new token to continue.
          </p>
        </div>
      )}
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What this app does</h2>
        <p>
          It keeps your Chastity Tracker lock in the system tray: a live countdown to your scheduled end,
          notifications when dice, luck, link votes or your dom change the schedule, and a dashboard of your
          sessions, their history and your orgasms.
        </p>
      </section>
      <section aria-labelledby="token-heading">
        <h2 id="token-heading">Connect your account</h2>
        <ol>
          <li>
            Open{' '}
            <button type="button" className="link" onClick={openSite}>
              chastitytracker.org
            </button>{' '}
            in your browser and sign in.
          </li>
          <li>Go to your profile / settings, then “API tokens”, and generate a token.</li>
          <li>
            Copy the token and paste it here. Give it write permission if you want to change data from this
            app.
          </li>
        </ol>
        <TokenForm status={status} onSaved={onSaved} />
      </section>
    </div>
  )
}
