import { useEffect, useState } from 'react'

/** The wall clock, re-read every `intervalMs` (the value is always Date.now(), never a tick count). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(id)
  }, [intervalMs])
  return now
}
