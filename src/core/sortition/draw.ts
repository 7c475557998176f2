import type { Highs } from 'highs'
import { SeededRandom } from '../random/seeded-random.ts'
import { AppError } from '../../shared/errors.ts'
import { sentences } from '../../shared/messages.ts'
import { getHighs } from './highs.ts'
import { InfeasibleQuotasError } from './infeasible-quotas-error.ts'
import { buildInstance, unselectable, type Instance } from './instance.ts'
import { drawLegacy } from './legacy.ts'
import { optimiseLottery } from './leximin.ts'
import { assertValidLottery, marginals, summarise } from './lottery.ts'
import { PanelOracle } from './panel-oracle.ts'
import { quotaPrechecks } from './feasibility.ts'
import { findRelaxation } from './relaxation.ts'
import type { Algorithm, DrawInput, Lottery, SolveOptions, StoppedEarly } from './types.ts'
import { roundToTickets, type UniformLottery } from './uniform-lottery.ts'

export type LotteryResult = {
  algorithm: 'leximin' | 'maximin'
  instance: Instance
  /** Panels sorted canonically, with their probabilities (summing to 1). */
  lottery: Lottery
  /** Each respondent's probability, by pool index. */
  probabilities: Float64Array
  stats: {
    minProbability: number
    maxProbability: number
    panels: number
    panelsFound: number
    stages: number
    seconds: number
    /** Present when the organiser stopped the optimisation early (see StoppedEarly). */
    stopped?: StoppedEarly
  }
}

/**
 * Throws InfeasibleQuotasError (with the smallest relaxation) when no panel meets the quotas, and
 * `invalid-input` when the pool itself is too small. Plain-language reasons come first.
 */
export function assertFeasible(highs: Highs, instance: Instance): void {
  const { pool, quota } = quotaPrechecks(instance)
  if (pool.length > 0) throw new AppError('invalid-input', sentences(pool))
  let feasible = quota.length === 0
  if (feasible) {
    const oracle = new PanelOracle(highs, instance)
    try {
      feasible = oracle.best(new Float64Array(instance.n)) !== null
    } finally {
      oracle.dispose()
    }
  }
  if (!feasible) throw new InfeasibleQuotasError(quota, findRelaxation(highs, instance), instance.k)
}

/**
 * Step 1 of a verifiable draw: the lottery (LEXIMIN or MAXIMIN). It depends only on the inputs,
 * never on the seed, so it can be published and committed to before the seed is chosen.
 */
export async function computeLottery(
  input: DrawInput,
  algorithm: 'leximin' | 'maximin',
  options: SolveOptions = {},
): Promise<LotteryResult> {
  const started = performance.now()
  const highs = await getHighs()
  const instance = buildInstance(input)
  options.onProgress?.({ stage: 'checking', panels: 0 })
  assertFeasible(highs, instance)
  const result = await optimiseSelectable(highs, input, instance, {
    ...options,
    maximinOnly: algorithm === 'maximin',
  })
  const lottery = canonicalOrder(result.lottery)
  assertValidLottery(instance, lottery)
  const probabilities = marginals(instance.n, lottery)
  const { min, max } = summarise(probabilities)
  return {
    algorithm,
    instance,
    lottery,
    probabilities,
    stats: {
      minProbability: min,
      maxProbability: max,
      panels: lottery.length,
      panelsFound: result.panelsFound,
      stages: result.stages,
      seconds: (performance.now() - started) / 1000,
      ...(result.stopped ? { stopped: result.stopped } : {}),
    },
  }
}

/**
 * People in a group whose maximum is 0 have probability 0 on any lottery; leaving them out of the
 * optimisation changes no probability and makes replacement rounds (where most groups are full)
 * fast: on the demo, 1,408 people shrink to 655, of whom seeding finds 471 in no panel at all.
 */
async function optimiseSelectable(
  highs: Highs,
  input: DrawInput,
  instance: Instance,
  options: Parameters<typeof optimiseLottery>[2],
): ReturnType<typeof optimiseLottery> {
  const out = new Set(unselectable(instance))
  if (out.size === 0) return optimiseLottery(highs, instance, options)
  const keep = input.pool.flatMap((_, i) => (out.has(i) ? [] : [i]))
  const reduced = buildInstance({
    ...input,
    pool: keep.map((i) => input.pool[i]).filter((p) => p !== undefined),
  })
  const result = await optimiseLottery(highs, reduced, options)
  const lottery = result.lottery.map(({ panel, probability }) => ({
    panel: panel.map((j) => keep[j] ?? -1),
    probability,
  }))
  return { ...result, lottery }
}

/** Panels in lexicographic order of their (sorted) member indices: a canonical, published order. */
function canonicalOrder(lottery: Lottery): Lottery {
  return [...lottery].sort((a, b) => {
    for (let j = 0; j < Math.min(a.panel.length, b.panel.length); j++) {
      const d = (a.panel[j] ?? 0) - (b.panel[j] ?? 0)
      if (d !== 0) return d
    }
    return a.panel.length - b.panel.length
  })
}

/**
 * Step 2: draws one panel from the lottery with the public seed. With m tickets, the lottery is
 * first rounded to m equally likely tickets and one ticket number is drawn.
 */
export function drawFromLottery(
  lottery: Lottery,
  n: number,
  seed: string,
  tickets?: number,
): { panelIndex: number; ticket?: number; uniform?: UniformLottery } {
  const random = new SeededRandom(seed)
  if (tickets !== undefined) {
    const uniform = roundToTickets(n, lottery, tickets)
    const ticket = random.int(tickets)
    return { panelIndex: uniform.tickets[ticket] ?? 0, ticket, uniform }
  }
  const u = random.next()
  let cumulative = 0
  for (let b = 0; b < lottery.length; b++) {
    cumulative += lottery[b]?.probability ?? 0
    if (u < cumulative) return { panelIndex: b }
  }
  return { panelIndex: lottery.length - 1 }
}

export type DrawResult = {
  algorithm: Algorithm
  /** Pool indices of the panel drawn, sorted. */
  selected: number[]
  lottery?: LotteryResult
  ticket?: number
  uniform?: UniformLottery
  seconds: number
}

/** The whole draw: lottery (unless LEGACY), then the panel picked with the seed. */
export async function runDraw(
  input: DrawInput,
  algorithm: Algorithm,
  seed: string,
  options: SolveOptions & { lotterySize?: number } = {},
): Promise<DrawResult> {
  const started = performance.now()
  if (algorithm === 'legacy') {
    const instance = buildInstance(input)
    const { pool } = quotaPrechecks(instance)
    if (pool.length > 0) throw new AppError('invalid-input', sentences(pool))
    let selected: number[]
    try {
      selected = drawLegacy(instance, new SeededRandom(seed))
    } catch (error) {
      // Explain with the exact check and the relaxation when the quotas are the cause.
      assertFeasible(await getHighs(), instance)
      throw error
    }
    return { algorithm, selected, seconds: (performance.now() - started) / 1000 }
  }
  const lottery = await computeLottery(input, algorithm, options)
  const drawn = drawFromLottery(lottery.lottery, lottery.instance.n, seed, options.lotterySize)
  const panel = lottery.lottery[drawn.panelIndex]?.panel
  if (!panel) throw new AppError('internal', 'The drawn panel is missing from the lottery.')
  const result: DrawResult = {
    algorithm,
    selected: [...panel],
    lottery,
    seconds: (performance.now() - started) / 1000,
  }
  if (drawn.ticket !== undefined) result.ticket = drawn.ticket
  if (drawn.uniform) result.uniform = drawn.uniform
  return result
}
