import { useState } from 'react'
import { useAction } from '../api'

/**
 * A row picked for deletion, waiting for the user's confirmation. `dialog` holds the props of the
 * ConfirmDialog that asks; once the row is deleted, `onDeleted` gets it.
 */
export function useDeleteConfirm<T extends { id: number }>(
  remove: (id: number) => Promise<unknown>,
  onDeleted: (row: T) => void,
) {
  const [target, setTarget] = useState<T | null>(null)
  const del = useAction(remove)
  return {
    ask: setTarget,
    error: del.error,
    dialog: {
      open: target !== null,
      pending: del.pending,
      onCancel: () => {
        setTarget(null)
        del.reset()
      },
      onConfirm: async () => {
        if (!target) return
        const r = await del.run(target.id)
        if (r.ok) {
          setTarget(null)
          onDeleted(target)
        }
      },
    },
  }
}
