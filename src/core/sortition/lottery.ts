import { AppError } from '../../shared/errors.ts'
import { panelProblems, type Instance } from './instance.ts'
import type { Lottery } from './types.ts'

/** Tolerance of the final checks on a lottery. */
export const LOTTERY_TOLERANCE = 1e-9

/** Each respondent's selection probability: the sum of the probabilities of the panels they sit on. */
export function marginals(n: number, lottery: Lottery): Float64Array {
  const p = new Float64Array(n)
  for (const { panel, probability } of lottery) for (const i of panel) p[i] = (p[i] ?? 0) + probability
  return p
}

/**
 * The final check every lottery passes before anyone sees it: probabilities are non-negative and
 * sum to 1, and every panel meets every quota, the panel size and the household rule.
 */
export function assertValidLottery(instance: Instance, lottery: Lottery): void {
  let total = 0
  for (const { panel, probability } of lottery) {
    if (!(probability >= 0)) throw new AppError('internal', `A panel has probability ${probability}.`)
    total += probability
    const problems = panelProblems(instance, panel)
    if (problems.length > 0) throw new AppError('internal', `A panel in the lottery ${problems.join('; ')}.`)
  }
  if (Math.abs(total - 1) > LOTTERY_TOLERANCE)
    throw new AppError('internal', `The lottery's probabilities sum to ${total}, not 1.`)
}

export function summarise(probabilities: ArrayLike<number>) {
  let min = Infinity
  let max = -Infinity
  let sum = 0
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] ?? 0
    min = Math.min(min, p)
    max = Math.max(max, p)
    sum += p
  }
  return { min, max, sum }
}
