import { useState } from 'react'
import { notify } from '../state/notifications.ts'
import { notifyError } from '../state/notify-error.ts'

/**
 * An act done after a confirmation (a lock, a discard): the modal's state, and the act itself,
 * which closes the modal and says `done` when it succeeds, or shows why it failed.
 */
export function useConfirmedAct<T>(act: () => Promise<T>, done: string, onDone: (value: T) => void) {
  const [opened, setOpened] = useState(false)
  const [busy, setBusy] = useState(false)

  async function confirm() {
    setBusy(true)
    try {
      const value = await act()
      setOpened(false)
      notify({ kind: 'success', message: done })
      onDone(value)
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return { opened, open: () => setOpened(true), close: () => setOpened(false), busy, confirm }
}
