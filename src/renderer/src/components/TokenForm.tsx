/** Paste and save an API token; used by onboarding and settings. */
import { useRef, useState, type FormEvent } from 'react'
import type { TokenStatus } from '../../../shared/token-status'
import { call, useAction } from '../api'
import { errorText } from '../errorText'
import { useAnnounce } from '../shell/announcer'
import { BusyButton } from './BusyButton'
import { CheckboxField, TextField } from './Field'

interface Props {
  status: TokenStatus
  onSaved: (status: TokenStatus) => void
  submitLabel?: string
}

export const NO_TOKEN_TEXT = 'Paste your API token first'

export function TokenForm({ status, onSaved, submitLabel = 'Save token' }: Props) {
  const [token, setToken] = useState('')
  const [memoryOnly, setMemoryOnly] = useState(false)
  const [missing, setMissing] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const announce = useAnnounce()
  const save = useAction((t: string, memory: boolean) =>
    call('auth:setToken', memory ? { token: t, memoryOnly: true } : { token: t }),
  )

  // After a refusal the user fixes the token: focus goes back to it, whatever was pressed.
  const focusToken = () => formRef.current?.querySelector<HTMLInputElement>('input[name="token"]')?.focus()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (save.pending) return
    const trimmed = token.trim()
    setMissing(trimmed === '')
    if (!trimmed) return focusToken()
    const result = await save.run(trimmed, memoryOnly && !status.keychain.available)
    if (result.ok) {
      setToken('')
      announce(result.value.nick ? `Token saved: signed in as ${result.value.nick}` : 'Token saved')
      onSaved(result.value)
    } else {
      focusToken()
    }
  }

  const error = missing ? NO_TOKEN_TEXT : save.error ? errorText(save.error) : undefined
  return (
    <form ref={formRef} onSubmit={submit} className="stack" noValidate>
      <TextField
        label="API token"
        name="token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={token}
        onChange={(e) => {
          setToken(e.target.value)
          setMissing(false)
        }}
        required
        error={error}
        liveError
      />
      <KeychainStatus status={status} memoryOnly={memoryOnly} onMemoryOnly={setMemoryOnly} />
      <div className="row">
        <BusyButton type="submit" className="primary" busy={save.pending} busyLabel="Checking the token…">
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  )
}

function KeychainStatus({
  status,
  memoryOnly,
  onMemoryOnly,
}: {
  status: TokenStatus
  memoryOnly: boolean
  onMemoryOnly: (v: boolean) => void
}) {
  if (status.keychain.available) {
    return <p className="hint">The token is kept in your system keychain, never in a plain file.</p>
  }
  return (
    <div className="notice notice-warn">
      <p>
        The system keychain is not available
        {status.keychain.reason ? `: ${status.keychain.reason}` : '.'} Without it the token cannot be stored
        safely across restarts.
      </p>
      <CheckboxField
        label="Keep the token for this run only"
        checked={memoryOnly}
        onChange={(e) => onMemoryOnly(e.target.checked)}
      />
    </div>
  )
}
