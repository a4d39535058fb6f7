import { describe, expect, it } from 'vitest'
import { ERROR_KINDS, type AppError } from '../../src/shared/ipc/errors'
import { errorText } from '../../src/renderer/src/errorText'
import { appErrorToForm } from '../../src/renderer/src/forms/issues'

const err = (over: Partial<AppError>): AppError => ({
  kind: 'internal',
  message: 'boom',
  retryable: false,
  ...over,
})

describe('errorText', () => {
  it('has a message for every kind', () => {
    for (const kind of ERROR_KINDS) {
      if (kind === 'validation' || kind === 'conflict') continue
      expect(errorText(err({ kind })).length).toBeGreaterThan(20)
    }
    expect(errorText(err({ kind: 'validation', message: '' }))).toMatch(/refused/)
  })

  it('says what to do for the documented cases', () => {
    expect(errorText(err({ kind: 'unauthorized' }))).toBe(
      'This token was refused by Chastity Tracker. Check that you copied it whole, or generate a new one.',
    )
    expect(errorText(err({ kind: 'forbidden' }))).toMatch(/can only read/)
    expect(errorText(err({ kind: 'uncertain' }))).toMatch(/may already be saved/)
    expect(errorText(err({ kind: 'conflict', message: 'An active session exists' }))).toBe(
      'An active session exists',
    )
  })
})

describe('appErrorToForm', () => {
  it('puts server field errors next to fields', () => {
    expect(appErrorToForm(err({ kind: 'validation', fields: { enddate: 'too early' } }), 'x')).toEqual({
      fields: { enddate: 'too early' },
      form: [],
    })
    expect(appErrorToForm(err({ kind: 'conflict' }), 'Overlap')).toEqual({ fields: {}, form: ['Overlap'] })
  })
})
