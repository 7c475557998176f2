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

  constructor(highs: Highs, instance: Instance) {
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
    this.model.options.set({ ...quietOptions, presolve: 'off', mip_rel_gap: 1e-9, mip_abs_gap: 1e-12 })
  }

  /** The panel with the largest total weight, or null when no panel meets the quotas. */
  best(weights: ArrayLike<number>): { panel: number[]; value: number } | null {
    const n = this.instance.n
    this.model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, Float64Array.from(weights))
    this.calls += 1
    this.model.run()
    const status = this.model.getModelStatus()
    const codes = this.highs.constants.modelStatus
    if (status === codes.infeasible) return null
    if (status !== codes.optimal)
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
    return { panel, value }
  }

  dispose(): void {
    this.model.dispose()
  }
}
