import { describe, expect, it } from 'vitest'
import type { TokenStatus } from '../../src/shared/token-status'
import {
  exportBlockReason,
  failureText,
  progressText,
  resultText,
} from '../../src/renderer/src/pages/settings/exportText'

describe('export words', () => {
  it('says how far each step got, with the totals once known', () => {
    expect(progressText({ phase: 'account', done: 0, total: 1 }, 'en-US')).toBe('Your account…')
    expect(progressText({ phase: 'sessions', done: 0, total: 0 }, 'en-US')).toBe('Sessions…')
    expect(progressText({ phase: 'sessions', done: 400, total: 2001 }, 'en-US')).toBe(
      'Sessions: 400 of 2,001',
    )
    expect(progressText({ phase: 'orgasms', done: 200, total: 500 }, 'en-US')).toBe('Orgasms: 200 of 500')
    expect(progressText({ phase: 'histories', done: 12, total: 40 }, 'en-US')).toBe(
      'Histories: 12 of 40 sessions',
    )
    expect(progressText({ phase: 'writing', done: 0, total: 5 }, 'en-US')).toBe('Writing the files…')
  })

  it('counts in the user’s locale', () => {
    expect(progressText({ phase: 'sessions', done: 1200, total: 2001 }, 'de-DE')).toBe(
      'Sessions: 1.200 of 2.001',
    )
  })

  it('says what was written and where, one or many', () => {
    const done = (counts: { sessions: number; histories: number; gamesChanges: number; orgasms: number }) =>
      resultText({ cancelled: false, folder: '/home/me/export', counts, files: [] }, 'en-US')
    expect(done({ sessions: 2001, histories: 20010, gamesChanges: 300, orgasms: 500 })).toBe(
      'Exported 2,001 sessions, 20,010 history rows, 300 rule changes and 500 orgasms to /home/me/export',
    )
    expect(done({ sessions: 1, histories: 1, gamesChanges: 1, orgasms: 1 })).toBe(
      'Exported 1 session, 1 history row, 1 rule change and 1 orgasm to /home/me/export',
    )
    expect(done({ sessions: 0, histories: 0, gamesChanges: 0, orgasms: 0 })).toBe(
      'Exported 0 sessions, 0 history rows, 0 rule changes and 0 orgasms to /home/me/export',
    )
  })

  it('tells a cancel from no folder chosen', () => {
    expect(resultText({ cancelled: true, folder: null, counts: null, files: [] }, 'en-US')).toBe(
      'No folder chosen: nothing was exported.',
    )
    expect(resultText({ cancelled: true, folder: '/tmp/x', counts: null, files: [] }, 'en-US')).toBe(
      'Export cancelled: no files were written.',
    )
  })

  it('says why it stopped in plain words, the folder problem as the app put it', () => {
    expect(failureText({ kind: 'network', message: 'fetch failed', retryable: true })).toBe(
      'The export stopped, and no files were written. Chastity Tracker could not be reached. Check your internet connection, then try again.',
    )
    expect(
      failureText({
        kind: 'internal',
        code: 'export-write',
        message:
          'The export could not be saved in /root (permission denied). Choose another folder and try again.',
        retryable: true,
      }),
    ).toBe(
      'The export stopped, and no files were written. The export could not be saved in /root (permission denied). Choose another folder and try again.',
    )
  })
})

describe('exportBlockReason', () => {
  const sync = { lastSyncAt: 1, lastError: null, offline: false, syncing: false, stoppedForToken: false }
  const token = (state: TokenStatus['state']): TokenStatus => ({
    state,
    canWrite: null,
    nick: null,
    storage: 'memory',
    keychain: { available: false, reason: null },
  })

  it('lets a read-only or not yet checked token export', () => {
    expect(exportBlockReason({ sync, token: { ...token('valid'), canWrite: false } })).toBeNull()
    expect(exportBlockReason({ sync: null, token: token('unverified') })).toBeNull()
  })

  it('blocks without a token, with a refused one, and offline, saying why', () => {
    expect(exportBlockReason({ sync, token: token('none') })).toMatch(/Set your API token first/)
    expect(exportBlockReason({ sync, token: token('revoked') })).toMatch(/token was refused/)
    expect(exportBlockReason({ sync: { ...sync, stoppedForToken: true }, token: token('valid') })).toMatch(
      /token was refused/,
    )
    expect(exportBlockReason({ sync: { ...sync, offline: true }, token: token('valid') })).toMatch(
      /You are offline/,
    )
  })
})
