import { describe, expect, it } from 'vitest'
import { session as sessionSchema, type GamePlayResult, type Session } from '../../../src/shared/api/schemas'
import { defaultSettings } from '../../../src/shared/settings'
import type { TimedGame } from '../../../src/shared/games/readiness'
import { ApiError } from '../../../src/main/api/errors'
import { TrayPlay } from '../../../src/main/games/tray-play'
import type { NativeNotification } from '../../../src/main/platform/types'
import type { NotificationSettings } from '../../../src/main/notify/rules'

/** Monday 30 Nov 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 10, 30, 12, 0)

const SESSION: Session = sessionSchema.parse({
  id: 7,
  start: '2026-11-01 10:00:00',
  end: null,
  scheduledend: '2026-12-01 10:00:00',
  active: 1,
  games: { dice: { dices: 1, waitint: 1, waitunit: 'HOUR' } },
})

const RESULT: GamePlayResult = {
  session: 7,
  dom: false,
  operation: 'ADD',
  seconds: 86_400,
  scheduledend_utc: '2026-12-02 10:00:00',
  multiplier: 2,
}

/** A play that answers when the test says, and a record of everything the tray and system were told. */
function setup(over: { settings?: Partial<NotificationSettings>; session?: Session | null } = {}) {
  const seen: string[] = []
  const shown: NativeNotification[] = []
  const requests: [TimedGame, number][] = []
  let answer: { resolve: (r: GamePlayResult) => void; reject: (e: unknown) => void } | null = null
  const opened: number[] = []
  const player = new TrayPlay({
    play: (game, sessionId) => {
      requests.push([game, sessionId])
      return new Promise((resolve, reject) => (answer = { resolve, reject }))
    },
    activeSession: () => (over.session === undefined ? SESSION : over.session),
    showPlaying: (game) => seen.push(`playing:${game ?? 'none'}`),
    showSession: (s) => seen.push(`end:${s.scheduledend ?? 'none'}`),
    notifier: { isSupported: () => true, show: (n) => shown.push(n) },
    settings: () => ({ ...defaultSettings().notifications, ...over.settings }),
    now: () => NOW,
    onClick: (sessionId) => opened.push(sessionId),
    log: () => undefined,
    locale: 'en-GB',
    timeZone: 'UTC',
  })
  const answered = () => {
    if (!answer) throw new Error('no play is waiting for its answer')
    return answer
  }
  return { player, seen, shown, requests, answered, opened }
}

describe('playing from the tray', () => {
  it('plays on the active session, shows it playing, then moves the tray and notifies the result', async () => {
    const { player, seen, shown, requests, answered, opened } = setup()
    const done = player.play('dice')
    expect(requests).toEqual([['dice', 7]])
    expect(seen).toEqual(['playing:dice'])
    // A second click while the first runs asks nothing more.
    await player.play('dice')
    expect(requests).toHaveLength(1)

    answered().resolve(RESULT)
    await done
    expect(seen).toEqual(['playing:dice', 'end:2026-12-02 10:00:00', 'playing:none'])
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Dice played', body: 'Dice: +1 day (x2). Ends Wed 10:00' },
    ])
    shown[0]!.onClick?.()
    expect(opened).toEqual([7])
  })

  it('gives the reason when the service refuses, and nothing moves', async () => {
    const { player, seen, shown, answered } = setup()
    const done = player.play('luck')
    answered().reject(new ApiError({ kind: 'validation', message: 'Luck cannot be played yet.' }))
    await done
    expect(seen).toEqual(['playing:luck', 'playing:none'])
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Luck was not played', body: 'Luck cannot be played yet.' },
    ])
  })

  it('uses neutral words in discreet mode, and stays silent with notifications off', async () => {
    const discreet = setup({ settings: { discreet: true } })
    const played = discreet.player.play('dice')
    discreet.answered().resolve(RESULT)
    await played
    expect(discreet.shown.map(({ title, body }) => `${title}: ${body}`)).toEqual(['Reminder: Game played'])

    const off = setup({ settings: { enabled: false } })
    const silent = off.player.play('dice')
    off.answered().resolve(RESULT)
    await silent
    expect(off.shown).toEqual([])
    expect(off.seen).toContain('end:2026-12-02 10:00:00')
  })

  it('is not held back by quiet hours or a pause: it answers a click', async () => {
    const { player, shown, answered } = setup({
      settings: { quietHours: { enabled: true, start: '00:00', end: '23:59' } },
    })
    const done = player.play('dice')
    answered().resolve(RESULT)
    await done
    expect(shown).toHaveLength(1)
  })

  it('does nothing without an active session', async () => {
    const { player, requests, seen } = setup({ session: null })
    await player.play('dice')
    expect(requests).toEqual([])
    expect(seen).toEqual([])
  })
})
