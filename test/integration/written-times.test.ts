/**
 * Every date and time the app writes is the user's wall clock (src/shared/api/time.ts), whatever
 * the machine's own timezone: the client sends what the time module writes, and the emulator,
 * whose user lives at +01:00, stores the instant the service would. Under six TZ values, like the
 * time module's own tests, since a host zone leaking in would show only in some. (The dashboard's
 * forms are tested the same way in test/renderer, and through the browser in test/e2e.)
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiClient } from '../../src/main/api/client'
import {
  readWrittenDateTime,
  scheduledEnd,
  sessionEnd,
  sessionStart,
  toScheduledEndFields,
  toUserDateTimeFields,
} from '../../src/shared/api/time'
import { startFakeApi, type FakeApi } from '../../tools/fake-api/server'
import { HOST_ZONES } from '../support/zones'

const ORIGINAL_TZ = process.env.TZ
/** A machine at +01:00, as the user's own clock. */
const PLUS_ONE = 60
const TOKEN = 'dev-token-0123456789'
/** The emulator's clock: Sunday 2026-02-15 12:00 UTC. */
const NOW = Date.UTC(2026, 1, 15, 12)

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ
  else process.env.TZ = ORIGINAL_TZ
})

describe.each(HOST_ZONES)('written times under TZ=%s', (zone) => {
  let api: FakeApi
  let client: ApiClient

  beforeEach(async () => {
    process.env.TZ = zone
    api = await startFakeApi({ port: 0, seed: 'empty', token: TOKEN, now: () => NOW, userOffset: '+01:00' })
    client = new ApiClient({ baseUrl: api.url, getToken: () => TOKEN, userAgent: 'test' })
  })
  afterEach(async () => {
    await api.close()
  })

  it('switches the host timezone (so the assertions below mean something)', () => {
    const expected: Record<string, number> = {
      UTC: 0,
      'America/Los_Angeles': 480,
      'Europe/Berlin': -60,
      'Asia/Kolkata': -330,
      'Pacific/Chatham': -825,
      'Australia/Lord_Howe': -660,
    }
    expect(new Date(NOW).getTimezoneOffset()).toBe(expected[zone])
  })

  it('the time module writes and reads the user clock, never the host one', () => {
    expect(toScheduledEndFields(Date.UTC(2026, 1, 20, 11), 60)).toEqual({
      scheduledend: '2026-02-20',
      scheduledendtime: '12:00',
    })
    expect(toUserDateTimeFields(Date.UTC(2026, 1, 20, 23, 30), -300)).toEqual({
      date: '2026-02-20',
      time: '18:30',
    })
    expect(readWrittenDateTime('2026-02-20', '12:00', 60)).toBe(Date.UTC(2026, 1, 20, 11))
    expect(readWrittenDateTime('2026-02-20', undefined, -330)).toBe(Date.UTC(2026, 1, 20, 5, 30))
    expect(readWrittenDateTime('2026-02-30', '12:00', 60)).toBeNull()
    expect(readWrittenDateTime('2026-02-20', '12', 60)).toBeNull()
    expect(readWrittenDateTime('2026-02-20 12:00', undefined, 60)).toBeNull()
  })

  it('a scheduled end typed as 12:00 on a machine at +01:00 comes back as 11:00 UTC, over HTTP', async () => {
    // What the start form does with a typed wall clock: its instant at the machine's offset, written back.
    const typed = readWrittenDateTime('2026-02-20', '12:00', PLUS_ONE)
    expect(typed).not.toBeNull()
    const written = toScheduledEndFields(typed ?? 0, PLUS_ONE)
    expect(written).toEqual({ scheduledend: '2026-02-20', scheduledendtime: '12:00' })
    const { id } = await client.createSession({
      type: 'live',
      startdate: '2026-02-14',
      starttime: '09:00',
      ...written,
    })
    const created = await client.getSession(id)
    expect(created.scheduledend).toBe('2026-02-20 11:00:00')
    expect(scheduledEnd(created)).toBe(Date.UTC(2026, 1, 20, 11))
    expect(sessionStart(created)).toBe(Date.UTC(2026, 1, 14, 8))

    // Moved to 18:30 on the user's clock: 17:30 UTC.
    await client.updateSession(id, { scheduledend: '2026-02-20', scheduledendtime: '18:30' })
    expect((await client.getSession(id)).scheduledend).toBe('2026-02-20 17:30:00')

    // Stopped at 12:30 on the user's clock: 11:30 UTC.
    await client.stopSession(id, { enddate: '2026-02-15', endtime: '12:30' })
    const stopped = await client.getSession(id)
    expect(stopped).toMatchObject({ active: false, end: '2026-02-15 12:30:00', timezoneend: '+01:00' })
    expect(sessionEnd(stopped)).toBe(Date.UTC(2026, 1, 15, 11, 30))
  })

  it('a manual session written on the user clock is stored at the instants the user meant', async () => {
    const start = toUserDateTimeFields(Date.UTC(2026, 0, 31, 22, 30), PLUS_ONE)
    const end = toUserDateTimeFields(Date.UTC(2026, 1, 1, 0), PLUS_ONE)
    expect([start, end]).toEqual([
      { date: '2026-01-31', time: '23:30' },
      { date: '2026-02-01', time: '01:00' },
    ])
    const { id } = await client.createSession({
      type: 'manual',
      startdate: start.date,
      starttime: start.time,
      enddate: end.date,
      endtime: end.time,
    })
    const row = api.state.sessions.get(id)
    expect(row?.start).toBe(Date.UTC(2026, 0, 31, 22, 30))
    expect(row?.end).toBe(Date.UTC(2026, 1, 1, 0))
    expect((await client.getSession(id)).start).toBe('2026-01-31 23:30:00')
  })
})
