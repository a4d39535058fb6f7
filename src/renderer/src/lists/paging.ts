/** Page numbers over an offset-paged list, and the page-number field's check. */

export function pageCount(total: number, limit: number): number {
  return total <= 0 ? 1 : Math.ceil(total / limit)
}

/** The 1-based number of the page that starts at `offset`. */
export function pageOf(offset: number, limit: number): number {
  return Math.floor(offset / limit) + 1
}

export type PageJump = { ok: true; offset: number } | { ok: false; message: string }

/** The offset of the page typed in the page-number field, or why it cannot be shown. */
export function readPageJump(text: string, pages: number, limit: number): PageJump {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'Enter a page number.' }
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN
  if (!Number.isInteger(n) || n < 1 || n > pages)
    return {
      ok: false,
      message: pages === 1 ? 'There is only page 1.' : `Enter a whole number from 1 to ${pages}.`,
    }
  return { ok: true, offset: (n - 1) * limit }
}
