import { NOTIFICATION_KINDS, type NotificationKind } from '../../../../shared/settings'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import type { SectionProps } from './PreferencesForm'

const KIND_TEXT: Record<NotificationKind, string> = {
  dice: 'Dice rolls',
  link: 'Public link votes',
  luck: 'Luck plays',
  penalty: 'Penalties',
  dom: 'Dom actions',
  manual: 'Manual changes',
  rulesChanged: 'Game rules changed',
  started: 'Session started',
  stopped: 'Session stopped',
  endReached: 'Scheduled end reached',
  gameReady: 'A game can be played again',
}

export function NotificationFields({ value, onChange, errors }: SectionProps) {
  const n = value.notifications
  const setN = (patch: Partial<typeof n>) => onChange({ ...value, notifications: { ...n, ...patch } })
  return (
    <fieldset>
      <legend>Notifications</legend>
      <CheckboxField
        label="Show notifications"
        checked={n.enabled}
        onChange={(e) => setN({ enabled: e.target.checked })}
      />
      <fieldset disabled={!n.enabled}>
        <legend>Notify me about</legend>
        <div className="grid">
          {NOTIFICATION_KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              label={KIND_TEXT[kind]}
              checked={n.kinds[kind]}
              onChange={(e) => setN({ kinds: { ...n.kinds, [kind]: e.target.checked } })}
            />
          ))}
        </div>
      </fieldset>
      <CheckboxField
        label="Discreet mode"
        hint="Notifications say only that something changed, without details."
        checked={n.discreet}
        onChange={(e) => setN({ discreet: e.target.checked })}
      />
      <CheckboxField
        label="Quiet hours"
        checked={n.quietHours.enabled}
        onChange={(e) => setN({ quietHours: { ...n.quietHours, enabled: e.target.checked } })}
      />
      <div className="row">
        <TextField
          label="Quiet hours start"
          name="notifications.quietHours.start"
          type="time"
          disabled={!n.quietHours.enabled}
          value={n.quietHours.start}
          onChange={(e) => setN({ quietHours: { ...n.quietHours, start: e.target.value } })}
          error={errors.fields['notifications.quietHours.start']}
        />
        <TextField
          label="Quiet hours end"
          name="notifications.quietHours.end"
          type="time"
          disabled={!n.quietHours.enabled}
          value={n.quietHours.end}
          onChange={(e) => setN({ quietHours: { ...n.quietHours, end: e.target.value } })}
          error={errors.fields['notifications.quietHours.end']}
        />
      </div>
    </fieldset>
  )
}

export function PollingFields({ value, onChange, errors }: SectionProps) {
  const p = value.polling
  const setP = (patch: Partial<typeof p>) => onChange({ ...value, polling: { ...p, ...patch } })
  return (
    <fieldset>
      <legend>Checking for changes</legend>
      <div className="row">
        <TextField
          label="While locked, every (seconds)"
          name="polling.activeSeconds"
          type="number"
          min={10}
          value={Number.isNaN(p.activeSeconds) ? '' : p.activeSeconds}
          onChange={(e) => setP({ activeSeconds: e.target.valueAsNumber })}
          error={errors.fields['polling.activeSeconds']}
          hint="At least 10 seconds."
        />
        <TextField
          label="While not locked, every (seconds)"
          name="polling.idleSeconds"
          type="number"
          min={60}
          value={Number.isNaN(p.idleSeconds) ? '' : p.idleSeconds}
          onChange={(e) => setP({ idleSeconds: e.target.valueAsNumber })}
          error={errors.fields['polling.idleSeconds']}
          hint="At least 60 seconds."
        />
      </div>
    </fieldset>
  )
}

export function TrayFields({ value, onChange }: SectionProps) {
  const t = value.tray
  const setT = (patch: Partial<typeof t>) => onChange({ ...value, tray: { ...t, ...patch } })
  return (
    <fieldset>
      <legend>Tray</legend>
      <div className="row">
        <SelectField
          label="Tray shows"
          options={[
            ['remaining', 'Time remaining'],
            ['endTime', 'End time'],
          ]}
          value={t.display}
          onChange={(e) => setT({ display: e.target.value === 'endTime' ? 'endTime' : 'remaining' })}
        />
        <SelectField
          label="Show seconds"
          options={[
            ['lastHour', 'In the last hour'],
            ['always', 'Always'],
            ['never', 'Never'],
          ]}
          value={t.showSeconds}
          onChange={(e) => setT({ showSeconds: e.target.value as typeof t.showSeconds })}
        />
      </div>
    </fieldset>
  )
}

export function AppearanceFields({ value, onChange }: SectionProps) {
  return (
    <fieldset>
      <legend>General</legend>
      <SelectField
        label="Theme"
        options={[
          ['system', 'Same as the system'],
          ['light', 'Light'],
          ['dark', 'Dark'],
        ]}
        value={value.theme}
        onChange={(e) => onChange({ ...value, theme: e.target.value as typeof value.theme })}
      />
    </fieldset>
  )
}

export function AdvancedFields({ value, onChange, errors }: SectionProps) {
  return (
    <details open={errors.fields.apiBaseUrl ? true : undefined}>
      <summary>Advanced</summary>
      <TextField
        label="API base URL"
        name="apiBaseUrl"
        type="url"
        value={value.apiBaseUrl}
        onChange={(e) => onChange({ ...value, apiBaseUrl: e.target.value.trim() })}
        error={errors.fields.apiBaseUrl}
        hint="Leave as https://www.chastitytracker.org unless you know why to change it."
      />
    </details>
  )
}
