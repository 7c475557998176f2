import type { Highs } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { quietOptions } from './highs.ts'
import type { Lottery } from './types.ts'

/** Panels whose weight falls below this are dropped and the rest renormalised. */
export const MIN_PANEL_PROBABILITY = 1e-9

/** A column of the final LP: the rows (people or classes) it covers and its chance in each. */
export type WeightedColumn = { indices: readonly number[]; values: readonly number[] }

/**
 * The primal step: weights λ over the known panels that give every row (a respondent, or a
 * class of interchangeable people) at least its target probability, minimising the largest
 * shortfall ε:
 *
 *   minimise ε   s.t.   Σ_B a_{B,r}·λ_B + ε ≥ target_r,   Σ λ_B = 1,   λ ≥ 0, ε ≥ 0
 *
 * where a_{B,r} is the chance panel B gives row r. Solved by simplex, so the answer is a vertex
 * with at most rows + 1 panels in its support. Returns λ (one weight per column).
 */
export function weightColumns(
  highs: Highs,
  rows: number,
  columns: readonly WeightedColumn[],
  targets: ArrayLike<number>,
): Float64Array {
  const count = columns.length
  const starts = [0]
  const indices: number[] = []
  const values: number[] = []
  for (const column of columns) {
    indices.push(...column.indices, rows)
    values.push(...column.values, 1)
    starts.push(indices.length)
  }
  for (let r = 0; r < rows; r++) {
    indices.push(r)
    values.push(1)
  }
  starts.push(indices.length)
  const cost = new Float64Array(count + 1)
  cost[count] = 1
  const upper = new Float64Array(count + 1).fill(1)
  upper[count] = highs.infinity
  const rowLower = new Float64Array(rows + 1)
  const rowUpper = new Float64Array(rows + 1).fill(highs.infinity)
  for (let r = 0; r < rows; r++) rowLower[r] = targets[r] ?? 0
  rowLower[rows] = 1
  rowUpper[rows] = 1
  return highs.withModel(
    {
      numCols: count + 1,
      numRows: rows + 1,
      sense: highs.constants.objectiveSense.minimize,
      colCost: cost,
      colLower: new Float64Array(count + 1),
      colUpper: upper,
      rowLower,
      rowUpper,
      matrix: {
        format: 'csc',
        numRows: rows + 1,
        numCols: count + 1,
        starts,
        indices,
        values: Float64Array.from(values),
      },
    },
    (model) => {
      model.options.set({ ...quietOptions, solver: 'simplex' })
      model.run()
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
        throw new AppError('internal', `The final lottery LP stopped with status ${model.getModelStatus()}.`)
      const x = model.getSolution().colValue
      return Float64Array.from({ length: count }, (_, b) => Math.max(0, x[b] ?? 0))
    },
  )
}

/** Drops negligible panels and rescales the rest to sum to exactly 1 (up to rounding). */
export function normaliseLottery(lottery: Lottery): Lottery {
  const kept = lottery.filter((entry) => entry.probability > MIN_PANEL_PROBABILITY)
  const total = kept.reduce((sum, entry) => sum + entry.probability, 0)
  if (kept.length === 0 || total <= 0)
    throw new AppError('internal', 'The lottery has no panel with a positive probability.')
  return kept.map((entry) => ({ panel: entry.panel, probability: entry.probability / total }))
}
