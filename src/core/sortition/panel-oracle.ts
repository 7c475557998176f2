import type { Highs, Model } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { quietOptions } from './highs.ts'
import type { Instance } from './instance.ts'

/** Rows of the panel ILP in CSR form: size, one row per quota, one per shared household. */
export function panelRows(instance: Instance, bounds?: { min: number[]; max: number[] }) {
  const starts = [0]
  const indices: number[] = []
  const lower: number[] = []
  const upper: number[] = []
  const push = (members: readonly number[], lo: number, hi: number) => {
    indices.push(...members)
    starts.push(indices.length)
    lower.push(lo)
    upper.push(hi)
  }
  push(
    Array.from({ length: instance.n }, (_, i) => i),
    instance.k,
    instance.k,
  )
  instance.quotas.forEach((quota, q) => {
    push(instance.quotaMembers[q] ?? [], bounds?.min[q] ?? quota.min, bounds?.max[q] ?? quota.max)
  })
  for (const group of instance.households) push(group, 0, 1)
  return { starts, indices, lower, upper }
}

/**
 * The pricing oracle: a persistent HiGHS MILP over one binary per respondent that finds the
 * quota-feasible panel with the largest total weight. Only the objective changes between calls.
 */
export class PanelOracle {
  readonly instance: Instance
  private readonly highs: Highs
  private readonly model: Model
  calls = 0
  private targeted = false

  constructor(
    highs: Highs,
    instance: Instance,
    options: { presolve?: 'on' | 'off'; absoluteGap?: number } = {},
  ) {
    this.instance = instance
    this.highs = highs
    const rows = panelRows(instance)
    const n = instance.n
    this.model = highs.createModel({
      numCols: n,
      numRows: rows.lower.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost: new Float64Array(n),
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(1),
      rowLower: rows.lower,
      rowUpper: rows.upper,
      matrix: {
        format: 'csr',
        numRows: rows.lower.length,
        numCols: n,
        starts: rows.starts,
        indices: rows.indices,
        values: new Float64Array(rows.indices.length).fill(1),
      },
      integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
    })
    this.model.options.set({
      ...quietOptions,
      presolve: options.presolve ?? 'off',
      // The pool's interchangeable people make the model highly symmetric; detecting that
      // symmetry costs more than it saves (3× on a 500-person pool).
      mip_detect_symmetry: false,
      mip_rel_gap: 0,
      mip_abs_gap: options.absoluteGap ?? 1e-12,
    })
  }

  /** The panel with the largest total weight, or null when no panel meets the quotas. */
  best(weights: ArrayLike<number>): { panel: number[]; value: number; bound: number } | null {
    return this.solve(weights, null)
  }

  /**
   * A panel worth at least `target` if the search meets one (it stops there: `bound` is then
   * Infinity, nothing proven), otherwise the heaviest panel with its proven bound.
   */
  reach(
    weights: ArrayLike<number>,
    target: number,
  ): { panel: number[]; value: number; bound: number } | null {
    return this.solve(weights, target)
  }

  private solve(weights: ArrayLike<number>, target: number | null) {
    const n = this.instance.n
    this.model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, Float64Array.from(weights))
    // HiGHS keeps options between runs, and a target cannot be unset: a model that was ever
    // given one is only used with one.
    if (target !== null) {
      this.targeted = true
      this.model.options.set({ objective_target: target })
    } else if (this.targeted)
      throw new AppError('internal', 'A targeted panel search was asked for an exact one.')
    this.calls += 1
    this.model.run()
    const status = this.model.getModelStatus()
    const codes = this.highs.constants.modelStatus
    if (status === codes.infeasible) return null
    const reached = status === codes.objectiveTarget
    if (status !== codes.optimal && !reached)
      throw new AppError('internal', `The panel solver stopped with status ${status}.`)
    const x = this.model.getSolution().colValue
    const panel: number[] = []
    let value = 0
    for (let i = 0; i < n; i++) {
      if ((x[i] ?? 0) > 0.5) {
        panel.push(i)
        value += weights[i] ?? 0
      }
    }
    const bound = reached ? Infinity : Number(this.model.info.get('mip_dual_bound'))
    return { panel, value, bound: Number.isFinite(bound) || reached ? Math.max(bound, value) : value }
  }

  dispose(): void {
    this.model.dispose()
  }
}
