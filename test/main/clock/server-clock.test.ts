import { describe, expect, it } from 'vitest'
import { ServerClock, parseHttpDate } from '../../../src/main/clock/server-clock'

const SERVER_START = Date.UTC(2026, 1, 10, 13, 0, 0, 250)

/** A deterministic generator, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

/**
 * A server with a true clock and a machine whose clock is `skew` ms off (positive: ahead). Each
 * request travels for a random time each way; the server writes its Date header (whole seconds)
 * when the request arrives.
 */
function world(skew: number, seed = 1) {
  const random = prng(seed)
  let serverTime = SERVER_START
  const state = { skew }
  const localNow = () => serverTime + state.skew
  const clock = new ServerClock(localNow)
  const request = (options: { maxLeg?: number; staleBy?: number } = {}) => {
    const maxLeg = options.maxLeg ?? 800
    const requestStartedAt = localNow()
    serverTime += Math.floor(random() * maxLeg)
    const written = serverTime - (options.staleBy ?? 0)
    const header = new Date(Math.floor(written / 1000) * 1000).toUTCString()
    serverTime += Math.floor(random() * maxLeg)
    const responseAt = localNow()
    serverTime += 30_000 + Math.floor(random() * 30_000)
    return {
      header,
      requestStartedAt,
      responseAt,
      accepted: clock.addSample(header, requestStartedAt, responseAt),
    }
  }
  const error = () => Math.abs(clock.now() - serverTime)
  return { clock, request, error, state, random, localNow }
}

describe('parseHttpDate', () => {
  it('reads an IMF-fixdate', () => {
    expect(parseHttpDate('Tue, 10 Feb 2026 13:00:05 GMT')).toBe(Date.UTC(2026, 1, 10, 13, 0, 5))
    expect(parseHttpDate('  Sun, 06 Nov 1994 08:49:37 GMT ')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37))
  })

  it('rejects other forms and impossible dates', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBeNull()
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBeNull()
    expect(parseHttpDate('2026-02-10T13:00:05Z')).toBeNull()
    expect(parseHttpDate('Tue, 31 Feb 2026 13:00:05 GMT')).toBeNull()
    expect(parseHttpDate('Tue, 10 Feb 2026 25:00:05 GMT')).toBeNull()
    expect(parseHttpDate('')).toBeNull()
  })
})

describe('ServerClock', () => {
  it('is the local clock until a sample arrives', () => {
    let local = 1_000_000
    const clock = new ServerClock(() => local)
    expect(clock.offsetMs()).toBe(0)
    expect(clock.now()).toBe(1_000_000)
    local += 5
    expect(clock.now()).toBe(1_000_005)
  })

  it('reads one sample as header + half a second against the middle of the round trip', () => {
    const clock = new ServerClock(() => 0)
    const header = 'Tue, 10 Feb 2026 13:00:05 GMT'
    const serverSecond = Date.UTC(2026, 1, 10, 13, 0, 5)
    expect(clock.addSample(header, serverSecond - 10_000, serverSecond - 9_000)).toBe(true)
    expect(clock.offsetMs()).toBe(500 - -9_500)
    expect(clock.now()).toBe(10_000)
  })

  it('finds a clock five minutes ahead within 2 s from jittery samples', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const w = world(5 * 60_000, seed)
      for (let i = 0; i < 12; i++) {
        w.request({ maxLeg: 1500 })
        expect(w.error(), `seed ${seed}, sample ${i}`).toBeLessThan(2000)
      }
      expect(Math.abs(w.clock.offsetMs() + 5 * 60_000)).toBeLessThan(2000)
    }
  })

  it('finds a clock seven minutes behind within 2 s, despite stale cached Date headers', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const w = world(-7 * 60_000, seed)
      for (let i = 0; i < 15; i++) {
        // Every third response comes from a cache, its Date header a minute old.
        w.request({ staleBy: i % 3 === 0 ? 60_000 : 0 })
        if (i >= 2) expect(w.error(), `seed ${seed}, sample ${i}`).toBeLessThan(2000)
      }
    }
  })

  it('keeps its estimate when the samples split evenly', () => {
    const w = world(0, 4)
    w.request({ maxLeg: 100 })
    w.request({ maxLeg: 100, staleBy: 60_000 })
    expect(w.error()).toBeLessThan(1000)
  })

  it('is close after a single fast sample and tightens with more', () => {
    const w = world(123_456, 11)
    w.request({ maxLeg: 50 })
    expect(w.error()).toBeLessThan(600)
    for (let i = 0; i < 8; i++) w.request({ maxLeg: 50 })
    expect(w.error()).toBeLessThan(600)
  })

  it('ignores unusable samples', () => {
    let local = 5_000_000
    const clock = new ServerClock(() => local, { maxRoundTripMs: 5_000 })
    const header = new Date(local - 120_000).toUTCString()
    expect(clock.addSample('not a date', local, local + 100)).toBe(false)
    expect(clock.addSample(header, local, local - 1)).toBe(false)
    expect(clock.addSample(header, local, local + 6_000)).toBe(false)
    expect(clock.addSample(header, Number.NaN, local)).toBe(false)
    expect(clock.sampleCount()).toBe(0)
    expect(clock.offsetMs()).toBe(0)
    local += 1
    expect(clock.addSample(header, local, local + 100)).toBe(true)
    expect(clock.sampleCount()).toBe(1)
  })

  it('follows a jump of the local clock after three agreeing samples', () => {
    const w = world(5 * 60_000, 5)
    for (let i = 0; i < 9; i++) w.request()
    expect(w.error()).toBeLessThan(2000)
    w.state.skew = 0 // the machine corrected its clock
    w.request()
    w.request()
    w.request()
    expect(w.error()).toBeLessThan(2000)
    expect(w.clock.sampleCount()).toBe(3)
  })

  it('does not jump for a single outlier', () => {
    const w = world(0, 9)
    for (let i = 0; i < 5; i++) w.request({ maxLeg: 100 })
    w.request({ maxLeg: 100, staleBy: 3_600_000 })
    expect(w.error()).toBeLessThan(1000)
    expect(w.clock.sampleCount()).toBe(6)
  })

  it('keeps only the latest samples', () => {
    const clock = new ServerClock(() => 0, { maxSamples: 4 })
    for (let i = 0; i < 10; i++) clock.addSample(new Date(Date.UTC(2026, 0, 1)).toUTCString(), 0, 10)
    expect(clock.sampleCount()).toBe(4)
  })

  it('forgets everything on reset', () => {
    const w = world(60_000, 2)
    w.request()
    expect(w.clock.offsetMs()).not.toBe(0)
    w.clock.reset()
    expect(w.clock.offsetMs()).toBe(0)
    expect(w.clock.sampleCount()).toBe(0)
    expect(w.clock.now()).toBe(w.localNow())
  })
})
