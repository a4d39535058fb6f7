import { useState, type FormEvent } from 'react'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import type { Settings } from '../../../../shared/settings'
import { call, useAction } from '../../api'
import { FormErrorList } from '../../components/FormErrors'
import { useSettings } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import { settingsPatch } from '../../forms/settings'
import {
  AdvancedFields,
  AppearanceFields,
  NotificationFields,
  PollingFields,
  TrayFields,
} from './PreferenceFields'

export interface SectionProps {
  value: Settings
  onChange: (next: Settings) => void
  errors: FormErrors
}

export function PreferencesForm({ initial }: { initial: Settings }) {
  const { setSettings } = useSettings()
  const [saved, setSavedSettings] = useState(initial)
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [done, setDone] = useState(false)
  const save = useAction((patch: ChannelInput<'settings:update'>) => call('settings:update', patch))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setDone(false)
    const checked = settingsPatch(saved, form)
    if (!checked.ok) return setErrors(checked.errors)
    const r = await save.run(checked.value)
    if (r.ok) {
      setErrors(noErrors())
      setSavedSettings(r.value)
      setForm(r.value)
      setSettings(r.value)
      setDone(true)
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error)))
  }
  const props = { value: form, onChange: setForm, errors }

  return (
    <form onSubmit={submit} className="stack" aria-label="Preferences" noValidate>
      <FormErrorList errors={errors} />
      <NotificationFields {...props} />
      <PollingFields {...props} />
      <TrayFields {...props} />
      <AppearanceFields {...props} />
      <AdvancedFields {...props} />
      <div className="row sticky-actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save settings'}
        </button>
        <button
          type="button"
          onClick={() => {
            setForm(saved)
            setErrors(noErrors())
          }}
          disabled={save.pending}
        >
          Undo changes
        </button>
        {done && (
          <span role="status" className="ok">
            Settings saved.
          </span>
        )}
      </div>
    </form>
  )
}
