import type { Highs } from 'highs'
import { AppError } from '../../shared/errors.ts'
import { english, msg, type Message } from '../../shared/messages.ts'
import { quietOptions } from './highs.ts'
import type { Instance } from './instance.ts'
import { panelRows } from './panel-oracle.ts'

export type QuotaChange = {
  category: string
  value: string
  bound: 'min' | 'max'
  from: number
  to: number
}

/** The smallest change to the quotas that makes a panel possible. */
export type Relaxation = {
  changes: QuotaChange[]
  /** One plain sentence per change, e.g. "Gender:Female minimum 11 → 10". */
  sentences: string[]
}

export function describeChange(change: QuotaChange): Message {
  const { category, value, from, to } = change
  return msg(change.bound === 'min' ? 'quotas.changeMin' : 'quotas.changeMax', { category, value, from, to })
}

/** The cost of lowering a minimum by one: small minimums are lowered reluctantly (as the Sortition Foundation). */
export function lowerMinCost(min: number): number {
  return min > 0 ? 1 + 2 / min : 1
}

/**
 * Finds the cheapest integer relaxation of the quotas (lowering minimums, raising maximums,
 * within min_flex/max_flex) under which some panel meets every quota and the household rule.
 * One ILP: a binary per respondent plus, per quota row, how far its minimum is lowered and its
 * maximum raised. Returns null when even the most flexible quotas allow no panel.
 */
export function findRelaxation(highs: Highs, instance: Instance): Relaxation | null {
  const { n, quotas } = instance
  const F = quotas.length
  const base = panelRows(instance)
  // Columns: x (n), lowerBy (F), raiseBy (F). Rows (CSR): the panel rows with the quota rows widened.
  const numCols = n + 2 * F
  const starts = [0]
  const indices: number[] = []
  const values: number[] = []
  const rowLower: number[] = []
  const rowUpper: number[] = []
  const addRow = (cols: number[], coef: number[], lo: number, hi: number) => {
    indices.push(...cols)
    values.push(...coef)
    starts.push(indices.length)
    rowLower.push(lo)
    rowUpper.push(hi)
  }
  const baseRow = (r: number) => base.indices.slice(base.starts[r] ?? 0, base.starts[r + 1] ?? 0)
  addRow(
    baseRow(0),
    baseRow(0).map(() => 1),
    instance.k,
    instance.k,
  )
  quotas.forEach((quota, q) => {
    const members = baseRow(1 + q)
    const ones = members.map(() => 1)
    addRow([...members, n + q], [...ones, 1], quota.min, Infinity)
    addRow([...members, n + F + q], [...ones, -1], -Infinity, quota.max)
  })
  for (let r = 1 + F; r < base.lower.length; r++)
    addRow(
      baseRow(r),
      baseRow(r).map(() => 1),
      0,
      1,
    )

  const cost = new Float64Array(numCols)
  const upper = new Float64Array(numCols)
  upper.fill(1, 0, n)
  quotas.forEach((quota, q) => {
    cost[n + q] = lowerMinCost(quota.min)
    cost[n + F + q] = 1
    upper[n + q] = quota.min - (quota.minFlex ?? 0)
    upper[n + F + q] = Math.max(0, (quota.maxFlex ?? instance.k) - quota.max)
  })
  const inf = highs.infinity
  return highs.withModel(
    {
      numCols,
      numRows: rowLower.length,
      sense: highs.constants.objectiveSense.minimize,
      colCost: cost,
      colLower: new Float64Array(numCols),
      colUpper: upper,
      rowLower: rowLower.map((v) => (v === -Infinity ? -inf : v)),
      rowUpper: rowUpper.map((v) => (v === Infinity ? inf : v)),
      matrix: { format: 'csr', numRows: rowLower.length, numCols, starts, indices, values },
      integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer),
    },
    (model) => {
      model.options.set({ ...quietOptions, mip_rel_gap: 0 })
      model.run()
      const status = model.getModelStatus()
      if (status === highs.constants.modelStatus.infeasible) return null
      if (status !== highs.constants.modelStatus.optimal)
        throw new AppError('internal', `The relaxation solver stopped with status ${status}.`)
      const x = model.getSolution().colValue
      const changes: QuotaChange[] = []
      quotas.forEach((quota, q) => {
        const lowerBy = Math.round(x[n + q] ?? 0)
        const raiseBy = Math.round(x[n + F + q] ?? 0)
        const where = { category: quota.category, value: quota.value }
        if (lowerBy > 0) changes.push({ ...where, bound: 'min', from: quota.min, to: quota.min - lowerBy })
        if (raiseBy > 0) changes.push({ ...where, bound: 'max', from: quota.max, to: quota.max + raiseBy })
      })
      return { changes, sentences: changes.map((change) => english(describeChange(change))) }
    },
  )
}
