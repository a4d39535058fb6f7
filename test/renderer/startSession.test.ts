import { describe, expect, it } from 'vitest'
import {
  checkStartSession,
  emptyStartSessionForm,
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

  it('converts the live scheduled end from the user zone to UTC', () => {
    const body = toCreateSessionBody(
      form({ scheduledend: '2026-02-10', scheduledendtime: '09:00', public: true, lockedby: ' GF ' }),
      'Europe/Berlin',
    )
    expect(body).toEqual({
      type: 'live',
      scheduledend: '2026-02-10',
      scheduledendtime: '08:00',
      public: 1,
      lockedby: 'GF',
    })
    // Late evening in Los Angeles is the next day in UTC.
    expect(
      toCreateSessionBody(
        form({ scheduledend: '2026-02-10', scheduledendtime: '21:30' }),
        'America/Los_Angeles',
      ),
    ).toMatchObject({ scheduledend: '2026-02-11', scheduledendtime: '05:30' })
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
