/** How the blocks of a session follow each other in time. */

export type TimedBlock = {
  id: number
  duration: number
  /** A fixed-time block starts here whatever comes before it. */
  fixedStart: number | null
}

/** A fixed-time block that the blocks before it run into. */
export type Overrun = {
  /** The fixed-time block. */
  fixedId: number
  /** The block that ends after the fixed block starts. */
  previousId: number
  /** When that previous block ends (minutes after midnight). */
  previousEnd: number
}

/**
 * Start times of the blocks in their order: each starts when the one before ends, from the
 * session's start; a fixed-time block stays where it is, and the ones after it follow it. A
 * fixed block that the previous ones run into is reported, never moved.
 */
export function scheduleBlocks(
  sessionStart: number,
  blocks: readonly TimedBlock[],
): { starts: number[]; overruns: Overrun[] } {
  const starts: number[] = []
  const overruns: Overrun[] = []
  let clock = sessionStart
  let previous: TimedBlock | undefined
  for (const block of blocks) {
    const start = block.fixedStart ?? clock
    if (block.fixedStart !== null && previous && clock > block.fixedStart)
      overruns.push({ fixedId: block.id, previousId: previous.id, previousEnd: clock })
    starts.push(start)
    clock = start + block.duration
    previous = block
  }
  return { starts, overruns }
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items]
  const [item] = copy.splice(from, 1)
  if (item === undefined) return copy
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item)
  return copy
}

/** "09:30" for 570. */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}
