import { useEffect, useLayoutEffect, useRef } from 'react'
import { createMemory } from '../lists/memory'

const scrolls = createMemory<number>()

/**
 * Keeps the window's scroll position of a page under `key`: once the page's content is `ready`,
 * it scrolls back to where the user left it, and from then on remembers where they scroll.
 */
export function useScrollMemory(key: string, ready: boolean): void {
  const restored = useRef(false)
  useEffect(() => {
    if (!ready || restored.current) return
    restored.current = true
    const y = scrolls.recall(key)
    if (y !== undefined) window.scrollTo({ top: y, behavior: 'instant' })
  }, [key, ready])
  // A layout effect, so the position is read on leaving before the page's content is removed.
  useLayoutEffect(() => {
    if (!ready) return
    const save = () => {
      if (restored.current) scrolls.remember(key, window.scrollY)
    }
    window.addEventListener('scroll', save, { passive: true })
    return () => {
      save()
      window.removeEventListener('scroll', save)
    }
  }, [key, ready])
}
