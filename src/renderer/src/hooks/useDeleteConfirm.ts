import { useRef, useState } from 'react'
import { useAction } from '../api'
import type { Removal } from '../components/PagedList'
import { useAnnounce } from '../shell/announcer'

interface Words<T> {
  /** The question, naming the row and what goes with it. */
  question: (row: T) => string
  /** Said once the row is gone ("Session deleted"). */
  done: string
}

/**
 * A row picked for deletion, waiting for the user's confirmation. `dialog` holds the props of the
 * ConfirmDialog that asks; once the row is deleted, it is announced, `onDeleted` gets it and
 * `removed` names it, for the list to move focus to its neighbour.
 */
export function useDeleteConfirm<T extends { id: number }>(
  remove: (id: number) => Promise<unknown>,
  onDeleted: (row: T) => void,
  words: Words<T>,
) {
  const [target, setTarget] = useState<T | null>(null)
  const [removed, setRemoved] = useState<Removal | null>(null)
  const seq = useRef(0)
  const announce = useAnnounce()
  const del = useAction(remove)
  return {
    ask: setTarget,
    error: del.error,
    removed,
    dialog: {
      open: target !== null,
      pending: del.pending,
      message: target ? words.question(target) : '',
      onCancel: () => {
        setTarget(null)
        del.reset()
      },
      onConfirm: async () => {
        if (!target) return
        const r = await del.run(target.id)
        if (r.ok) {
          setTarget(null)
          seq.current += 1
          setRemoved({ id: target.id, seq: seq.current })
          announce(words.done)
          onDeleted(target)
        } else if (r.error) {
          // The dialog gives way to the list, where the failure is shown beside the rows.
          setTarget(null)
        }
      },
    },
  }
}
