import type { Highs } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { throwIfAborted, yieldToEventLoop } from './abort.ts'
import { DualLp, type DualSolution } from './dual-lp.ts'
import type { Instance } from './instance.ts'
import { PanelOracle } from './panel-oracle.ts'
import { PanelStore } from './panel-store.ts'
import { weightPanels } from './panel-weights.ts'
import { LOTTERY_SEED, seedPanels } from './seed-panels.ts'
import { balancedLottery, uniformPossible } from './balanced-panels.ts'
import { heaviestFirst, SwapSearch } from './local-search.ts'
import type { Lottery, SolveOptions } from './types.ts'

/** A new panel must beat the current cap by this much to be added. */
export const VIOLATION_TOLERANCE = 1e-9
/**
 * A stage ends once the value reached is within this certified distance of the best upper
 * bound (probability units): the stated accuracy of every fixed probability.
 */
export const OPTIMALITY_GAP = 1e-5
/** After each priced panel, up to this many more violated panels are sought before the next LP solve. */
export const EXTRA_PANELS = 10
/** Interior dual weights above this mark a respondent whose probability is fixed at the stage value. */
export const FIX_WEIGHT = 1e-5

export type OptimiseResult = { lottery: Lottery; panelsFound: number; stages: number; ilpCalls: number }

export type OptimiseOptions = SolveOptions & {
  /** Stop after the first stage (MAXIMIN) instead of fixing stage by stage (LEXIMIN). */
  maximinOnly?: boolean
  seedRounds?: number
}

/**
 * LEXIMIN (and MAXIMIN as its first stage) by column generation, after Flanigan et al. (2021):
 * each stage maximises the lowest probability among respondents not yet fixed; panels come
 * from the ILP oracle priced with the dual weights; when no panel improves, respondents with
 * positive interior dual weight are fixed at the stage value.
 *
 * Two shortcuts, neither of which weakens the guarantees:
 * - When quotas allow everyone exactly k/n (quotas built from the pool's own shares), a balanced
 *   family of panels gives everyone exactly k/n, which is the LEXIMIN (and MAXIMIN) optimum by
 *   counting; no LP runs (balanced-panels.ts). On the demo pool this takes ~1 s instead of
 *   200 s+: the master LP there is degenerate and needs ~n panels to climb from 0.04 to k/n.
 * - Within column generation, a swap search from the tightest known panels supplies improving
 *   columns before the ILP is called; the ILP alone still decides that no column improves and
 *   supplies every Lagrangian bound, so stage values and fixings are exactly as certified before.
 */
export async function optimiseLottery(
  highs: Highs,
  instance: Instance,
  options: OptimiseOptions = {},
): Promise<OptimiseResult> {
  const n = instance.n
  const oracle = new PanelOracle(highs, instance)
  const dual = new DualLp(highs, n)
  const store = new PanelStore()
  const swaps = new SwapSearch(instance)
  try {
    options.onProgress?.({ stage: 'seeding', panels: 0 })
    // Fast path: when everyone can get exactly k/n, a balanced family of panels proves it and is
    // the lottery (see balanced-panels.ts); no LP is needed and no tolerance enters.
    const balanced = await tryBalanced(highs, instance, options)
    if (balanced) {
      options.onProgress?.({
        stage: 'fixing',
        panels: balanced.length,
        fixed: n,
        minProbability: instance.k / n,
      })
      options.onProgress?.({ stage: 'finishing', panels: balanced.length })
      return { lottery: balanced, panelsFound: balanced.length, stages: 1, ilpCalls: oracle.calls }
    }
    throwIfAborted(options.signal)
    const uncoverable = await seedPanels(oracle, store, options.seedRounds ?? Math.min(n, 50), options)
    if (store.size === 0) throw new AppError('internal', 'No panel meets the quotas.')
    for (const panel of store.panels) dual.addPanel(panel)

    const probability = new Float64Array(n)
    const isFixed = new Uint8Array(n)
    // People in no panel at all are fixed at 0 before the first stage, which would otherwise
    // spend its degenerate LP solves proving a minimum of 0.
    for (const i of uncoverable) {
      isFixed[i] = 1
      dual.fix(i, 0)
    }
    let fixedCount = uncoverable.length
    let stages = 0
    let relaxations = 0
    while (fixedCount < n) {
      stages += 1
      let solution: DualSolution | null = null
      // The lowest upper bound on this stage's value seen so far, and the weights that prove it:
      // for any weights y ≥ 0 with Σ_{unfixed} yᵢ = 1, (max over panels of Σ_{i∈B} yᵢ) − Σ_{fixed} pᵢyᵢ
      // bounds the stage value. Equal weights on the unfixed often close degenerate stages at once.
      const equal = new Float64Array(n)
      for (let i = 0; i < n; i++) if (!isFixed[i]) equal[i] = 1 / (n - fixedCount)
      let best: { weights: Float64Array; bound: number } = { weights: equal, bound: Infinity }
      const price = (weights: Float64Array) => {
        const found = oracle.best(weights)
        if (!found) throw new AppError('internal', 'The panel solver found no panel.')
        let fixedTerm = 0
        for (let i = 0; i < n; i++) if (isFixed[i]) fixedTerm += (probability[i] ?? 0) * (weights[i] ?? 0)
        const bound = found.value - fixedTerm
        if (bound < best.bound) best = { weights, bound }
        return found
      }
      const closes = (lp: DualSolution) => lp.objective >= best.bound - OPTIMALITY_GAP
      // Counting bounds: the unfixed members of quota value q share at most max_q seats minus what
      // the fixed members of q take, so none of them can all get more than their average. (As dual
      // weights: 1/|unfixed in q| on every member of q.) Often this is the binding bound.
      instance.quotas.forEach((row, q) => {
        const members = instance.quotaMembers[q] ?? []
        let unfixed = 0
        let fixedShare = 0
        for (const i of members) {
          if (isFixed[i]) fixedShare += probability[i] ?? 0
          else unfixed += 1
        }
        if (unfixed === 0) return
        const bound = (Math.min(row.max, instance.k) - fixedShare) / unfixed
        if (bound < best.bound) {
          const weights = new Float64Array(n)
          for (const i of members) weights[i] = 1 / unfixed
          best = { weights, bound }
        }
        // And the complement: everyone outside q shares at most k − min_q seats. This is the
        // binding bound when a small group's minimum lifts it above k/n (e.g. a floor of 2 for
        // 26 people): the rest cannot all get more than (k − min_q)/|rest|.
        if (row.min <= 0) return
        const inside = new Uint8Array(n)
        for (const i of members) inside[i] = 1
        let outside = 0
        let outsideShare = 0
        for (let i = 0; i < n; i++) {
          if (inside[i]) continue
          if (isFixed[i]) outsideShare += probability[i] ?? 0
          else outside += 1
        }
        if (outside === 0) return
        const rest = (instance.k - row.min - outsideShare) / outside
        if (rest < best.bound) {
          const weights = new Float64Array(n)
          for (let i = 0; i < n; i++) if (!inside[i] && !isFixed[i]) weights[i] = 1 / outside
          best = { weights, bound: rest }
        }
      })
      const first = price(equal)
      if (store.add(first.panel)) dual.addPanel(first.panel)
      for (;;) {
        throwIfAborted(options.signal)
        const vertex = dual.solve('simplex')
        if (!vertex) break
        if (closes(vertex)) {
          solution = { ...vertex, weights: best.weights }
          break
        }
        // Cheap columns first: swap search from the known panels that are tightest under these
        // weights. Only when it finds nothing does the exact ILP price (and bound) the stage.
        if (heuristicColumns(swaps, store, dual, vertex) > 0) {
          options.onProgress?.(progress('optimising', store.size, fixedCount, stages, vertex))
          await yieldToEventLoop()
          continue
        }
        const found = price(vertex.weights)
        // Pricing also tightens the bound, which may close the stage now.
        if (closes(vertex)) {
          solution = { ...vertex, weights: best.weights }
          break
        }
        if (found.value > vertex.cap + VIOLATION_TOLERANCE && store.add(found.panel)) {
          dual.addPanel(found.panel)
          addMorePanels(oracle, store, dual, vertex, found.panel)
          options.onProgress?.(progress('optimising', store.size, fixedCount, stages, vertex))
          await yieldToEventLoop()
          continue
        }
        // The vertex is optimal over all panels. An interior optimum marks every respondent
        // that cannot rise further, not just those of one vertex.
        const interior = dual.solve('interior')
        if (interior) {
          const check = price(interior.weights)
          if (check.value > interior.cap + VIOLATION_TOLERANCE && store.add(check.panel)) {
            dual.addPanel(check.panel)
            continue
          }
        }
        solution = interior ?? vertex
        break
      }
      if (!solution) {
        // Fixed probabilities a hair too high make the stage infeasible: lower them and retry.
        relaxations += 1
        if (relaxations > 20)
          throw new AppError('internal', 'The lottery LP failed repeatedly (numerical trouble).')
        const by = 1e-6 * 2 ** relaxations
        for (let i = 0; i < n; i++) if (isFixed[i]) probability[i] = Math.max(0, (probability[i] ?? 0) - by)
        dual.relaxFixed(probability, 0)
        continue
      }
      const value = Math.max(0, Math.min(1, solution.objective))
      if (options.maximinOnly) {
        probability.fill(value)
        break
      }
      let strongest = -1
      let strongestWeight = -1
      const toFix: number[] = []
      for (let i = 0; i < n; i++) {
        if (isFixed[i]) continue
        const weight = solution.weights[i] ?? 0
        if (weight > FIX_WEIGHT) toFix.push(i)
        if (weight > strongestWeight) {
          strongestWeight = weight
          strongest = i
        }
      }
      if (toFix.length === 0) toFix.push(strongest)
      for (const i of toFix) {
        isFixed[i] = 1
        probability[i] = value
        dual.fix(i, value)
      }
      fixedCount += toFix.length
      options.onProgress?.({ stage: 'fixing', panels: store.size, fixed: fixedCount, minProbability: value })
    }
    throwIfAborted(options.signal)
    options.onProgress?.({ stage: 'finishing', panels: store.size })
    const lottery = weightPanels(highs, n, store.panels, probability)
    return { lottery, panelsFound: store.size, stages, ilpCalls: oracle.calls }
  } finally {
    oracle.dispose()
    dual.dispose()
  }
}

/**
 * The balanced fast path, skipped at once when the counting check rules k/n out. Its starting
 * panel comes from a separate oracle, so that when it fails, column generation runs exactly as
 * it would without it.
 */
async function tryBalanced(highs: Highs, instance: Instance, options: SolveOptions) {
  if (!uniformPossible(instance)) return null
  const oracle = new PanelOracle(highs, instance)
  try {
    const first = oracle.best(new Float64Array(instance.n).fill(1))
    if (!first) return null
    throwIfAborted(options.signal)
    return await balancedLottery(instance, first.panel, `${LOTTERY_SEED}/balanced`, options)
  } finally {
    oracle.dispose()
  }
}

/** Known panels from which the swap search starts, the heaviest under the current weights. */
export const SWAP_STARTS = 12

/**
 * Columns from the swap search: starts from the known panels heaviest under the LP's weights
 * (those at the cap) and keeps every distinct improved panel that beats the cap. Returns how many
 * were added.
 */
function heuristicColumns(swaps: SwapSearch, store: PanelStore, dual: DualLp, lp: DualSolution): number {
  const weights = lp.weights
  const order = heaviestFirst(weights)
  const values = store.panels.map((panel, b) => {
    let value = 0
    for (const i of panel) value += weights[i] ?? 0
    return { b, value }
  })
  values.sort((x, y) => y.value - x.value || x.b - y.b)
  let added = 0
  for (const { b } of values.slice(0, SWAP_STARTS)) {
    const start = store.panels[b]
    if (!start) continue
    const found = swaps.improve(start, weights, order)
    if (found.value > lp.cap + VIOLATION_TOLERANCE && store.add(found.panel)) {
      dual.addPanel(found.panel)
      added += 1
    }
  }
  return added
}

/**
 * Cheap extra columns: halve the weights of the last panel's members and price again, keeping
 * each new panel that still beats the cap under the true weights. Fewer LP solves per panel.
 */
function addMorePanels(
  oracle: PanelOracle,
  store: PanelStore,
  dual: DualLp,
  lp: DualSolution,
  panel: number[],
): void {
  const weights = Float64Array.from(lp.weights)
  let last = panel
  for (let extra = 0; extra < EXTRA_PANELS; extra++) {
    for (const i of last) weights[i] = (weights[i] ?? 0) / 2
    const more = oracle.best(weights)
    if (!more) return
    let value = 0
    for (const i of more.panel) value += lp.weights[i] ?? 0
    if (value <= lp.cap + VIOLATION_TOLERANCE || !store.add(more.panel)) return
    dual.addPanel(more.panel)
    last = more.panel
  }
}

function progress(
  stage: 'optimising',
  panels: number,
  fixed: number,
  stages: number,
  solution: DualSolution,
) {
  return stages === 1
    ? { stage, panels, fixed, minProbability: Math.max(0, solution.objective) }
    : { stage, panels, fixed }
}
