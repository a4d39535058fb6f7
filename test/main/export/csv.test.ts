import { describe, expect, it } from 'vitest'
import { csvColumns, csvField, toCsv } from '../../../src/main/export/csv'
import { csvRecords, parseCsv } from './csv-parse'

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Mistress')).toBe('Mistress')
    expect(csvField(86400)).toBe('86400')
    expect(csvField(1.5)).toBe('1.5')
    expect(csvField(0)).toBe('0')
    expect(csvField(false)).toBe('false')
  })

  it('writes null and absent values as empty cells', () => {
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
  })

  it('quotes a comma, a quote, a line break or a carriage return, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('she said "no"')).toBe('"she said ""no"""')
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField('"')).toBe('""""')
  })

  it('writes nested values as JSON text, quoted as needed', () => {
    expect(csvField({ dices: 2, addunit: 'HOUR' })).toBe('"{""dices"":2,""addunit"":""HOUR""}"')
    expect(csvField([{ label: 'x', from: 1, to: 2 }])).toBe('"[{""label"":""x"",""from"":1,""to"":2}]"')
    expect(csvField([])).toBe('[]')
  })
})

describe('toCsv', () => {
  it('has a header of the field names, the given ones first, then any other in the order met', () => {
    const rows = [
      { id: 1, note: 'a' },
      { id: 2, extra: true, note: 'b' },
    ]
    expect(csvColumns(rows, ['id', 'missing'])).toEqual(['id', 'missing', 'note', 'extra'])
    expect(toCsv(rows, ['id', 'missing'])).toBe('id,missing,note,extra\r\n1,,a,\r\n2,,b,true\r\n')
  })

  it('reads back cell for cell with odd values: quotes, commas, line breaks, null, nested objects', () => {
    const odd = {
      id: 7,
      notes: 'He said "stay, locked"\r\nand\nleft, again',
      lockedby: null,
      games: { dice: { dices: 2, penalties: { always: 1 } }, link: null },
      empty: '',
      unicode: 'naïve 😀',
    }
    const text = toCsv([odd, { id: 8 }], ['id'])
    const records = csvRecords(text)
    expect(records).toEqual([
      {
        id: '7',
        notes: 'He said "stay, locked"\r\nand\nleft, again',
        lockedby: '',
        games: JSON.stringify(odd.games),
        empty: '',
        unicode: 'naïve 😀',
      },
      { id: '8', notes: '', lockedby: '', games: '', empty: '', unicode: '' },
    ])
    expect(JSON.parse(records[0]!.games!)).toEqual(odd.games)
  })

  it('is only a header row when there are no rows, and never begins with a byte order mark', () => {
    const text = toCsv([], ['session', 'type'])
    expect(text).toBe('session,type\r\n')
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    expect(parseCsv(text)).toEqual([['session', 'type']])
  })
})
