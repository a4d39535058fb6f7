import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Session } from '../../src/shared/api/schemas'
import { sessionEditForm, toSessionPatch, toStopRequest } from '../../src/renderer/src/forms/sessionEdit'
import { HOST_ZONES } from '../support/zones'

const session: Session = {
  id: 7,
  start: '2026-02-02 09:00:00',
  end: null,
  scheduledend: '2026-02-03 09:00:00',
  active: true,
  lockedby: 'GF',
  notes: null,
  public: false,
  timezonestart: '+01:00',
}

describe('session edit form', () => {
  const original = sessionEditForm(session, 'Europe/Berlin')

  it('shows the UTC scheduled end on the user wall clock', () => {
    expect(original).toEqual({
      public: false,
      lockedby: 'GF',
      notes: '',
      scheduledDate: '2026-02-03',
      scheduledTime: '10:00',
    })
  })

  it('sends only what changed', () => {
    expect(toSessionPatch({ ...original, notes: 'hello' }, original, 'Europe/Berlin')).toEqual({
      ok: true,
      value: { notes: 'hello' },
    })
    expect(toSessionPatch({ ...original, public: true, lockedby: '' }, original, 'Europe/Berlin')).toEqual({
      ok: true,
      value: { public: 1, lockedby: null },
    })
  })

  it('writes a new scheduled end on the user clock (not in UTC), and clears it when emptied', () => {
    expect(toSessionPatch({ ...original, scheduledTime: '12:15' }, original, 'Europe/Berlin')).toEqual({
      ok: true,
      value: { scheduledend: '2026-02-03', scheduledendtime: '12:15' },
    })
    // Shown and written in the same zone: what the user sees is what is sent.
    const tokyo = sessionEditForm(session, 'Asia/Tokyo')
    expect(tokyo).toMatchObject({ scheduledDate: '2026-02-03', scheduledTime: '18:00' })
    expect(toSessionPatch({ ...tokyo, scheduledDate: '2026-02-04' }, tokyo, 'Asia/Tokyo')).toEqual({
      ok: true,
      value: { scheduledend: '2026-02-04', scheduledendtime: '18:00' },
    })
    expect(
      toSessionPatch({ ...original, scheduledDate: '', scheduledTime: '' }, original, 'Europe/Berlin'),
    ).toEqual({
      ok: true,
      value: { scheduledend: null },
    })
  })

  it('refuses an empty patch', () => {
    const r = toSessionPatch(original, original, 'Europe/Berlin')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.form).toEqual(['Nothing has changed yet: change a field, then save'])
  })
})

describe('stop form', () => {
  it('stops now or at a wall-clock date and time', () => {
    expect(toStopRequest({ when: 'now', enddate: '', endtime: '' })).toEqual({
      ok: true,
      value: { endNow: true },
    })
    expect(toStopRequest({ when: 'at', enddate: '2026-02-03', endtime: '08:00' })).toEqual({
      ok: true,
      value: { enddate: '2026-02-03', endtime: '08:00' },
    })
    expect(toStopRequest({ when: 'at', enddate: '2026-02-03', endtime: '' })).toEqual({
      ok: true,
      value: { enddate: '2026-02-03' },
    })
    const bad = toStopRequest({ when: 'at', enddate: '', endtime: '' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.fields.enddate).toBeDefined()
  })
})

describe.each(HOST_ZONES)('the scheduled end under the host timezone TZ=%s', (host) => {
  beforeEach(() => {
    vi.stubEnv('TZ', host)
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is shown on the user clock and written as typed there, whatever the host zone', () => {
    const shown = sessionEditForm(session, 'Etc/GMT-1')
    expect(shown).toMatchObject({ scheduledDate: '2026-02-03', scheduledTime: '10:00' })
    expect(toSessionPatch({ ...shown, scheduledTime: '12:00' }, shown, 'Etc/GMT-1')).toEqual({
      ok: true,
      value: { scheduledend: '2026-02-03', scheduledendtime: '12:00' },
    })
  })
})
