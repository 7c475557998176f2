import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { marginals } from './lottery.ts'
import type { Lottery } from './types.ts'

export type UniformLottery = {
  /** Ticket t (0-based) draws panel `tickets[t]` of the lottery; every ticket is equally likely. */
  tickets: number[]
  /** The largest change of anyone's probability caused by rounding to m tickets. */
  maxDeviation: number
}

/**
 * Rounds a lottery to m equally likely tickets, so the final draw can be a public draw of one
 * number in 1..m. Deterministic (largest remainders, ties to the earlier panel), so the ticket
 * list can be published and committed to before the seed is known.
 */
export function roundToTickets(n: number, lottery: Lottery, m: number): UniformLottery {
  if (!Number.isInteger(m) || m < 1) throw new AppError('invalid-input', msg('sortition.lotterySize', { m }))
  const counts = lottery.map((entry) => Math.floor(entry.probability * m + 1e-9))
  let missing = m - counts.reduce((a, b) => a + b, 0)
  const order = lottery
    .map((entry, b) => ({ b, rest: entry.probability * m - (counts[b] ?? 0) }))
    .sort((x, y) => y.rest - x.rest || x.b - y.b)
  for (const { b } of order) {
    if (missing <= 0) break
    counts[b] = (counts[b] ?? 0) + 1
    missing -= 1
  }
  while (missing < 0) {
    // Only possible through the 1e-9 guard on a lottery summing a hair above 1.
    const b = counts.findIndex((c) => c > 0)
    counts[b] = (counts[b] ?? 0) - 1
    missing += 1
  }
  const tickets: number[] = []
  counts.forEach((count, b) => {
    for (let c = 0; c < count; c++) tickets.push(b)
  })
  const before = marginals(n, lottery)
  const after = marginals(
    n,
    lottery.map((entry, b) => ({ panel: entry.panel, probability: (counts[b] ?? 0) / m })),
  )
  let maxDeviation = 0
  for (let i = 0; i < n; i++)
    maxDeviation = Math.max(maxDeviation, Math.abs((before[i] ?? 0) - (after[i] ?? 0)))
  return { tickets, maxDeviation }
}
