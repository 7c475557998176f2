import { describe, expect, it } from 'vitest'
import { drawFromLottery } from './draw.ts'
import { roundToTickets } from './uniform-lottery.ts'

const lottery = [
  { panel: [0, 1], probability: 0.5 },
  { panel: [0, 2], probability: 0.3333 },
  { panel: [1, 2], probability: 0.1667 },
]

describe('rounding to a uniform lottery of m tickets', () => {
  it('makes exactly m tickets, each panel about λ·m times', () => {
    const { tickets, maxDeviation } = roundToTickets(3, lottery, 1000)
    expect(tickets).toHaveLength(1000)
    const counts = [0, 0, 0]
    for (const t of tickets) counts[t] = (counts[t] ?? 0) + 1
    expect(counts).toEqual([500, 333, 167])
    expect(maxDeviation).toBeLessThan(1e-3)
  })

  it('gives the leftover tickets to the largest remainders', () => {
    const { tickets } = roundToTickets(3, lottery, 7) // 3.5, 2.33, 1.17 → 3+1, 2, 1
    expect(tickets).toEqual([0, 0, 0, 0, 1, 1, 2])
  })
})

describe('drawing from a lottery', () => {
  it('is deterministic for a seed and follows the probabilities', () => {
    expect(drawFromLottery(lottery, 3, 'seed')).toEqual(drawFromLottery(lottery, 3, 'seed'))
    const counts = [0, 0, 0]
    for (let s = 0; s < 3000; s++) {
      const { panelIndex } = drawFromLottery(lottery, 3, `s${s}`)
      counts[panelIndex] = (counts[panelIndex] ?? 0) + 1
    }
    // Fixed seeds, so this is deterministic; the bounds are > 5 standard deviations wide.
    expect(counts[0]).toBeGreaterThan(1350)
    expect(counts[0]).toBeLessThan(1650)
    expect(counts[2]).toBeGreaterThan(380)
    expect(counts[2]).toBeLessThan(620)
  })

  it('draws a ticket from the uniform lottery', () => {
    const drawn = drawFromLottery(lottery, 3, 'public dice 3-5-1', 1000)
    expect(drawn.ticket).toBeGreaterThanOrEqual(0)
    expect(drawn.ticket).toBeLessThan(1000)
    expect(drawn.panelIndex).toBe(drawn.uniform?.tickets[drawn.ticket ?? -1])
  })
})
