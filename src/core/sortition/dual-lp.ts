import type { Basis, Highs, Model } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { quietOptions } from './highs.ts'

export type DualSolution = {
  /** The weight of each class of interchangeable people (length n: the number of classes). */
  weights: Float64Array
  /** The largest total weight of a known panel. */
  cap: number
  /** The dual objective: cap − Σ fixed pᵢ·yᵢ, the best minimum probability over the unfixed. */
  objective: number
}

/**
 * The dual of the leximin stage LP over the panels found so far, kept as one persistent HiGHS
 * model for the whole run. Its variables are one weight per class c of interchangeable people
 * (person-classes.ts), each member's chance on panel B being x_{B,c}/m_c (count over class size):
 *
 *   minimise  ŷ − Σ_{c fixed} p_c·y_c
 *   s.t.      Σ_{c unfixed} y_c = 1
 *             Σ_c (x_{B,c}/m_c)·y_c − ŷ ≤ 0     for every known panel B
 *             y ≥ 0
 *
 * New panels are appended as rows (HiGHS keeps the basis, so the next dual simplex starts
 * warm); fixing a probability changes one cost and one coefficient. With no probability fixed
 * this is exactly the maximin dual.
 */
export class DualLp {
  private readonly model: Model
  private readonly highs: Highs
  private readonly n: number
  private readonly fixed: boolean[]
  panelCount = 0

  constructor(highs: Highs, n: number) {
    this.highs = highs
    this.n = n
    this.fixed = new Array<boolean>(n).fill(false)
    const cost = new Float64Array(n + 1)
    cost[n] = 1
    const starts = [0, n]
    const indices = Array.from({ length: n }, (_, i) => i)
    this.model = highs.createModel({
      numCols: n + 1,
      numRows: 1,
      sense: highs.constants.objectiveSense.minimize,
      colCost: cost,
      colLower: new Float64Array(n + 1),
      colUpper: new Float64Array(n + 1).fill(highs.infinity),
      rowLower: [1],
      rowUpper: [1],
      matrix: {
        format: 'csr',
        numRows: 1,
        numCols: n + 1,
        starts,
        indices,
        values: new Float64Array(n).fill(1),
      },
    })
    this.model.options.set({ ...quietOptions, solver: 'simplex', presolve: 'off' })
  }

  /** Adds a panel: each class it seats and the chance it gives each member of that class. */
  addPanel(classes: readonly number[], chances: readonly number[]): void {
    const indices = [...classes, this.n]
    const values = [...chances, -1]
    this.model.addRow(-this.highs.infinity, 0, { indices, values })
    this.panelCount += 1
  }

  /** Fixes class i at probability p: it leaves the normalisation row and enters the objective. */
  fix(i: number, p: number): void {
    if (this.fixed[i]) return
    this.fixed[i] = true
    this.model.changeCoefficient(0, i, 0)
    this.model.changeColCost(i, -p)
  }

  /** Lowers every fixed probability a little (recovery from numerical trouble). */
  relaxFixed(probabilities: ArrayLike<number>, by: number): void {
    for (let i = 0; i < this.n; i++) {
      if (this.fixed[i]) this.model.changeColCost(i, -Math.max(0, (probabilities[i] ?? 0) - by))
    }
  }

  /**
   * Solves with warm-started dual simplex (a vertex), or with the interior-point method without
   * crossover (a point in the relative interior of the optimal face: its positive weights mark
   * every respondent whose probability cannot rise further). The simplex basis is kept across
   * an interior solve.
   */
  solve(method: 'simplex' | 'interior'): DualSolution | null {
    const codes = this.highs.constants.modelStatus
    let basis: Basis | undefined
    if (method === 'interior') {
      try {
        if (this.model.info.get('basis_validity') === this.highs.constants.basisValidity.valid)
          basis = this.model.getBasis()
      } catch {
        basis = undefined
      }
      this.model.options.set({ solver: 'ipm', run_crossover: 'off' })
    }
    try {
      this.run()
    } finally {
      if (method === 'interior') this.model.options.set({ solver: 'simplex' })
    }
    const status = this.model.getModelStatus()
    if (status === codes.infeasible || status === codes.unbounded || status === codes.unboundedOrInfeasible)
      return this.restore(basis, null)
    if (status !== codes.optimal && !(method === 'interior' && this.solutionFeasible())) {
      // Without crossover the interior-point method may stop short of proven optimality;
      // the caller then falls back on the simplex vertex.
      if (method === 'interior') return this.restore(basis, null)
      throw new AppError('internal', `The lottery LP stopped with status ${status}.`)
    }
    const x = this.model.getSolution().colValue
    const solution = {
      weights: Float64Array.from(x.subarray(0, this.n), (v) => Math.max(0, v)),
      cap: x[this.n] ?? 0,
      objective: this.model.getObjectiveValue(),
    }
    return this.restore(basis, solution)
  }

  /** Runs; after a failed warm start (rare, numerical), runs once more from a cold start. */
  private run(): void {
    let failed: boolean
    try {
      this.model.run()
      failed = this.model.getModelStatus() === this.highs.constants.modelStatus.unknown
    } catch {
      failed = true
    }
    if (failed) {
      this.model.clearSolver()
      this.model.run()
    }
  }

  private solutionFeasible(): boolean {
    const feasible = this.highs.constants.solutionStatus.feasible
    return (
      this.model.info.get('primal_solution_status') === feasible &&
      this.model.info.get('dual_solution_status') === feasible
    )
  }

  private restore<T>(basis: Basis | undefined, value: T): T {
    if (basis) {
      try {
        this.model.setBasis(basis)
      } catch {
        // A stale basis only costs a cold start.
      }
    }
    return value
  }

  dispose(): void {
    this.model.dispose()
  }
}
