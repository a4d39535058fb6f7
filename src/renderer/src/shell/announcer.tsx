/**
 * The window's one voice for what just happened: "Session deleted", "Saved", a failed sync. The
 * message is shown where the eye lands (the top of the page) and read out by screen readers
 * through live regions that exist from the start, as live regions must. A confirmation outlives
 * a change of page, so "Session deleted" is still there on the list the delete returned to.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'

export type Tone = 'success' | 'info' | 'error'

interface Message {
  text: string
  tone: Tone
  /** Distinguishes two equal messages in a row, so the second is read out too. */
  seq: number
}

const AnnounceContext = createContext<(text: string, tone?: Tone) => void>(() => undefined)

/** Says something to the user: shown at the top of the page and read out. */
export const useAnnounce = () => useContext(AnnounceContext)

/** How long a confirmation stays on screen; errors stay until replaced or dismissed. */
const SHOW_MS = 8000

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null)
  const seq = useRef(0)
  const announce = useCallback((text: string, tone: Tone = 'success') => {
    seq.current += 1
    setMessage({ text, tone, seq: seq.current })
  }, [])

  useEffect(() => {
    if (!message || message.tone === 'error') return
    const timer = setTimeout(() => setMessage(null), SHOW_MS)
    return () => clearTimeout(timer)
  }, [message])

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <Announcement message={message} onDismiss={() => setMessage(null)} />
    </AnnounceContext.Provider>
  )
}

function Announcement({ message, onDismiss }: { message: Message | null; onDismiss: () => void }) {
  const polite = message && message.tone !== 'error' ? message : null
  const urgent = message?.tone === 'error' ? message : null
  return (
    <div className="announcer">
      <div aria-live="polite" aria-atomic="true">
        {polite && (
          <p key={polite.seq} className={`toast toast-${polite.tone}`}>
            {polite.text}
          </p>
        )}
      </div>
      <div aria-live="assertive" aria-atomic="true">
        {urgent && (
          <div key={urgent.seq} className="toast toast-error">
            <p>{urgent.text}</p>
            <button type="button" className="link" onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </div>
  )
}
