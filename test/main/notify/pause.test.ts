import { describe, expect, it } from 'vitest'
import { NotificationPause } from '../../../src/main/notify/pause'
import { FakeClock } from '../../support/fake-clock'

describe('the pause of notifications', () => {
  it('runs for the minutes asked, ends by itself, and says each change once', () => {
    const clock = new FakeClock(Date.UTC(2026, 10, 30, 12))
    const pause = new NotificationPause(clock.now)
    const heard: (number | null)[] = []
    pause.onChange((until) => heard.push(until))
    expect(pause.until()).toBeNull()

    const until = pause.pauseFor(60)
    expect(until).toBe(clock.now() + 3_600_000)
    expect(pause.until()).toBe(until)
    clock.jump(3_600_000)
    expect(pause.until()).toBeNull()

    pause.pauseFor(30)
    pause.pauseFor(0)
    expect(pause.until()).toBeNull()
    expect(heard).toEqual([until, clock.now() + 1_800_000, null])
  })
})
