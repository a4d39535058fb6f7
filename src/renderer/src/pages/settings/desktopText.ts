/**
 * What Settings says about the app's place on this computer, in the words of the user's system
 * (app:info's platform: 'darwin', 'win32', 'linux', or 'browser' for the browser harness).
 */
import type { LaunchAtLoginState, NotificationState, UpdateState } from '../../../../shared/desktop'
import { type Locale } from '../../format'
import { formatDateTime } from '../../../../shared/format'

export const STILL_SHOWN = 'The tray and the dashboard still show every change.'

export function launchAtLoginNote(state: LaunchAtLoginState, platform: string, name: string): string | null {
  switch (state) {
    case 'unsupported':
      return platform === 'browser'
        ? 'Not available when the app runs in a browser.'
        : 'Only an installed copy of the app can start at login.'
    case 'requires-approval':
      return `macOS needs your approval first: open System Settings > General > Login Items and allow ${name}.`
    case 'on':
    case 'off':
      return null
  }
}

/** Where to allow the app's notifications, per system. */
function howToAllow(platform: string, name: string): string {
  switch (platform) {
    case 'darwin':
      return `To allow them, open System Settings > Notifications > ${name} and turn on Allow notifications. If ${name} is not in that list, macOS does not let this copy of the app show notifications.`
    case 'win32':
      return `To allow them, open Settings > System > Notifications, turn notifications on, and turn them on for ${name}. Also check that Do not disturb is off.`
    case 'linux':
      return "Check your desktop's notification settings, and that Do not disturb is off."
    default:
      return "Check your system's notification settings."
  }
}

/** The paragraphs to show about notifications, or none while the system shows them. */
export function notificationsNote(state: NotificationState, platform: string, name: string): string[] {
  switch (state.state) {
    case 'refused':
      return [
        "Your system is not showing the app's notifications.",
        ...(state.detail ? [`It said: “${state.detail}”`] : []),
        howToAllow(platform, name),
        STILL_SHOWN,
      ]
    case 'unsupported':
      return ['This system cannot show notifications from the app.', STILL_SHOWN]
    case 'unknown':
    case 'shown':
      return []
  }
}

/** The update line; a percentage is left to the caller so that progress is not read out. */
export function updateText(update: UpdateState, loc: Locale): string {
  switch (update.state) {
    case 'disabled':
      return 'This copy of the app does not check for updates.'
    case 'idle':
      return update.checkedAt === null
        ? 'Not checked for updates yet.'
        : `Up to date (checked ${formatDateTime(update.checkedAt, loc)}).`
    case 'checking':
      return 'Checking for updates…'
    case 'downloading':
      return `Downloading version ${update.version}`
    case 'ready':
      return `Version ${update.version} is ready: restart to update.`
    case 'manual':
      return `Version ${update.version} is available.`
    case 'error':
      return 'The last check for updates did not work. The app will try again later.'
  }
}
