import { afterEach, describe, expect, it } from 'vitest'
import { session as sessionSchema, type Session } from '../../../src/shared/api/schemas'
import { formatUtc } from '../../../src/shared/api/time'
import type { SyncState } from '../../../src/shared/ipc/contract'
import { defaultSettings, type Settings } from '../../../src/shared/settings'
import type {
  TrayAdapter,
  TrayAppearance,
  TrayIconImage,
  TrayMenuItem,
} from '../../../src/main/platform/types'
import { NotificationPause } from '../../../src/main/notify/pause'
import { TrayController, type TrayCommand } from '../../../src/main/tray/controller'
import type { GamesView } from '../../../src/main/games/readiness-watch'
import { FakeClock } from '../../support/fake-clock'
import { decodePng } from './png-decode'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

/** Tuesday 10 Feb 2026, 14:00 in Berlin (13:00 UTC). */
const END = Date.UTC(2026, 1, 10, 13, 0, 0)

type Setter = 'title' | 'tooltip' | 'menu' | 'icon'

/** A tray that logs every call, so a test can see each value that was set and how often. */
class LoggingTray implements TrayAdapter {
  readonly calls: { setter: Setter; value: string }[] = []
  title = ''
  tooltip = ''
  menu: TrayMenuItem[] = []
  icon = ''
  lastIcon: TrayIconImage | null = null
  private onClick: ((id: string) => void) | null = null
  private readonly appearanceListeners: (() => void)[] = []

  constructor(
    readonly showsTitle = true,
    public appearance: TrayAppearance = { tintsTemplates: false, darkBar: false, highContrast: false },
  ) {}

  setTitle(title: string): void {
    this.title = title
    this.calls.push({ setter: 'title', value: title })
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip
    this.calls.push({ setter: 'tooltip', value: tooltip })
  }
  setMenu(items: TrayMenuItem[], onClick: (id: string) => void): void {
    this.menu = items
    this.onClick = onClick
    this.calls.push({ setter: 'menu', value: JSON.stringify(items) })
  }
  setIcon(icon: TrayIconImage): void {
    expect(icon.png.byteLength).toBeGreaterThan(0)
    this.icon = icon.description
    this.lastIcon = icon
    this.calls.push({
      setter: 'icon',
      value: [icon.description, icon.template, Buffer.from(icon.png).toString('base64')].join('|'),
    })
  }
  onAppearanceChange(listener: () => void): void {
    this.appearanceListeners.push(listener)
  }
  /** The system's theme changes (or says it may have: 'updated' also fires for other reasons). */
  changeAppearance(patch: Partial<TrayAppearance>): void {
    this.appearance = { ...this.appearance, ...patch }
    for (const listener of this.appearanceListeners) listener()
  }
  /** The colours of the last icon's fully opaque pixels at 1x, as "r,g,b". */
  iconColours(): string[] {
    if (!this.lastIcon) return []
    const { rgba } = decodePng(Buffer.from(this.lastIcon.png))
    const colours = new Set<string>()
    for (let i = 0; i < rgba.length; i += 4)
      if (rgba[i + 3] === 255) colours.add([...rgba.subarray(i, i + 3)].join(','))
    return [...colours]
  }

  count(setter: Setter): number {
    return this.calls.filter((c) => c.setter === setter).length
  }
  labels(): string[] {
    return this.menu.map((m) => (m.kind === 'item' ? m.label : '---'))
  }
  menuLine(): string {
    const first = this.menu[0]
    return first?.kind === 'item' ? first.label : ''
  }
  click(id: string): void {
    const item = this.menu.find((m) => m.kind === 'item' && m.id === id)
    if (item?.kind !== 'item' || !item.enabled || !this.onClick) throw new Error(`no enabled menu item ${id}`)
    this.onClick(id)
  }
  /** Calls the menu handler with any id, as a misbehaving platform could. */
  clickAnyway(id: string): void {
    this.onClick?.(id)
  }
  /** No setter was ever called twice in a row with the same value. */
  expectNoRepeats(): void {
    const last = new Map<Setter, string>()
    for (const call of this.calls) {
      expect(call.value, `${call.setter} set again to the same value`).not.toBe(last.get(call.setter))
      last.set(call.setter, call.value)
    }
  }
}

function lockedSession(over: { end?: number | null; start?: number; id?: number } = {}): Session {
  const end = over.end === undefined ? END : over.end
  const start = over.start ?? END - 10 * D
  return sessionSchema.parse({
    id: over.id ?? 7,
    start: formatUtc(start),
    end: null,
    scheduledend: end === null ? null : formatUtc(end),
    active: 1,
    timezonestart: '+00:00',
  })
}

function syncState(over: Partial<SyncState> = {}): SyncState {
  return {
    lastSyncAt: null,
    lastError: null,
    offline: false,
    syncing: false,
    stoppedForToken: false,
    ...over,
  }
}

const controllers: TrayController[] = []
afterEach(() => {
  while (controllers.length > 0) controllers.pop()!.dispose()
})

function setup(
  now: number,
  over: {
    tray?: Partial<Settings['tray']>
    showsTitle?: boolean
    timeZone?: string
    appearance?: TrayAppearance
  } = {},
) {
  const clock = new FakeClock(now)
  const pause = new NotificationPause(clock.now)
  const tray = new LoggingTray(over.showsTitle ?? true, over.appearance)
  const commands: TrayCommand[] = []
  let traySettings: Settings['tray'] = { ...defaultSettings().tray, ...over.tray }
  const controller = new TrayController({
    tray,
    clock,
    pause,
    settings: () => traySettings,
    onCommand: (command) => commands.push(command),
    timeZone: over.timeZone ?? 'Europe/Berlin',
    locale: 'en-GB',
  })
  controllers.push(controller)
  const changeSettings = (patch: Partial<Settings['tray']>) => {
    traySettings = { ...traySettings, ...patch }
    controller.refresh()
  }
  return { clock, tray, commands, controller, changeSettings, pause }
}

describe('tray controller: updates only on change', () => {
  it('calls each setter only when its value changes, over three hours of minute steps', () => {
    const { clock, tray, controller } = setup(END - (2 * D + 3 * H + 14 * M))
    controller.setSession(lockedSession())
    expect(tray.title).toBe('2d 03:14')
    expect(tray.calls.map((c) => c.setter)).toEqual(['title', 'tooltip', 'menu', 'icon'])

    clock.advance(3 * H)
    expect(tray.title).toBe('2d 00:14')
    tray.expectNoRepeats()
    // One title and menu change per minute; the tooltip words ("2 days 3 hours") change hourly.
    expect(tray.count('title')).toBe(181)
    expect(tray.count('menu')).toBe(181)
    expect(tray.count('tooltip')).toBeLessThanOrEqual(5)
    // 13 days in 48 icon steps: at most one step in three hours.
    expect(tray.count('icon')).toBeLessThanOrEqual(2)
  })

  it('does not touch the tray when refreshed with nothing changed', () => {
    const { clock, tray, controller } = setup(END - 3 * D)
    controller.setSession(lockedSession())
    const before = tray.calls.length
    for (let i = 0; i < 20; i++) {
      controller.refresh()
      controller.setSyncState(syncState())
      controller.setSession(lockedSession())
      clock.advance(S)
    }
    expect(tray.calls.length).toBe(before)
  })

  it('calls each setter only on change while seconds tick, with many extra refreshes', () => {
    const { clock, tray, controller } = setup(END - 10 * M)
    controller.setSession(lockedSession())
    for (let i = 0; i < 600; i++) {
      clock.advance(500)
      controller.refresh()
    }
    expect(tray.title).toBe('5:00')
    tray.expectNoRepeats()
    expect(tray.count('title')).toBe(301)
    // The menu line counts in minutes even while the title shows seconds.
    expect(tray.count('menu')).toBe(6)
  })

  it('never sets a title on a platform that shows none', () => {
    const { clock, tray, controller } = setup(END - 3 * D, { showsTitle: false })
    controller.setSession(lockedSession())
    clock.advance(10 * M)
    expect(tray.count('title')).toBe(0)
    expect(tray.menuLine()).toBe('2d 23:50 left — ends Tue 14:00')
  })
})

describe('tray controller: cadence', () => {
  it('wakes at most once a minute while the end is more than an hour away', () => {
    const { clock, controller } = setup(END - 5 * D + 17 * S)
    controller.setSession(lockedSession())
    for (let i = 0; i < 3 * 60; i++) {
      clock.advance(M)
      expect(clock.pendingTimers()).toHaveLength(1)
      expect(clock.pendingTimers()[0]).toBeLessThanOrEqual(M)
    }
    expect(clock.fired).toBeLessThanOrEqual(181)
    expect(clock.fired).toBeGreaterThanOrEqual(179)
  })

  it('switches to seconds for the last hour, exactly when 59:59 is left', () => {
    const { clock, tray, controller } = setup(END - (H + 30 * S))
    controller.setSession(lockedSession())
    expect(tray.title).toBe('1h 01m')
    expect(clock.pendingTimers()).toEqual([30 * S])
    clock.advance(30 * S)
    expect(tray.title).toBe('1h 00m')
    expect(clock.pendingTimers()).toEqual([S])
    clock.advance(S)
    expect(tray.title).toBe('59:59')
    expect(clock.pendingTimers()).toEqual([S])
    const fired = clock.fired
    clock.advance(10 * M)
    expect(tray.title).toBe('49:59')
    expect(clock.fired - fired).toBe(600)
  })

  it('shows seconds throughout with showSeconds "always", and never with "never"', () => {
    const always = setup(END - (2 * D + 3 * H + 14 * M + 5 * S), { tray: { showSeconds: 'always' } })
    always.controller.setSession(lockedSession())
    expect(always.tray.title).toBe('2d 03:14:05')
    expect(always.clock.pendingTimers()).toEqual([S])

    const never = setup(END - 30 * M - 20 * S, { tray: { showSeconds: 'never' } })
    never.controller.setSession(lockedSession())
    expect(never.tray.title).toBe('31m')
    expect(never.clock.pendingTimers()).toEqual([20 * S])
    never.clock.advance(10 * M)
    expect(never.tray.title).toBe('21m')
    expect(never.clock.fired).toBe(10)
  })

  it('follows a settings change at once', () => {
    const { tray, controller, changeSettings } = setup(END - 2 * D)
    controller.setSession(lockedSession())
    expect(tray.title).toBe('2d 00:00')
    changeSettings({ display: 'endTime' })
    expect(tray.title).toBe('Ends Tue 14:00')
  })

  it('keeps no timer when not locked', () => {
    const { clock, tray, controller } = setup(END)
    controller.setSession(null)
    expect(tray.title).toBe('Not locked')
    expect(clock.pendingTimers()).toEqual([])
    const calls = tray.calls.length
    clock.advance(3 * D)
    expect(clock.fired).toBe(0)
    expect(tray.calls.length).toBe(calls)
  })

  it('stops its timer when a session ends, and when disposed', () => {
    const { clock, controller } = setup(END - D)
    controller.setSession(lockedSession())
    expect(clock.pendingTimers()).toHaveLength(1)
    controller.setSession(null)
    expect(clock.pendingTimers()).toEqual([])
    controller.setSession(lockedSession())
    controller.dispose()
    expect(clock.pendingTimers()).toEqual([])
    controller.refresh()
    expect(clock.pendingTimers()).toEqual([])
  })

  it('never keeps more than one timer, however often it is refreshed', () => {
    const { clock, controller } = setup(END - D)
    controller.setSession(lockedSession())
    for (let i = 0; i < 10; i++) {
      controller.refresh()
      controller.setSession(lockedSession({ end: END + i * M }))
      controller.setSyncState(syncState({ offline: i % 2 === 0 }))
    }
    expect(clock.pendingTimers()).toHaveLength(1)
  })
})

describe('tray controller: computed from the end instant and the clock', () => {
  const START = END - (2 * D + 3 * H + 14 * M)

  it('is right at once after a sleep of eight hours and a refresh (resume)', () => {
    const { clock, tray, controller } = setup(START)
    controller.setSession(lockedSession())
    expect(tray.title).toBe('2d 03:14')
    clock.jump(8 * H)
    controller.refresh()
    expect(tray.title).toBe('1d 19:14')
    expect(tray.tooltip).toBe('Ends Tue 14:00 — 1 day 19 hours left')
  })

  it('corrects itself within a minute after a clock jump even without a refresh', () => {
    const { clock, tray, controller } = setup(START)
    controller.setSession(lockedSession())
    clock.jump(8 * H)
    clock.advance(M)
    expect(tray.title).toBe('1d 19:13')
  })

  it('counts up again when the clock is set back', () => {
    const { clock, tray, controller } = setup(START)
    controller.setSession(lockedSession())
    clock.jump(-2 * H)
    controller.refresh()
    expect(tray.title).toBe('2d 05:14')
    expect(clock.pendingTimers()).toEqual([M])
  })

  it('follows the end moved backwards', () => {
    const { clock, tray, controller } = setup(START)
    controller.setSession(lockedSession())
    controller.setSession(lockedSession({ end: END - 2 * D - 3 * H }))
    expect(tray.title).toBe('14:00')
    expect(clock.pendingTimers()).toEqual([S])
    controller.setSession(lockedSession({ end: START + 30 * S }))
    expect(tray.title).toBe('0:30')
    clock.advance(30 * S)
    expect(tray.title).toBe('Time is up')
  })

  it('shows "Time is up" right after resume when the end passed during sleep', () => {
    const { clock, tray, controller } = setup(END - 30 * M)
    controller.setSession(lockedSession())
    expect(tray.title).toBe('30:00')
    clock.jump(8 * H)
    controller.refresh()
    expect(tray.title).toBe('Time is up')
    expect(tray.tooltip).toBe('Time is up — ended Tue 14:00')
    expect(tray.menuLine()).toBe('Time is up — ended Tue 14:00')
    expect(tray.icon).toBe('overdue 100%')
  })

  it('turns to "Time is up" exactly at the end, never showing zero before', () => {
    const { clock, tray, controller } = setup(END - 3 * S)
    controller.setSession(lockedSession())
    const titles: string[] = [tray.title]
    for (let i = 0; i < 4; i++) {
      clock.advance(S)
      titles.push(tray.title)
    }
    expect(titles).toEqual(['0:03', '0:02', '0:01', 'Time is up', 'Time is up'])
  })

  it('counts the time locked up when the session has no scheduled end', () => {
    const now = END
    const { clock, tray, controller } = setup(now)
    controller.setSession(lockedSession({ end: null, start: now - (4 * D + 2 * H + 5 * M + 10 * S) }))
    expect(tray.title).toBe('Locked 4d 2h 5m')
    expect(tray.tooltip).toBe('Locked for 4 days 2 hours — no scheduled end')
    expect(clock.pendingTimers()).toEqual([50 * S])
    clock.advance(50 * S)
    expect(tray.title).toBe('Locked 4d 2h 6m')
  })

  it('shows "Not locked" without a session', () => {
    const { tray, controller } = setup(END)
    controller.setSession(lockedSession())
    controller.setSession(null)
    expect(tray.title).toBe('Not locked')
    expect(tray.tooltip).toBe('Not locked')
    expect(tray.menuLine()).toBe('Not locked')
    expect(tray.icon).toBe('none')
  })

  it('keeps the remaining duration exact across a DST change (Berlin, 29 Mar 2026)', () => {
    // 02:00 CET jumps to 03:00 CEST at 01:00 UTC on 29 March.
    const end = Date.UTC(2026, 2, 30, 12, 0, 0)
    const { clock, tray, controller } = setup(Date.UTC(2026, 2, 28, 12, 0, 0), { timeZone: 'Europe/Berlin' })
    controller.setSession(lockedSession({ end }))
    expect(tray.title).toBe('2d 00:00')
    expect(tray.tooltip).toBe('Ends Mon 14:00 — 2 days left')
    clock.advance(13 * H)
    expect(tray.title).toBe('1d 11:00')
    clock.advance(11 * H)
    expect(tray.title).toBe('1d 00:00')
    expect(tray.tooltip).toBe('Ends Mon 14:00 — 1 day left')
  })

  it('marks the tooltip while offline', () => {
    const { tray, controller } = setup(END - 2 * D)
    controller.setSession(lockedSession())
    controller.setSyncState(syncState({ offline: true }))
    expect(tray.tooltip).toBe('Ends Tue 14:00 — 2 days left (offline)')
    controller.setSyncState(syncState({ offline: false }))
    expect(tray.tooltip).toBe('Ends Tue 14:00 — 2 days left')
  })
})

describe('tray controller: menu', () => {
  it('has the countdown line, the commands and Quit, each calling onCommand', () => {
    const { tray, commands, controller } = setup(END - 2 * D)
    controller.setSession(lockedSession())
    expect(tray.labels()).toEqual([
      '2d 00:00 left — ends Tue 14:00',
      '---',
      'Open dashboard',
      'Refresh now',
      'Pause notifications for an hour',
      '---',
      'Quit',
    ])
    expect(tray.menu[0]).toMatchObject({ kind: 'item', enabled: false })
    for (const id of ['open', 'refresh', 'pause', 'quit']) tray.click(id)
    expect(commands).toEqual(['open', 'refresh', 'pause', 'quit'])
  })

  it('offers Resume while notifications are paused, and Pause again once the pause is over', () => {
    const { clock, tray, commands, controller, pause } = setup(END)
    controller.setSession(null)
    pause.pauseFor(60)
    expect(tray.labels()).toContain('Resume notifications')
    expect(tray.labels()).not.toContain('Pause notifications for an hour')
    tray.click('resume-notifications')
    expect(commands).toEqual(['resume-notifications'])

    // Nothing else changes while not locked: the end of the pause alone must bring Pause back.
    clock.advance(H)
    expect(tray.labels()).toContain('Pause notifications for an hour')
    expect(clock.pendingTimers()).toEqual([])
  })

  it('ignores a pause that is already over', () => {
    const { clock, tray, controller, pause } = setup(END)
    controller.setSession(null)
    pause.pauseFor(1)
    clock.jump(2 * M)
    controller.refresh()
    expect(tray.labels()).toContain('Pause notifications for an hour')
  })

  it('passes only its own commands on', () => {
    const { tray, commands, controller } = setup(END - 2 * D)
    controller.setSession(lockedSession())
    tray.clickAnyway('status')
    tray.clickAnyway('something-else')
    expect(commands).toEqual([])
  })
})

describe('tray controller: icon', () => {
  // Two days from start to end: one icon step (1/48) per hour.
  const start = END - 2 * D

  it('is redrawn only when its look changes, at the next refresh after a step', () => {
    const { clock, tray, controller } = setup(start + 30 * M)
    controller.setSession(lockedSession({ start }))
    expect(tray.icon).toBe('counting 1%')
    clock.advance(3 * H)
    tray.expectNoRepeats()
    expect(tray.count('icon')).toBe(4)
    // Drawn at the step at start + 3h (6.25%), not again during the half hour since.
    expect(tray.icon).toBe('counting 6%')
  })

  it('picks up a step with the first minute refresh after it', () => {
    const { clock, tray, controller } = setup(start + H - 30 * S)
    controller.setSession(lockedSession({ start }))
    const before = tray.count('icon')
    clock.advance(29 * S)
    expect(tray.count('icon')).toBe(before)
    clock.advance(S)
    expect(tray.count('icon')).toBe(before + 1)
  })

  it('is redrawn when the state changes, and not on a refresh that changes nothing', () => {
    const { clock, tray, controller } = setup(END - 2 * S)
    controller.setSession(lockedSession({ start }))
    const before = tray.count('icon')
    controller.refresh()
    expect(tray.count('icon')).toBe(before)
    clock.advance(2 * S)
    expect(tray.icon).toBe('overdue 100%')
    expect(tray.count('icon')).toBe(before + 1)
    controller.setSession(null)
    expect(tray.icon).toBe('none')
    controller.setSession(lockedSession({ end: null, start }))
    expect(tray.icon).toBe('open')
    expect(tray.count('icon')).toBe(before + 3)
  })

  it('catches up on a refresh after a sleep', () => {
    const { clock, tray, controller } = setup(start + 30 * M)
    controller.setSession(lockedSession({ start }))
    clock.jump(24 * H)
    controller.refresh()
    expect(tray.icon).toBe('counting 51%')
  })
})

describe('tray controller: icon for the bar', () => {
  const start = END - 2 * D

  it('draws dark strokes for a light bar, and redraws them light when the bar turns dark', () => {
    const { tray, controller } = setup(start + D, { showsTitle: false })
    controller.setSession(lockedSession({ start }))
    expect(tray.iconColours()).toEqual(['0,0,0'])
    const calls = tray.calls.length

    tray.changeAppearance({ darkBar: true })
    expect(tray.iconColours()).toEqual(['255,255,255'])
    // Only the icon: nothing else depends on the bar.
    expect(tray.calls.slice(calls).map((c) => c.setter)).toEqual(['icon'])

    tray.changeAppearance({ darkBar: false })
    expect(tray.iconColours()).toEqual(['0,0,0'])
    tray.expectNoRepeats()
  })

  it('does not redraw when the system says the theme was updated but nothing the icon shows changed', () => {
    const { tray, controller } = setup(start + 30 * M)
    controller.setSession(lockedSession({ start }))
    const calls = tray.calls.length
    tray.changeAppearance({})
    expect(tray.calls.length).toBe(calls)
  })

  it('draws a template where the system tints them, the same on a dark menu bar, and in red when time is up', () => {
    const menuBar: TrayAppearance = { tintsTemplates: true, darkBar: false, highContrast: false }
    const { clock, tray, controller } = setup(END - S, { appearance: menuBar })
    controller.setSession(lockedSession({ start }))
    expect(tray.lastIcon?.template).toBe(true)
    const icons = tray.count('icon')
    tray.changeAppearance({ darkBar: true })
    expect(tray.count('icon')).toBe(icons)

    clock.advance(S)
    expect(tray.icon).toBe('overdue 100%')
    expect(tray.lastIcon?.template).toBe(false)
    expect(tray.iconColours()).toEqual(['229,72,77'])
  })

  it('redraws for high contrast', () => {
    const { tray, controller } = setup(start + 30 * M)
    controller.setSession(lockedSession({ start }))
    const icons = tray.count('icon')
    tray.changeAppearance({ highContrast: true })
    expect(tray.count('icon')).toBe(icons + 1)
    // Dark strokes on a white disc.
    expect(tray.iconColours()).toEqual(expect.arrayContaining(['0,0,0', '255,255,255']))
  })

  it('draws nothing on an appearance change before it has shown anything', () => {
    const { tray } = setup(start + 30 * M)
    tray.changeAppearance({ darkBar: true })
    expect(tray.calls).toEqual([])
  })

  it('draws nothing once disposed', () => {
    const { tray, controller } = setup(start + 30 * M)
    controller.setSession(lockedSession({ start }))
    controller.dispose()
    const calls = tray.calls.length
    tray.changeAppearance({ darkBar: true })
    expect(tray.calls.length).toBe(calls)
  })
})

describe('tray controller: updates', () => {
  const labels = (tray: { menu: TrayMenuItem[] }) =>
    tray.menu.flatMap((item) => (item.kind === 'item' ? [item.label] : []))

  it('offers a restart once an update is downloaded, and a download where it must be installed by hand', () => {
    const { tray, controller, commands } = setup(END - 3 * D)
    controller.setSession(lockedSession())
    expect(labels(tray).some((l) => /update|Download/.test(l))).toBe(false)

    controller.setUpdate({ state: 'downloading', version: '0.2.0', percent: 50 })
    expect(labels(tray).some((l) => /update/.test(l))).toBe(false)

    controller.setUpdate({ state: 'ready', version: '0.2.0' })
    expect(labels(tray)).toContain('Restart to update to 0.2.0')
    tray.click('install-update')
    expect(commands).toEqual(['install-update'])

    controller.setUpdate({ state: 'manual', version: '0.3.0', url: 'https://example.com/r' })
    expect(labels(tray)).toContain('Download version 0.3.0…')
    expect(labels(tray).at(-1)).toBe('Quit')
  })
})

describe('tray controller: games', () => {
  const diceWaiting = (readyAt: number): GamesView => ({
    sessionId: 7,
    games: [{ game: 'dice', readiness: { state: 'waiting', readyAt, lastPlay: readyAt - H } }],
    link: { url: 'https://x.test/vote', votes: { added: 0, removed: 0 } },
  })

  it('puts the game items under the status line, counts them down with the timer, and sends their commands', () => {
    const { clock, tray, controller, commands } = setup(END - 3 * D)
    controller.setSession(lockedSession())
    controller.setGames(diceWaiting(END - 3 * D + 2 * M))
    expect(tray.labels().slice(0, 6)).toEqual([
      tray.menuLine(),
      '---',
      'Play Dice - in 2 minutes',
      'Copy vote link',
      'No votes yet',
      '---',
    ])
    clock.advance(M)
    expect(tray.labels()[2]).toBe('Play Dice - in 1 minute')
    clock.advance(M)
    expect(tray.labels()[2]).toBe('Play Dice now')
    tray.expectNoRepeats()

    tray.click('play-dice')
    tray.click('copy-vote-link')
    expect(commands).toEqual(['play-dice', 'copy-vote-link'])
    // A line that only informs sends nothing, even if the platform says it was clicked.
    tray.clickAnyway('link-votes')
    expect(commands).toEqual(['play-dice', 'copy-vote-link'])
  })

  it('arms its one timer for a game label even when the countdown has nothing to change', () => {
    const { clock, tray, controller } = setup(END - 3 * D)
    controller.setSession(null)
    expect(clock.pendingTimers()).toEqual([])
    controller.setGames(diceWaiting(END - 3 * D + 150_000))
    // "in 2 minutes" until a minute and a half are left, then "in 1 minute" until the end.
    expect(tray.labels()).toContain('Play Dice - in 2 minutes')
    expect(clock.pendingTimers()).toEqual([60_000])
    clock.advance(60_000)
    expect(tray.labels()).toContain('Play Dice - in 1 minute')
    clock.advance(90_000)
    expect(tray.labels()).toContain('Play Dice now')
    expect(clock.pendingTimers()).toEqual([])
  })

  it('says a game is playing until it is told the play ended', () => {
    const { tray, controller } = setup(END - 3 * D)
    controller.setSession(lockedSession())
    controller.setGames(diceWaiting(END - 4 * D))
    controller.setPlaying('dice')
    expect(tray.labels()).toContain('Playing Dice…')
    controller.setPlaying(null)
    expect(tray.labels()).toContain('Play Dice now')
  })
})
