import { describe, expect, it } from 'vitest'
import { jsonView } from '../../src/renderer/src/jsonValue'

describe('a JSON value from the API, as the dashboard shows it', () => {
  it('plain values as text, nothing as a dash', () => {
    expect(jsonView('HOUR(S)')).toEqual({ kind: 'text', text: 'HOUR(S)' })
    expect(jsonView(3)).toEqual({ kind: 'text', text: '3' })
    expect(jsonView(false)).toEqual({ kind: 'text', text: 'false' })
    expect(jsonView(null)).toEqual({ kind: 'text', text: '—' })
    expect(jsonView(undefined)).toEqual({ kind: 'text', text: '—' })
    expect(jsonView({})).toEqual({ kind: 'text', text: '—' })
  })

  it('a list of plain values on one line', () => {
    expect(jsonView([1, 'two', null])).toEqual({ kind: 'text', text: '1, two, —' })
  })

  it('a whole penalties object as its fields, nested as deep as it goes', () => {
    expect(jsonView({ penalty: { time: 2, unit: 'HOUR(S)' }, rolls: [{ min: 1 }] })).toEqual({
      kind: 'entries',
      entries: [
        {
          key: 'penalty',
          value: {
            kind: 'entries',
            entries: [
              { key: 'time', value: { kind: 'text', text: '2' } },
              { key: 'unit', value: { kind: 'text', text: 'HOUR(S)' } },
            ],
          },
        },
        {
          key: 'rolls',
          value: {
            kind: 'entries',
            entries: [
              {
                key: '1',
                value: { kind: 'entries', entries: [{ key: 'min', value: { kind: 'text', text: '1' } }] },
              },
            ],
          },
        },
      ],
    })
  })
})
