/** What to tell the user about a failed call: one sentence that says what to do next. */
import type { AppError } from '../../shared/ipc/errors'

export const READ_ONLY_TEXT =
  'This token can only read. Generate a token with write permission on the website to change data here.'

export const REFUSED_TOKEN_TEXT =
  'This token was refused by Chastity Tracker. Check that you copied it whole, or generate a new one.'

export const UNCERTAIN_TEXT =
  'The connection dropped after sending. Check the list before trying again — the change may already be saved.'

export function errorText(error: AppError): string {
  switch (error.kind) {
    case 'unauthorized':
      return REFUSED_TOKEN_TEXT
    case 'forbidden':
      return READ_ONLY_TEXT
    case 'uncertain':
      return UNCERTAIN_TEXT
    case 'network':
      return 'Chastity Tracker could not be reached. Check your internet connection, then try again.'
    case 'timeout':
      return 'Chastity Tracker took too long to answer. Try again in a moment.'
    case 'server':
      return 'Chastity Tracker had a problem on its side. Try again in a few minutes.'
    case 'rateLimited':
      return 'Chastity Tracker asks us to slow down. Wait a minute, then try again.'
    case 'noToken':
      return 'No API token is set. Add your token in Settings first.'
    case 'notFound':
      return 'This item no longer exists (or belongs to another account). Refresh the list.'
    case 'badResponse':
      return 'Chastity Tracker answered in an unexpected way. Try again; if it keeps happening, the service may have changed.'
    case 'keychain':
      return `The system keychain could not be used: ${error.message}`
    case 'validation':
    case 'conflict':
      return error.message || 'Chastity Tracker refused this change. Check the values and try again.'
    case 'internal':
      return `Something went wrong in the app: ${error.message}`
  }
}
