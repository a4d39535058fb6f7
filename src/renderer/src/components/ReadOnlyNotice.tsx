import { useCanWrite } from '../context'
import { READ_ONLY_TEXT } from '../errorText'

/** Shown above write controls when the token cannot write. */
export function ReadOnlyNotice() {
  if (useCanWrite()) return null
  return (
    <p className="notice notice-warn" role="note">
      {READ_ONLY_TEXT}
    </p>
  )
}
