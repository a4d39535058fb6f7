import { useCallback, useState } from 'react'

/**
 * The width of an element in CSS pixels, read when it is attached (before the first paint) and
 * again whenever it is resized; null until attached. Pass the returned callback as `ref`.
 */
export function useElementWidth<E extends HTMLElement>(): [
  (el: E | null) => (() => void) | undefined,
  number | null,
] {
  const [width, setWidth] = useState<number | null>(null)
  const ref = useCallback((el: E | null) => {
    if (!el) return undefined
    setWidth(Math.round(el.getBoundingClientRect().width))
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width
      if (w !== undefined) setWidth(Math.round(w))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
