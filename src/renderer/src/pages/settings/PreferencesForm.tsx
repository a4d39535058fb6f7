import { useState, type FormEvent } from 'react'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import type { Settings } from '../../../../shared/settings'
import { call, useAction } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { FormErrorList } from '../../components/FormErrors'
import { useSettings } from '../../context'
import { errorText } from '../../errorText'
import { appErrorToForm, noErrors, type FormErrors } from '../../forms/issues'
import { SETTINGS_WORDS, settingsEqual, settingsPatch } from '../../forms/settings'
import { useLeaveGuard } from '../../nav'
import { useAnnounce } from '../../shell/announcer'
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
  const announce = useAnnounce()
  const save = useAction((patch: ChannelInput<'settings:update'>) => call('settings:update', patch))
  useLeaveGuard(!settingsEqual(saved, form), 'your changes to the settings')

  // Focus stays on the button pressed (it is never disabled); the result is announced.
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (save.pending) return
    const checked = settingsPatch(saved, form)
    if (!checked.ok) return setErrors(checked.errors)
    const r = await save.run(checked.value)
    if (r.ok) {
      setErrors(noErrors())
      setSavedSettings(r.value)
      setForm(r.value)
      setSettings(r.value)
      announce('Settings saved')
    } else if (r.error) setErrors(appErrorToForm(r.error, errorText(r.error), SETTINGS_WORDS))
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
        <BusyButton type="submit" className="primary" busy={save.pending} busyLabel="Saving…">
          Save settings
        </BusyButton>
        <BusyButton
          type="button"
          busy={save.pending}
          onClick={() => {
            setForm(saved)
            setErrors(noErrors())
            announce('Changes undone', 'info')
          }}
        >
          Undo changes
        </BusyButton>
      </div>
    </form>
  )
}
