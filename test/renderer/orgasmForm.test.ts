import { describe, expect, it } from 'vitest'
import {
  emptyOrgasmForm,
  orgasmForm,
  toCreateOrgasm,
  toOrgasmPatch,
} from '../../src/renderer/src/forms/orgasm'

describe('orgasm form', () => {
  it('creates with the chosen fields and several at once', () => {
    expect(
      toCreateOrgasm({ ...emptyOrgasmForm('2026-02-01'), public: true, type: 'Stroke', number: '3' }),
    ).toEqual({
      ok: true,
      value: { date: '2026-02-01', mode: 'full', public: 1, type: 'Stroke', number: 3 },
    })
  })

  it('drops public and grantedby for mode dom', () => {
    const r = toCreateOrgasm({ ...emptyOrgasmForm('2026-02-01'), mode: 'dom', public: true, grantedby: 'GF' })
    expect(r).toEqual({ ok: true, value: { date: '2026-02-01', mode: 'dom', public: 0 } })
  })

  it('reports bad values on their field', () => {
    const r = toCreateOrgasm({ ...emptyOrgasmForm(''), number: '80' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.fields.date).toBeDefined()
      expect(r.errors.fields.number).toBeDefined()
    }
  })

  it('patches only changed fields', () => {
    const original = orgasmForm({
      id: 1,
      date: '2026-01-15',
      mode: 'full',
      public: true,
      type: 'Stroke',
      grantedby: 'GF',
    })
    expect(toOrgasmPatch({ ...original, type: '' }, original)).toEqual({ ok: true, value: { type: null } })
    const dom = toOrgasmPatch({ ...original, mode: 'dom' }, original)
    expect(dom).toEqual({ ok: true, value: { mode: 'dom', public: 0, grantedby: null } })
  })
})
