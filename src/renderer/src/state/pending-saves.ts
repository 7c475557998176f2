/**
 * Edits are saved as they are made, a moment after the last keystroke. Before the assembly is
 * closed, replaced or copied, every pending edit is written first.
 */
const flushers = new Set<() => Promise<void>>()

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush().catch(() => undefined)))
}
