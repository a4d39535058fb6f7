import { describe, expect, it } from 'vitest'
import {
  historyQuery,
  noHistoryFilters,
  noOrgasmFilters,
  noSessionFilters,
  orgasmQuery,
  sessionListQuery,
} from '../../src/renderer/src/forms/filters'

describe('list filters', () => {
  it('maps session filters, sending dates as typed', () => {
    expect(sessionListQuery(noSessionFilters, 50, 0)).toEqual({ limit: 50, offset: 0 })
    expect(
      sessionListQuery({ from: '2026-01-01', to: '2026-02-01', active: '0', public: '1' }, 20, 40),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
      active: 0,
      public: 1,
      limit: 20,
      offset: 40,
    })
  })

  it('refuses mode=dom with public=1 for orgasms', () => {
    expect(orgasmQuery({ ...noOrgasmFilters, mode: 'dom', public: '1' }, 50, 0)).toMatchObject({ ok: false })
    expect(orgasmQuery({ ...noOrgasmFilters, mode: 'dom', public: '0' }, 50, 0)).toEqual({
      ok: true,
      query: { mode: 'dom', public: 0, limit: 50, offset: 0 },
    })
  })

  it('converts history from/to from the user wall clock to UTC', () => {
    expect(
      historyQuery(
        7,
        {
          ...noHistoryFilters,
          type: 'ADD',
          source: 'DOM',
          dom: '1',
          from: '2026-02-03T10:00',
          to: '2026-02-04T00:30',
        },
        'Europe/Berlin',
      ),
    ).toEqual({
      session: 7,
      type: 'ADD',
      source: 'DOM',
      dom: 1,
      from: '2026-02-03 09:00:00',
      to: '2026-02-03 23:30:00',
    })
    expect(historyQuery(7, noHistoryFilters, 'UTC')).toEqual({ session: 7 })
  })
})
