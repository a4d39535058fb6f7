import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  checkStartSession,
  emptyStartSessionForm,
  isStartFormChanged,
  toCreateSessionBody,
  type StartSessionForm,
} from '../../src/renderer/src/forms/startSession'

const form = (over: Partial<StartSessionForm>): StartSessionForm => ({ ...emptyStartSessionForm(), ...over })

describe('start session form -> request', () => {
  it('sends a manual session as typed (wall clock in the user zone)', () => {
    const r = checkStartSession(
      form({
        type: 'manual',
        startdate: '2026-02-01',
        starttime: '09:00',
        enddate: '2026-02-03',
        endtime: '09:00',
      }),
      'Europe/Berlin',
    )
    expect(r).toEqual({
      ok: true,
      value: {
        type: 'manual',
        startdate: '2026-02-01',
        starttime: '09:00',
        enddate: '2026-02-03',
        endtime: '09:00',
        public: 0,
      },
    })
  })

  it('writes the live scheduled end on the user clock, never converted to UTC', () => {
    const body = toCreateSessionBody(
      form({ scheduledend: '2026-02-10', scheduledendtime: '09:00', public: true, lockedby: ' GF ' }),
      'Europe/Berlin',
    )
    expect(body).toEqual({
      type: 'live',
      scheduledend: '2026-02-10',
      scheduledendtime: '09:00',
      public: 1,
      lockedby: 'GF',
    })
    // Late evening in Los Angeles stays that evening (it is the next day in UTC).
    expect(
      toCreateSessionBody(
        form({ scheduledend: '2026-02-10', scheduledendtime: '21:30' }),
        'America/Los_Angeles',
      ),
    ).toMatchObject({ scheduledend: '2026-02-10', scheduledendtime: '21:30' })
  })

  it('writes a live start on the user clock, and a missing time as midnight', () => {
    expect(
      toCreateSessionBody(form({ startdate: '2026-02-09', starttime: '23:45' }), 'Asia/Kolkata'),
    ).toMatchObject({ startdate: '2026-02-09', starttime: '23:45' })
    expect(
      toCreateSessionBody(form({ scheduledend: '2026-02-10', scheduledendtime: '' }), 'Pacific/Chatham'),
    ).toMatchObject({ scheduledend: '2026-02-10', scheduledendtime: '00:00' })
  })

  it('writes a time the zone skips at a DST change as the one after the gap', () => {
    // Berlin 2026-03-29 02:30 does not exist: the clocks jump from 02:00 to 03:00.
    expect(
      toCreateSessionBody(
        form({ type: 'manual', startdate: '2026-03-29', starttime: '02:30', enddate: '2026-03-30' }),
        'Europe/Berlin',
      ),
    ).toMatchObject({ startdate: '2026-03-29', starttime: '03:30', enddate: '2026-03-30', endtime: '00:00' })
  })

  it('sends what does not read as a date as typed, so the field is named', () => {
    const r = checkStartSession(form({ scheduledend: '2026-02-31', scheduledendtime: '09:00' }), 'UTC')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors.fields.scheduledend).toBe(
        'Enter the scheduled end date as a real date, like 2025-03-01',
      )
  })

  it('includes every dice, link and luck field only when the game is enabled', () => {
    const off = toCreateSessionBody(form({ scheduledend: '2026-02-10', scheduledendtime: '09:00' }), 'UTC')
    expect(Object.keys(off)).not.toContain('dicenumber')
    const all = form({
      scheduledend: '2026-02-10',
      scheduledendtime: '09:00',
      maxend: true,
      dices: true,
      dicenumber: '2',
      diceminmulti: '1.5',
      dicemaxmulti: '2',
      dicespen: true,
      diceplaylimit: true,
      links: true,
      resetvotes: true,
      luck: true,
      luckpen: true,
      penlcukunit: 'HOUR',
    })
    const body = toCreateSessionBody(all, 'UTC')
    expect(body).toMatchObject({
      maxend: 1,
      dices: 1,
      dicenumber: 2,
      diceunit: 'DAY',
      dicetimewait: 1,
      dicetimeunitwait: 'HOUR',
      diceminmulti: 1.5,
      dicemaxmulti: 2,
      dicespen: 1,
      mindiceplay: 1,
      pendicetime: 1,
      pendiceunit: 'DAY',
      diceplaylimit: 1,
      links: 1,
      linkadd: 1,
      linkaddunit: 'HOUR',
      linksub: 1,
      linksubunit: 'HOUR',
      resetvotes: 1,
      linkminmulti: 1,
      linkmaxmulti: 1,
      luck: 1,
      randadd: 1,
      randaddunit: 'HOUR',
      randsub: 1,
      randsubunit: 'HOUR',
      randtimewait: 1,
      randtimeunitwait: 'HOUR',
      randminmulti: 1,
      randmaxmulti: 1,
      luckpen: 1,
      minluckplay: 1,
      penlucktime: 1,
      penlcukunit: 'HOUR',
    })
    expect(body).not.toHaveProperty('luckplaylimit')
    expect(checkStartSession(all, 'UTC').ok).toBe(true)
  })

  it('leaves out the penalty fields while the penalty is off, and the games that are off', () => {
    const body = toCreateSessionBody(
      form({ scheduledend: '2026-02-10', scheduledendtime: '09:00', luck: true, dicespen: true }),
      'UTC',
    )
    expect(body).toMatchObject({ luck: 1, randadd: 1, randaddunit: 'HOUR' })
    for (const key of ['luckpen', 'minluckplay', 'penlucktime', 'penlcukunit', 'luckplaylimit']) {
      expect(body).not.toHaveProperty(key)
    }
    for (const key of ['dices', 'dicespen', 'mindiceplay', 'links', 'linkadd', 'resetvotes']) {
      expect(body).not.toHaveProperty(key)
    }
  })

  it('reports issues on the fields they concern', () => {
    const noEnd = checkStartSession(form({ dices: true }), 'UTC')
    expect(noEnd.ok).toBe(false)
    if (!noEnd.ok) expect(noEnd.errors.fields.scheduledend).toMatch(/scheduled end is required/)

    const multi = checkStartSession(
      form({
        scheduledend: '2026-02-10',
        scheduledendtime: '09:00',
        luck: true,
        randminmulti: '3',
        randmaxmulti: '2',
      }),
      'UTC',
    )
    expect(multi.ok).toBe(false)
    if (!multi.ok) expect(multi.errors.fields.randminmulti).toMatch(/minimum multiplier/)

    const short = checkStartSession(
      form({
        type: 'manual',
        startdate: '2026-02-01',
        starttime: '09:00',
        enddate: '2026-02-01',
        endtime: '09:30',
      }),
      'UTC',
    )
    expect(short.ok).toBe(false)
    if (!short.ok) {
      expect(short.errors.fields.enddate).toMatch(/at least one hour/)
      expect(short.errors.fields.type).toBeUndefined()
    }

    const missing = checkStartSession(form({ type: 'manual' }), 'UTC')
    expect(missing.ok).toBe(false)
    if (!missing.ok) {
      expect(missing.errors.fields.startdate).toBeDefined()
      expect(missing.errors.fields.enddate).toBeDefined()
    }

    const text = checkStartSession(
      form({ scheduledend: '2026-02-10', dices: true, dicenumber: 'many' }),
      'UTC',
    )
    expect(text.ok).toBe(false)
    if (!text.ok) expect(text.errors.fields.dicenumber).toBeDefined()
  })
})

/** Host timezones and their winter getTimezoneOffset(), as the time module's own tests use. */
const HOSTS: [string, number][] = [
  ['UTC', 0],
  ['America/Los_Angeles', 480],
  ['Europe/Berlin', -60],
  ['Asia/Kolkata', -330],
  ['Pacific/Chatham', -825],
  ['Australia/Lord_Howe', -660],
]

describe.each(HOSTS)('written times under the host timezone TZ=%s', (host, winterOffset) => {
  beforeEach(() => {
    vi.stubEnv('TZ', host)
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('switches the host timezone (so the assertions below mean something)', () => {
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(winterOffset)
  })

  it('a scheduled end typed as 12:00 on a machine at +01:00 is written as 12:00, not 11:00', () => {
    expect(
      toCreateSessionBody(form({ scheduledend: '2026-02-20', scheduledendtime: '12:00' }), 'Etc/GMT-1'),
    ).toEqual({ type: 'live', scheduledend: '2026-02-20', scheduledendtime: '12:00', public: 0 })
  })

  it('every date and time of a manual or live session is written as typed in the user zone', () => {
    expect(
      toCreateSessionBody(
        form({
          type: 'manual',
          startdate: '2026-07-01',
          starttime: '22:15',
          enddate: '2026-07-02',
          endtime: '06:00',
        }),
        'Europe/Berlin',
      ),
    ).toMatchObject({ startdate: '2026-07-01', starttime: '22:15', enddate: '2026-07-02', endtime: '06:00' })
    expect(
      toCreateSessionBody(
        form({
          startdate: '2026-02-14',
          starttime: '00:30',
          scheduledend: '2026-02-20',
          scheduledendtime: '23:59',
        }),
        'Pacific/Chatham',
      ),
    ).toMatchObject({
      startdate: '2026-02-14',
      starttime: '00:30',
      scheduledend: '2026-02-20',
      scheduledendtime: '23:59',
    })
  })
})

describe('start session form: unsaved changes', () => {
  it('a fresh form has nothing to lose; any typed or picked value does', () => {
    expect(isStartFormChanged(emptyStartSessionForm())).toBe(false)
    expect(isStartFormChanged(form({ notes: 'x' }))).toBe(true)
    expect(isStartFormChanged(form({ type: 'manual' }))).toBe(true)
    expect(isStartFormChanged(form({ dices: true }))).toBe(true)
  })

  it('a form opened on its manual kind has nothing to lose until something else changes', () => {
    const opened = form({ type: 'manual' })
    expect(isStartFormChanged(opened, opened)).toBe(false)
    expect(isStartFormChanged(form({ type: 'manual', notes: 'x' }), opened)).toBe(true)
    expect(isStartFormChanged(form({ type: 'live' }), opened)).toBe(true)
  })
})
