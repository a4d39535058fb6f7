import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../src/shared/settings'
import {
  DISCREET_BODY,
  DISCREET_GAME_READY_BODY,
  DISCREET_TITLE,
  kindOf,
  planNotifications,
  type NotificationSettings,
  type NotifyContext,
} from '../../../src/main/notify/rules'
import { gameReadyEvent } from '../../../src/main/games/ready-event'
import { sessionStoppedEvent } from '../../../src/main/sync/events'

const M = 60_000
/** Saturday 7 Feb 2026, 12:00 in Berlin. */
const NOW = Date.UTC(2026, 1, 7, 11, 0)

const settings = (over: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...defaultSettings().notifications,
  ...over,
})

const ctx = (over: Partial<NotifyContext> = {}): NotifyContext => ({
  now: NOW,
  alreadyNotified: () => false,
  settings: settings(),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  ...over,
})

const dice = gameReadyEvent(7, 'dice', NOW - M)
const luck = gameReadyEvent(7, 'luck', NOW - 2 * M)

describe('notifications: a game can be played again', () => {
  it('is its own kind, on by default', () => {
    expect(kindOf(dice)).toBe('gameReady')
    expect(defaultSettings().notifications.kinds.gameReady).toBe(true)
  })

  it('says which game can be played, and opens its session', () => {
    const plan = planNotifications([dice], ctx())
    expect(plan.notifications).toEqual([
      {
        id: `gameReady:7:dice:${NOW - M}`,
        title: 'Dice is ready',
        body: 'Dice can be played now',
        sessionId: 7,
        eventIds: [dice.id],
      },
    ])
    expect(plan.markers).toEqual([dice.id])
  })

  it('is never repeated: an id already notified, or twice in a batch, is skipped', () => {
    expect(planNotifications([dice, dice], ctx()).notifications).toHaveLength(1)
    const again = planNotifications([dice], ctx({ alreadyNotified: (id) => id === dice.id }))
    expect(again).toEqual({ notifications: [], markers: [] })
  })

  it('is held back (and not shown later) in quiet hours, during a pause, or with its kind off', () => {
    const quiet = ctx({
      settings: settings({ quietHours: { enabled: true, start: '11:00', end: '13:00' } }),
    })
    const paused = ctx({ pausedUntil: NOW + M })
    const kindOff = ctx({ settings: settings({ kinds: { ...settings().kinds, gameReady: false } }) })
    const allOff = ctx({ settings: settings({ enabled: false }) })
    for (const held of [quiet, paused, kindOff, allOff]) {
      expect(planNotifications([dice], held)).toEqual({ notifications: [], markers: [dice.id] })
    }
    // The pause has ended: shown again.
    expect(planNotifications([dice], ctx({ pausedUntil: NOW - 1 })).notifications).toHaveLength(1)
  })

  it('in discreet mode only says a game is ready, and with other news says no more than the usual reminder', () => {
    const discreet = ctx({ settings: settings({ discreet: true }) })
    const games = planNotifications([dice, luck], discreet).notifications
    expect(games).toHaveLength(1)
    expect(games[0]).toMatchObject({ title: DISCREET_TITLE, body: DISCREET_GAME_READY_BODY })
    expect(games[0]?.id).not.toMatch(/dice|luck/i)
    const mixed = planNotifications([dice, sessionStoppedEvent(7, NOW)], discreet).notifications
    expect(mixed.map((n) => n.body)).toEqual([DISCREET_BODY])
  })

  it('is counted in a summary of many updates', () => {
    const events = [dice, luck, gameReadyEvent(7, 'dice', NOW - 3 * M), gameReadyEvent(7, 'luck', NOW)]
    const [summary] = planNotifications(events, ctx()).notifications
    expect(summary?.body).toBe('4 games ready')
  })
})
