/**
 * What the tray must show for a session right now: the countdown computed from the cached end
 * and the (server-corrected) clock, with the platform's locale and time zone.
 */
import { expect } from 'vitest'
import { computeCountdown } from '../../src/main/tray/countdown'
import type { Session } from '../../src/shared/api/schemas'
import { scheduledEnd, sessionStart } from '../../src/shared/api/time'
import type { RecordingPlatform } from '../../tools/harness/recording-platform'

/** The tooltip the default tray settings give at `now`. */
export function tooltipAt(platform: RecordingPlatform, session: Session, now: number): string {
  return computeCountdown({
    now,
    scheduledEnd: scheduledEnd(session),
    start: sessionStart(session),
    active: true,
    showSeconds: 'lastHour',
    display: 'remaining',
    locale: platform.app.locale,
    timeZone: platform.app.timeZone,
  }).tooltip
}

/**
 * The tray shows the countdown to `session`'s end at `now` (or two seconds before, when an update
 * is due this very moment), marked offline when it should be.
 */
export function expectTrayCounting(
  platform: RecordingPlatform,
  session: Session,
  now: number,
  offline = false,
): void {
  const suffix = offline ? ' (offline)' : ''
  const expected = [tooltipAt(platform, session, now), tooltipAt(platform, session, now - 2000)]
  expect(expected.map((t) => `${t}${suffix}`)).toContain(platform.tray.tooltip)
  expect(platform.tray.tooltip).toMatch(/^Ends .* left/)
}
