import { describe, expect, it } from 'vitest'
import { moveItem, scheduleBlocks, type TimedBlock } from './timing.ts'

const block = (id: number, duration: number, fixedStart: number | null = null): TimedBlock => ({
  id,
  duration,
  fixedStart,
})

describe('the times of a session’s blocks', () => {
  it('starts each block when the one before ends, from the session’s start', () => {
    const { starts, overruns } = scheduleBlocks(570, [block(1, 30), block(2, 45), block(3, 15)])
    expect(starts).toEqual([570, 600, 645])
    expect(overruns).toEqual([])
  })

  it('keeps a fixed-time block where it is and lets the next ones follow it', () => {
    const { starts, overruns } = scheduleBlocks(570, [block(1, 60), block(2, 60, 750), block(3, 30)])
    expect(starts).toEqual([570, 750, 810])
    expect(overruns).toEqual([])
  })

  it('reports a fixed-time block that the blocks before it run into, without moving it', () => {
    const { starts, overruns } = scheduleBlocks(570, [
      block(1, 120),
      block(2, 90),
      block(3, 60, 750),
      block(4, 30),
    ])
    expect(starts).toEqual([570, 690, 750, 810])
    expect(overruns).toEqual([{ fixedId: 3, previousId: 2, previousEnd: 780 }])
  })

  it('makes later blocks follow when a block is moved earlier or later', () => {
    const blocks = [block(1, 30), block(2, 60), block(3, 15), block(4, 45)]
    const moved = moveItem(blocks, 3, 1)
    expect(moved.map((b) => b.id)).toEqual([1, 4, 2, 3])
    expect(scheduleBlocks(600, moved).starts).toEqual([600, 630, 675, 735])
    expect(moveItem(blocks, 0, 99).map((b) => b.id)).toEqual([2, 3, 4, 1])
  })

  it('moves only the blocks after a resized one', () => {
    const before = scheduleBlocks(540, [block(1, 30), block(2, 30), block(3, 30)]).starts
    const after = scheduleBlocks(540, [block(1, 30), block(2, 50), block(3, 30)]).starts
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2))
    expect(after[2]).toBe((before[2] ?? 0) + 20)
  })
})
