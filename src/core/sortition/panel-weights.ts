import type { Highs } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { quietOptions } from './highs.ts'
import type { Lottery } from './types.ts'

/** Panels whose weight falls below this are dropped and the rest renormalised. */
export const MIN_PANEL_PROBABILITY = 1e-9

/**
 * The primal step: weights λ over the known panels that give every respondent at least their
 * target probability, minimising the largest shortfall ε:
 *
 *   minimise ε   s.t.   Σ_{B ∋ i} λ_B + ε ≥ targetᵢ,   Σ λ_B = 1,   λ ≥ 0, ε ≥ 0
 *
 * Solved by simplex, so the answer is a vertex with at most n + 1 panels in its support.
 */
export function weightPanels(
  highs: Highs,
  n: number,
  panels: readonly (readonly number[])[],
  targets: ArrayLike<number>,
): Lottery {
  const count = panels.length
  const starts = [0]
  const indices: number[] = []
  for (const panel of panels) {
    indices.push(...panel, n)
    starts.push(indices.length)
  }
  for (let i = 0; i < n; i++) indices.push(i)
  starts.push(indices.length)
  const cost = new Float64Array(count + 1)
  cost[count] = 1
  const upper = new Float64Array(count + 1).fill(1)
  upper[count] = highs.infinity
  const rowLower = new Float64Array(n + 1)
  const rowUpper = new Float64Array(n + 1).fill(highs.infinity)
  for (let i = 0; i < n; i++) rowLower[i] = targets[i] ?? 0
  rowLower[n] = 1
  rowUpper[n] = 1
  const lottery = highs.withModel(
    {
      numCols: count + 1,
      numRows: n + 1,
      sense: highs.constants.objectiveSense.minimize,
      colCost: cost,
      colLower: new Float64Array(count + 1),
      colUpper: upper,
      rowLower,
      rowUpper,
      matrix: {
        format: 'csc',
        numRows: n + 1,
        numCols: count + 1,
        starts,
        indices,
        values: new Float64Array(indices.length).fill(1),
      },
    },
    (model) => {
      model.options.set({ ...quietOptions, solver: 'simplex' })
      model.run()
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
        throw new AppError('internal', `The final lottery LP stopped with status ${model.getModelStatus()}.`)
      const x = model.getSolution().colValue
      return panels.map((panel, b) => ({ panel: [...panel], probability: Math.max(0, x[b] ?? 0) }))
    },
  )
  return normaliseLottery(lottery)
}

/** Drops negligible panels and rescales the rest to sum to exactly 1 (up to rounding). */
export function normaliseLottery(lottery: Lottery): Lottery {
  const kept = lottery.filter((entry) => entry.probability > MIN_PANEL_PROBABILITY)
  const total = kept.reduce((sum, entry) => sum + entry.probability, 0)
  if (kept.length === 0 || total <= 0)
    throw new AppError('internal', 'The lottery has no panel with a positive probability.')
  return kept.map((entry) => ({ panel: entry.panel, probability: entry.probability / total }))
}
