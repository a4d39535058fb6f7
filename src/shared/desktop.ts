/**
 * What the app knows about its place on the desktop: whether the system shows its notifications,
 * whether it starts at login, whether an update is waiting, and where its log file is. Main owns
 * it (src/main/desktop/status.ts); Settings and the tray show it.
 */
import { z } from 'zod'

const notificationStateSchema = z.object({
  /** unknown: nothing shown yet; refused: the system declined to show the last one. */
  state: z.enum(['unknown', 'shown', 'refused', 'unsupported']),
  /** What the system said when it refused, for the log and Settings. */
  detail: z.string().nullable(),
})
export type NotificationState = z.infer<typeof notificationStateSchema>

/** The system's own answer, read back rather than remembered. */
const launchAtLoginStateSchema = z.enum(['on', 'off', 'requires-approval', 'unsupported'])
export type LaunchAtLoginState = z.infer<typeof launchAtLoginStateSchema>

const updateStateSchema = z.discriminatedUnion('state', [
  /** Development runs and builds that cannot update themselves. */
  z.object({ state: z.literal('disabled') }),
  z.object({ state: z.literal('idle'), checkedAt: z.number().nullable() }),
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('downloading'), version: z.string(), percent: z.number().min(0).max(100) }),
  /** Downloaded: a restart installs it. */
  z.object({ state: z.literal('ready'), version: z.string() }),
  /** A newer release exists that this build cannot install itself (unsigned macOS): link to it. */
  z.object({ state: z.literal('manual'), version: z.string(), url: z.string() }),
  z.object({ state: z.literal('error'), message: z.string() }),
])
export type UpdateState = z.infer<typeof updateStateSchema>

export const desktopStatusSchema = z.object({
  notifications: notificationStateSchema,
  launchAtLogin: launchAtLoginStateSchema,
  update: updateStateSchema,
  /** The folder of the app's log files, or null where logs go to the console only. */
  logsFolder: z.string().nullable(),
})
export type DesktopStatus = z.infer<typeof desktopStatusSchema>
