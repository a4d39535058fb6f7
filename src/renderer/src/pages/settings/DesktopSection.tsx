import { useId, useState } from 'react'
import type {
  DesktopStatus,
  LaunchAtLoginState,
  NotificationState,
  UpdateState,
} from '../../../../shared/desktop'
import type { ChannelOutput } from '../../../../shared/ipc/contract'
import { call, useAction, useEvent, useQuery } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { CheckboxField } from '../../components/Field'
import { ErrorNotice, QueryView } from '../../components/Status'
import { useLocale } from '../../context'
import { launchAtLoginNote, notificationsNote, updateText } from './desktopText'

export type AppInfo = ChannelOutput<'app:info'>

/** The desktop status as main last told it: fetched once, then kept current by its event. */
function useDesktopStatus() {
  const query = useQuery('desktop:status', () => call('desktop:status'), { scopes: [] })
  const [pushed, setPushed] = useState<DesktopStatus | null>(null)
  useEvent('desktop:status', setPushed)
  return { query: { ...query, data: pushed ?? query.data }, setStatus: setPushed }
}

/** Launch at login, whether notifications show, updates and logs: what the system decides. */
export function DesktopSection({ info }: { info: AppInfo }) {
  const { query, setStatus } = useDesktopStatus()
  return (
    <section className="card desktop" aria-labelledby="desktop-heading">
      <h2 id="desktop-heading">This computer</h2>
      <QueryView query={query}>
        {(status) => (
          <>
            <LaunchAtLogin state={status.launchAtLogin} info={info} onChanged={setStatus} />
            <NotificationsNote state={status.notifications} info={info} />
            <UpdateLine update={status.update} />
            {status.logsFolder !== null && <LogsButton folder={status.logsFolder} />}
          </>
        )}
      </QueryView>
    </section>
  )
}

function LaunchAtLogin({
  state,
  info,
  onChanged,
}: {
  state: LaunchAtLoginState
  info: AppInfo
  onChanged: (status: DesktopStatus) => void
}) {
  const noteId = useId()
  // What the user just asked for, shown until the system answers.
  const [wanted, setWanted] = useState<boolean | null>(null)
  const change = useAction((enabled: boolean) => call('desktop:setLaunchAtLogin', { enabled }))
  return (
    <div>
      <CheckboxField
        label="Launch at login"
        checked={wanted ?? (state === 'on' || state === 'requires-approval')}
        disabled={state === 'unsupported'}
        aria-busy={change.pending || undefined}
        aria-describedby={noteId}
        onChange={async (e) => {
          // Ignored while the system answers, rather than disabled: focus stays on the box.
          if (change.pending) return
          setWanted(e.target.checked)
          const r = await change.run(e.target.checked)
          setWanted(null)
          if (r.ok) onChanged(r.value)
        }}
      />
      <p id={noteId} role="status" className="hint live-note">
        {launchAtLoginNote(state, info.platform, info.name)}
      </p>
      {change.error && <ErrorNotice error={change.error} />}
    </div>
  )
}

function NotificationsNote({ state, info }: { state: NotificationState; info: AppInfo }) {
  const lines = notificationsNote(state, info.platform, info.name)
  // Always rendered, so that a refusal arriving later is read out.
  return (
    <div role="status" className={lines.length > 0 ? 'notice notice-warn' : undefined}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}

function UpdateLine({ update }: { update: UpdateState }) {
  const loc = useLocale()
  const install = useAction(() => call('desktop:installUpdate'))
  return (
    <div className="row">
      <p>
        <span role="status">{updateText(update, loc)}</span>
        {update.state === 'downloading' && ` (${Math.floor(update.percent)}%)`}
      </p>
      {update.state === 'ready' && (
        <BusyButton
          type="button"
          className="primary"
          busy={install.pending}
          onClick={() => void install.run()}
        >
          Restart to update
        </BusyButton>
      )}
      {update.state === 'manual' && (
        <BusyButton
          type="button"
          aria-label={`Download version ${update.version}`}
          busy={install.pending}
          onClick={() => void install.run()}
        >
          Download
        </BusyButton>
      )}
      {install.error && <ErrorNotice error={install.error} />}
    </div>
  )
}

function LogsButton({ folder }: { folder: string }) {
  const open = useAction(() => call('desktop:openLogs'))
  const [failed, setFailed] = useState(false)
  return (
    <div className="row">
      <BusyButton
        type="button"
        busy={open.pending}
        onClick={async () => {
          const r = await open.run()
          setFailed(r.ok && !r.value)
        }}
      >
        Open logs folder
      </BusyButton>
      <p role="status" className="hint">
        {failed && `The folder could not be opened. The logs are in ${folder}`}
      </p>
      {open.error && <ErrorNotice error={open.error} />}
    </div>
  )
}
