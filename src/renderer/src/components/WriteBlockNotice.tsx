import { useWriteBlock } from '../shell/connection'

/** Shown above write controls when changes cannot be made now, saying why. */
export function WriteBlockNotice() {
  const reason = useWriteBlock()
  if (reason === null) return null
  return (
    <p className="notice notice-warn" role="note">
      {reason}
    </p>
  )
}
