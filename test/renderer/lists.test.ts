import { describe, expect, it } from 'vitest'
import type { Orgasm, Session } from '../../src/shared/api/schemas'
import { orgasmDeleteQuestion, sessionDeleteQuestion } from '../../src/renderer/src/lists/deleteQuestions'
import { createMemory } from '../../src/renderer/src/lists/memory'
import { pageCount, pageOf, readPageJump } from '../../src/renderer/src/lists/paging'
import { rowAfterRemoval } from '../../src/renderer/src/lists/rowFocus'

describe('list memory', () => {
  it('gives back what was kept under a key, and nothing under another', () => {
    const memory = createMemory<{ offset: number }>()
    expect(memory.recall('sessions')).toBeUndefined()
    memory.remember('sessions', { offset: 40 })
    memory.remember('history:7', { offset: 50 })
    expect(memory.recall('sessions')).toEqual({ offset: 40 })
    expect(memory.recall('history:7')).toEqual({ offset: 50 })
    expect(memory.recall('history:8')).toBeUndefined()
    memory.remember('sessions', { offset: 0 })
    expect(memory.recall('sessions')).toEqual({ offset: 0 })
  })

  it('keeps two stores apart', () => {
    const a = createMemory<number>()
    const b = createMemory<number>()
    a.remember('k', 1)
    expect(b.recall('k')).toBeUndefined()
  })
})

describe('page numbers', () => {
  it('counts pages and names the page of an offset', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(20, 20)).toBe(1)
    expect(pageCount(21, 20)).toBe(2)
    expect(pageCount(150, 20)).toBe(8)
    expect(pageOf(0, 20)).toBe(1)
    expect(pageOf(40, 20)).toBe(3)
    expect(pageOf(59, 20)).toBe(3)
  })

  it('turns a typed page number into its offset', () => {
    expect(readPageJump('7', 8, 20)).toEqual({ ok: true, offset: 120 })
    expect(readPageJump(' 1 ', 8, 20)).toEqual({ ok: true, offset: 0 })
    expect(readPageJump('8', 8, 20)).toEqual({ ok: true, offset: 140 })
  })

  it('says in words why a page number cannot be shown', () => {
    expect(readPageJump('', 8, 20)).toEqual({ ok: false, message: 'Enter a page number.' })
    for (const wrong of ['0', '9', '2.5', '-1', 'abc', '1e1'])
      expect(readPageJump(wrong, 8, 20)).toEqual({
        ok: false,
        message: 'Enter a whole number from 1 to 8.',
      })
    expect(readPageJump('2', 1, 20)).toEqual({ ok: false, message: 'There is only page 1.' })
  })
})

describe('focus after a row is removed', () => {
  it('goes to the row that followed it', () => {
    expect(rowAfterRemoval([1, 2, 3, 4], [1, 2, 4], 3)).toBe(4)
  })

  it('goes to the row before it when it was the last', () => {
    expect(rowAfterRemoval([1, 2, 3], [1, 2], 3)).toBe(2)
  })

  it('goes nowhere (the heading) when the list is empty or shows other rows', () => {
    expect(rowAfterRemoval([5], [], 5)).toBeNull()
    expect(rowAfterRemoval([5, 6], [1, 2], 5)).toBeNull()
    expect(rowAfterRemoval([1, 2], [1], 9)).toBeNull()
  })

  it('skips a neighbour that went too', () => {
    expect(rowAfterRemoval([1, 2, 3], [1], 2)).toBe(1)
  })
})

describe('delete questions', () => {
  const loc = { locale: 'en-GB', timeZone: 'Europe/Berlin' }

  it('names the session by its start and length, and says its history goes too', () => {
    const session = {
      id: 4,
      start: '2026-11-03 10:00:00',
      end: '2026-11-15 12:30:00',
      active: false,
    } as unknown as Session
    expect(sessionDeleteQuestion(session, loc)).toBe(
      'Delete the session started 3 Nov 2026 (12 days)? Its history is deleted too. This cannot be undone.',
    )
  })

  it('names the orgasm by its day and mode', () => {
    const orgasm = { id: 9, date: '2026-11-04', mode: 'ruined', public: false } as Orgasm
    expect(orgasmDeleteQuestion(orgasm, 'en-GB')).toBe(
      'Delete the orgasm of 4 Nov 2026 (Ruined)? This cannot be undone.',
    )
  })
})
