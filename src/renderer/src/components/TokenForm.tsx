/** Paste and save an API token; used by onboarding and settings. */
import { useState, type FormEvent } from 'react'
import type { TokenStatus } from '../../../shared/token-status'
import { call, useAction } from '../api'
import { errorText } from '../errorText'
import { CheckboxField, TextField } from './Field'

interface Props {
  status: TokenStatus
  onSaved: (status: TokenStatus) => void
  submitLabel?: string
}

export function TokenForm({ status, onSaved, submitLabel = 'Save token' }: Props) {
  const [token, setToken] = useState('')
  const [memoryOnly, setMemoryOnly] = useState(false)
  const save = useAction((t: string, memory: boolean) =>
    call('auth:setToken', memory ? { token: t, memoryOnly: true } : { token: t }),
  )

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const trimmed = token.trim()
    if (!trimmed) return
    const result = await save.run(trimmed, memoryOnly && !status.keychain.available)
    if (result.ok) {
      setToken('')
      onSaved(result.value)
    }
  }

  return (
    <form onSubmit={submit} className="stack">
      <TextField
        label="API token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={token}
        onChange={(e) => setToken(e.target.value)}
        required
        error={save.error ? errorText(save.error) : undefined}
      />
      <KeychainStatus status={status} memoryOnly={memoryOnly} onMemoryOnly={setMemoryOnly} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.pending || token.trim() === ''}>
          {save.pending ? 'Checking the token…' : submitLabel}
        </button>
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
