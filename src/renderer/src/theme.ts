/** Applies the theme setting as data-theme on <html>; 'system' follows prefers-color-scheme. */
import type { Settings } from '../../shared/settings'

const query = () => window.matchMedia('(prefers-color-scheme: dark)')

/** Sets the attribute now and, for 'system', on every OS change. Returns the unsubscribe. */
export function applyTheme(theme: Settings['theme']): () => void {
  const set = () => {
    const dark = theme === 'dark' || (theme === 'system' && query().matches)
    document.documentElement.dataset.theme = dark ? 'dark' : 'light'
  }
  set()
  if (theme !== 'system') return () => undefined
  const mq = query()
  mq.addEventListener('change', set)
  return () => mq.removeEventListener('change', set)
}
