import { useContext, useEffect, useRef, useState } from 'react'
import { call, useAction } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorNotice, Loading } from '../../components/Status'
import { TokenForm } from '../../components/TokenForm'
import { TokenContext, useSetTokenStatus } from '../../context'
import { READ_ONLY_TEXT } from '../../errorText'
import { useAnnounce } from '../../shell/announcer'

const STATE_TEXT = {
  none: 'No token set',
  unverified: 'Saved, not yet checked with Chastity Tracker',
  valid: 'Working',
  revoked: 'Refused by Chastity Tracker (revoked or replaced)',
} as const

export function TokenSection() {
  const status = useContext(TokenContext)
  const setStatus = useSetTokenStatus()
  const [replacing, setReplacing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const remove = useAction(() => call('auth:removeToken'))
  const announce = useAnnounce()
  const replaceButton = useRef<HTMLButtonElement>(null)
  // Closing the token form (saved or cancelled) would drop focus to the page: back to its button.
  const wasReplacing = useRef(false)
  useEffect(() => {
    if (wasReplacing.current && !replacing) replaceButton.current?.focus()
    wasReplacing.current = replacing
  }, [replacing])
  if (!status) return <Loading />

  return (
    <section className="card" aria-labelledby="token-heading">
      <h2 id="token-heading">API token</h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{STATE_TEXT[status.state]}</dd>
        {status.nick && (
          <>
            <dt>Account</dt>
            <dd>{status.nick}</dd>
          </>
        )}
        <dt>Permission</dt>
        <dd>
          {status.canWrite === null ? 'Not known yet' : status.canWrite ? 'Read and write' : 'Read only'}
        </dd>
        <dt>Stored in</dt>
        <dd>
          {status.storage === 'keychain'
            ? 'The system keychain'
            : 'Memory only (forgotten when the app quits)'}
        </dd>
      </dl>
      {status.canWrite === false && <p className="notice notice-warn">{READ_ONLY_TEXT}</p>}
      {remove.error && <ErrorNotice error={remove.error} />}
      {replacing ? (
        <>
          <TokenForm
            status={status}
            submitLabel="Save new token"
            onSaved={(s) => {
              setStatus(s)
              setReplacing(false)
            }}
          />
          <div className="row">
            <button type="button" onClick={() => setReplacing(false)}>
              Keep the current token
            </button>
          </div>
        </>
      ) : (
        <div className="row">
          <button ref={replaceButton} type="button" onClick={() => setReplacing(true)}>
            Replace token
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Remove token
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Remove the token?"
        message="The app stops syncing until you paste a token again. Your data on Chastity Tracker is not affected."
        confirmLabel="Remove"
        pending={remove.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const r = await remove.run()
          setConfirming(false)
          if (r.ok) {
            announce('Token removed')
            setStatus(r.value)
          }
        }}
      />
    </section>
  )
}
