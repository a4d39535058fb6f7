import { useEffect, useId, useRef, useState } from 'react'
import { call, useAction, useEvent } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { useLocale } from '../../context'
import { useAnnounce } from '../../shell/announcer'
import { useConnection } from '../../shell/connection'
import { exportBlockReason, failureText, progressText, resultText, type ExportProgress } from './exportText'
import './export.css'

/** "Your data": everything the token can read, saved to a folder the user picks. */
export function ExportSection() {
  const { locale } = useLocale()
  const announce = useAnnounce()
  const blocked = exportBlockReason(useConnection())
  const exportId = useId()
  const run = useAction(() => call('export:run'))
  const cancel = useAction(() => call('export:cancel'))
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null)
  useEvent('export:progress', (p) => {
    if (run.pending) setProgress(p)
  })

  // The Cancel button goes when the export ends: focus it held returns to the Export button.
  const wasRunning = useRef(false)
  useEffect(() => {
    const active = document.activeElement
    if (wasRunning.current && !run.pending && (active === null || active === document.body))
      document.getElementById(exportId)?.focus()
    wasRunning.current = run.pending
  }, [run.pending, exportId])

  const start = async () => {
    setProgress(null)
    setOutcome(null)
    const r = await run.run()
    setProgress(null)
    if (!r.ok) {
      if (r.error === null) return
      const text = failureText(r.error)
      setOutcome({ text, failed: true })
      announce(text, 'error')
      return
    }
    const text = resultText(r.value, locale)
    setOutcome({ text, failed: false })
    announce(text, r.value.cancelled ? 'info' : 'success')
  }

  const words = progress ? progressText(progress, locale) : 'Starting…'
  return (
    <section className="card export" aria-labelledby="export-heading">
      <h2 id="export-heading">Your data</h2>
      <p>
        Save everything your token can read: your sessions with their history and rule changes, your orgasms
        and your account&apos;s stats. You get one JSON file with everything, to keep, and a CSV table of each
        kind for spreadsheets. All times are in UTC. What this computer already holds is not downloaded again.
      </p>
      <div className="row">
        <BusyButton
          id={exportId}
          type="button"
          className="primary"
          busy={run.pending}
          busyLabel="Exporting…"
          blockedReason={run.pending ? null : blocked}
          onClick={() => void start()}
        >
          Export…
        </BusyButton>
        {run.pending && (
          <BusyButton
            type="button"
            busy={cancel.pending}
            busyLabel="Cancelling…"
            onClick={() => void cancel.run()}
          >
            Cancel export
          </BusyButton>
        )}
      </div>
      {run.pending && (
        <div className="export-progress">
          <progress
            aria-label="Export progress"
            aria-valuetext={words}
            {...(progress && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
          />
          <p className="hint">{words}</p>
        </div>
      )}
      {outcome && (
        <p className={outcome.failed ? 'notice notice-error' : 'hint export-result'}>{outcome.text}</p>
      )}
    </section>
  )
}
