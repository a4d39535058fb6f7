/** What every page needs to know: the user's locale and zone, the token's status and the settings. */
import { createContext, useContext } from 'react'
import type { Settings } from '../../shared/settings'
import type { TokenStatus } from '../../shared/token-status'
import type { Locale } from './format'

export function userLocale(): Locale {
  const resolved = new Intl.DateTimeFormat().resolvedOptions()
  return { locale: navigator.language || resolved.locale, timeZone: resolved.timeZone }
}

export const LocaleContext = createContext<Locale>({ locale: undefined, timeZone: 'UTC' })
export const useLocale = () => useContext(LocaleContext)

export const TokenContext = createContext<TokenStatus | null>(null)
export const SetTokenContext = createContext<(status: TokenStatus) => void>(() => undefined)
export const useSetTokenStatus = () => useContext(SetTokenContext)

/** The settings as last read or saved, and a way to publish a saved copy. */
export const SettingsContext = createContext<{
  settings: Settings | null
  setSettings: (s: Settings) => void
}>({ settings: null, setSettings: () => undefined })
export const useSettings = () => useContext(SettingsContext)
