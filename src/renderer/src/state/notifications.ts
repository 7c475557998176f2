import { useSyncExternalStore } from 'react'

export type Toast = { id: number; kind: 'success' | 'error' | 'info'; title?: string; message: string }

let toasts: Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()

function emit(): void {
  for (const listener of listeners) listener()
}

/** Shows a short message in the corner. Errors stay until dismissed; the others fade after a few seconds. */
export function notify(toast: Omit<Toast, 'id'>): void {
  const id = nextId++
  // The same message twice shows once; at most three at a time.
  const others = toasts.filter((t) => t.message !== toast.message || t.kind !== toast.kind)
  toasts = [...others.slice(-2), { ...toast, id }]
  emit()
  if (toast.kind !== 'error') setTimeout(() => dismiss(id), 4500)
}

export function dismiss(id: number): void {
  toasts = toasts.filter((t) => t.id !== id)
  emit()
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => toasts,
  )
}
