import type { Highs } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { throwIfAborted, yieldToEventLoop } from './abort.ts'
import { balancedLottery, uniformPossible } from './balanced-panels.ts'
import { ClassOracle } from './class-oracle.ts'
import { ClassPanelStore } from './class-panel-store.ts'
import { DualLp, type DualSolution } from './dual-lp.ts'
import type { Instance } from './instance.ts'
import { normaliseLottery, weightColumns } from './panel-weights.ts'
import { PanelOracle } from './panel-oracle.ts'
import { classify, type ClassPanel, type PersonClasses } from './person-classes.ts'
import { realise } from './realise.ts'
import { LOTTERY_SEED, seedClassPanels } from './seed-panels.ts'
import type { Lottery, SolveOptions, StoppedEarly } from './types.ts'

/** A new panel must beat the current cap by this much to be added. */
export const VIOLATION_TOLERANCE = 1e-9
/**
 * A stage ends once the value reached is within this certified distance of the best upper
 * bound (probability units): the stated accuracy of every fixed probability.
 */
export const OPTIMALITY_GAP = 1e-5
/** After each priced panel, up to this many more violated panels are sought before the next LP solve. */
export const EXTRA_PANELS = 10
/** Interior dual weights above this mark a class whose probability is fixed at the stage value. */
export const FIX_WEIGHT = 1e-5

export type OptimiseResult = {
  lottery: Lottery
  panelsFound: number
  stages: number
  ilpCalls: number
  /** Present when the run was stopped before the lottery was proven fairest. */
  stopped?: StoppedEarly
}

export type OptimiseOptions = SolveOptions & {
  /** Stop after the first stage (MAXIMIN) instead of fixing stage by stage (LEXIMIN). */
  maximinOnly?: boolean
}

/**
 * LEXIMIN (and MAXIMIN as its first stage) by column generation, after Flanigan et al. (2021):
 * each stage maximises the lowest probability among people not yet fixed; panels come from the
 * ILP oracle priced with the dual weights; when no panel improves, people with positive interior
 * dual weight are fixed at the stage value.
 *
 * It works over classes of interchangeable people (person-classes.ts): the LEXIMIN lottery gives
 * everyone in a class the same chance, so a panel is a count per class, and the thousands of
 * panels that differ only in who stands for a class are one column. The class lottery is then
 * filled with real people by rotation (realise.ts), which gives each member exactly the class's
 * chance.
 *
 * When quotas allow everyone exactly k/n (quotas built from the pool's own shares), a balanced
 * family of panels gives everyone exactly k/n, which is the LEXIMIN (and MAXIMIN) optimum by
 * counting; no LP runs (balanced-panels.ts).
 */
export async function optimiseLottery(
  highs: Highs,
  instance: Instance,
  options: OptimiseOptions = {},
): Promise<OptimiseResult> {
  options.onProgress?.({ stage: 'seeding', panels: 0 })
  // Fast path: when everyone can get exactly k/n, a balanced family of panels proves it and is
  // the lottery (see balanced-panels.ts); no LP is needed and no tolerance enters.
  const balanced = await tryBalanced(highs, instance, options)
  if (balanced) {
    const n = instance.n
    options.onProgress?.({
      stage: 'fixing',
      panels: balanced.length,
      fixed: n,
      minProbability: instance.k / n,
    })
    options.onProgress?.({ stage: 'finishing', panels: balanced.length })
    return { lottery: balanced, panelsFound: balanced.length, stages: 1, ilpCalls: 1 }
  }
  throwIfAborted(options.signal)
  const people = classify(instance)
  const oracle = new ClassOracle(highs, instance, people)
  const dual = new DualLp(highs, people.classes.length)
  try {
    return await columnGeneration(highs, instance, people, oracle, dual, options)
  } finally {
    oracle.dispose()
    dual.dispose()
  }
}

async function columnGeneration(
  highs: Highs,
  instance: Instance,
  people: PersonClasses,
  oracle: ClassOracle,
  dual: DualLp,
  options: OptimiseOptions,
): Promise<OptimiseResult> {
  const count = people.classes.length
  const sizes = oracle.classSizes
  const store = new ClassPanelStore(sizes)
  const toDual = (b: number) => {
    const column = store.column(b)
    dual.addPanel(column.indices, column.values)
  }
  const add = (panel: ClassPanel): boolean => {
    if (!store.add(panel)) return false
    toDual(store.size - 1)
    return true
  }
  const { uncoverable, rounds: seedRounds } = await seedClassPanels(
    oracle,
    store,
    options.replay?.seedRounds ?? Math.min(count, 50),
    options,
  )
  if (store.size === 0) throw new AppError('internal', 'No panel meets the quotas.')
  for (let b = 0; b < store.size; b++) toDual(b)

  // Per class: its probability once fixed (each member's chance).
  const probability = new Float64Array(count)
  const isFixed = new Uint8Array(count)
  // Classes in no panel at all are fixed at 0 before the first stage, which would otherwise
  // spend its degenerate LP solves proving a minimum of 0.
  let fixedPeople = 0
  for (const c of uncoverable) {
    isFixed[c] = 1
    dual.fix(c, 0)
    fixedPeople += sizes[c] ?? 0
  }
  let fixedCount = uncoverable.length
  let stages = 0
  let relaxations = 0
  // The stopping point of an early stop: LP solves so far, and what every unfixed class is
  // guaranteed (the stage's last LP value), with the certified bound on the lowest chance.
  let iterations = 0
  let floor = 0
  let lowest: { value: number; bound: number } | undefined
  const stopNow = () =>
    iterations > 0 &&
    (options.stop?.aborted === true ||
      (options.replay !== undefined && iterations >= options.replay.iterations))
  let stopped: StoppedEarly | undefined
  const perPerson = (weights: Float64Array) => Float64Array.from(weights, (y, c) => y / (sizes[c] ?? 1))
  optimise: while (fixedCount < count) {
    stages += 1
    let solution: DualSolution | null = null
    // The lowest upper bound on this stage's value seen so far, and the weights that prove it:
    // for any class weights y ≥ 0 with Σ_{unfixed} y_c = 1, (max over panels of Σ_c x_c·y_c/m_c)
    // − Σ_{fixed} p_c·y_c bounds the stage value. Equal weights per unfixed person often close
    // degenerate stages at once.
    const unfixedPeople = instance.n - fixedPeople
    const equal = new Float64Array(count)
    for (let c = 0; c < count; c++) if (!isFixed[c]) equal[c] = (sizes[c] ?? 0) / unfixedPeople
    let best: { weights: Float64Array; bound: number } = { weights: equal, bound: Infinity }
    const fixedTerm = (weights: Float64Array) => {
      let term = 0
      for (let c = 0; c < count; c++) if (isFixed[c]) term += (probability[c] ?? 0) * (weights[c] ?? 0)
      return term
    }
    const price = (weights: Float64Array, target?: number) => {
      const found =
        target === undefined ? oracle.best(perPerson(weights)) : oracle.reach(perPerson(weights), target)
      if (!found) throw new AppError('internal', 'The panel solver found no panel.')
      const bound = found.bound - fixedTerm(weights)
      if (bound < best.bound) best = { weights, bound }
      return found
    }
    const closes = (lp: DualSolution) => lp.objective >= best.bound - OPTIMALITY_GAP
    for (const bound of countingBounds(instance, people, isFixed, probability)) {
      if (bound.bound < best.bound) best = bound
    }
    const first = price(equal)
    add(first.panel)
    for (;;) {
      throwIfAborted(options.signal)
      if (stopNow()) {
        stopped = {
          seedRounds,
          iterations,
          round: stages,
          fixed: fixedPeople,
          people: instance.n,
          lowest: lowest?.value ?? floor,
          upperBound: Math.min(1, lowest?.bound ?? best.bound),
        }
        break optimise
      }
      iterations += 1
      const vertex = dual.solve('simplex')
      if (!vertex) break
      floor = Math.max(floor, vertex.objective)
      if (closes(vertex)) {
        solution = { ...vertex, weights: best.weights }
        break
      }
      // Any panel above the cap improves the LP: the search stops at the first one it meets, and
      // only proves a bound when there is none.
      const found = price(vertex.weights, vertex.cap + VIOLATION_TOLERANCE)
      // Pricing also tightens the bound, which may close the stage now.
      if (closes(vertex)) {
        solution = { ...vertex, weights: best.weights }
        break
      }
      if (found.value > vertex.cap + VIOLATION_TOLERANCE && add(found.panel)) {
        addMorePanels(oracle, store, add, perPerson(vertex.weights), vertex.cap, found.panel)
        options.onProgress?.(progress(store.size, fixedPeople, stages, instance.n, vertex, best.bound))
        await yieldToEventLoop()
        continue
      }
      // The vertex is optimal over all panels. An interior optimum marks every class that
      // cannot rise further, not just those of one vertex.
      const interior = dual.solve('interior')
      if (interior) {
        const check = price(interior.weights)
        if (check.value > interior.cap + VIOLATION_TOLERANCE && add(check.panel)) continue
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
      for (let c = 0; c < count; c++) if (isFixed[c]) probability[c] = Math.max(0, (probability[c] ?? 0) - by)
      dual.relaxFixed(probability, 0)
      continue
    }
    const value = Math.max(0, Math.min(1, solution.objective))
    lowest ??= { value, bound: best.bound }
    floor = value
    if (options.maximinOnly) {
      for (let c = 0; c < count; c++) if (!isFixed[c]) probability[c] = value
      break
    }
    let strongest = -1
    let strongestWeight = -1
    const toFix: number[] = []
    for (let c = 0; c < count; c++) {
      if (isFixed[c]) continue
      const weight = solution.weights[c] ?? 0
      if (weight > FIX_WEIGHT) toFix.push(c)
      if (weight > strongestWeight) {
        strongestWeight = weight
        strongest = c
      }
    }
    if (toFix.length === 0) toFix.push(strongest)
    for (const c of toFix) {
      isFixed[c] = 1
      probability[c] = value
      dual.fix(c, value)
      fixedPeople += sizes[c] ?? 0
    }
    fixedCount += toFix.length
    options.onProgress?.({
      stage: 'fixing',
      panels: store.size,
      fixed: fixedPeople,
      people: instance.n,
      round: stages,
      minProbability: value,
    })
  }
  throwIfAborted(options.signal)
  options.onProgress?.({ stage: 'finishing', panels: store.size })
  // Stopped: everyone not fixed gets at least what the last LP guaranteed them.
  if (stopped) for (let c = 0; c < count; c++) if (!isFixed[c]) probability[c] = floor
  const columns = store.panels.map((_, b) => store.column(b))
  const weights = weightColumns(highs, count, columns, probability)
  const classLottery = store.panels.flatMap((panel, b) =>
    (weights[b] ?? 0) > 0 ? [{ panel, probability: weights[b] ?? 0 }] : [],
  )
  const lottery = normaliseLottery(realise(people, classLottery))
  const result = { lottery, panelsFound: store.size, stages, ilpCalls: oracle.calls }
  return stopped ? { ...result, stopped } : result
}

/**
 * Counting bounds on the stage value: the unfixed members of quota value q share at most max_q
 * seats minus what the fixed members of q take, so they cannot all get more than their average;
 * and everyone outside q shares at most k − min_q seats (the binding bound when a small group's
 * minimum lifts it above k/n). Each comes with the class weights that prove it.
 */
function countingBounds(
  instance: Instance,
  people: PersonClasses,
  isFixed: Uint8Array,
  probability: Float64Array,
): { weights: Float64Array; bound: number }[] {
  const count = people.classes.length
  const bounds: { weights: Float64Array; bound: number }[] = []
  const evenly = (inside: (c: number) => boolean, seats: number) => {
    let unfixed = 0
    let fixedShare = 0
    people.classes.forEach((personClass, c) => {
      if (!inside(c)) return
      const m = personClass.members.length
      if (isFixed[c]) fixedShare += (probability[c] ?? 0) * m
      else unfixed += m
    })
    if (unfixed === 0) return
    const weights = new Float64Array(count)
    people.classes.forEach((personClass, c) => {
      if (inside(c) && !isFixed[c]) weights[c] = personClass.members.length / unfixed
    })
    bounds.push({ weights, bound: (seats - fixedShare) / unfixed })
  }
  instance.quotas.forEach((row, q) => {
    // Rows that bind nothing do not split classes (person-classes.ts) and bound nothing useful.
    const category = instance.quotaCategory[q] ?? 0
    if (!people.classes.some((c) => c.quotas[category] === q)) return
    const has = (c: number) => people.classes[c]?.quotas[category] === q
    evenly(has, Math.min(row.max, instance.k))
    if (row.min > 0) evenly((c) => !has(c), instance.k - row.min)
  })
  return bounds
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

/**
 * Cheap extra columns: halve the weights of the last panel's classes and price again, keeping
 * each new panel that still beats the cap under the true weights. Fewer LP solves per panel.
 * A swap search from the last panel is asked first and finds most of them; the ILP only when it
 * fails (on the 500-person pool, MAXIMIN drops from 628 ILP solves to 229, and from 86 s to 42 s).
 */
function addMorePanels(
  oracle: ClassOracle,
  store: ClassPanelStore,
  add: (panel: ClassPanel) => boolean,
  perPerson: Float64Array,
  cap: number,
  panel: ClassPanel,
): void {
  const weights = Float64Array.from(perPerson)
  let last = panel
  for (let extra = 0; extra < EXTRA_PANELS; extra++) {
    for (let c = 0; c < last.length; c++) if ((last[c] ?? 0) > 0) weights[c] = (weights[c] ?? 0) / 2
    const improves = (panel: ClassPanel) =>
      store.value(panel, perPerson) > cap + VIOLATION_TOLERANCE && add(panel)
    const swapped = oracle.improve(last, weights)
    if (improves(swapped)) {
      last = swapped
      continue
    }
    const more = oracle.reach(weights, cap + VIOLATION_TOLERANCE)
    if (!more || !improves(more.panel)) return
    last = more.panel
  }
}

function progress(
  panels: number,
  fixed: number,
  stage: number,
  people: number,
  lp: DualSolution,
  bound: number,
) {
  return {
    stage: 'optimising' as const,
    panels,
    fixed,
    people,
    round: stage,
    minProbability: Math.max(0, lp.objective),
    ...(Number.isFinite(bound) ? { upperBound: Math.min(1, bound) } : {}),
  }
}
