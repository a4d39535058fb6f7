import { useEffect, useRef, type ReactNode } from 'react'
import product from '../../../shared/product.json'

/**
 * A page's h1. Arriving on a page moves focus here, so keyboard and screen-reader users start at
 * the top of what they opened, and the window title names the page.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} – ${product.productName}`
  }, [title])
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}
