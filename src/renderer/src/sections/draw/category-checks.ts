import {
  quotaBoundsProblem,
  type QuotaBoundsProblem,
  type QuotaValueView,
} from '../../../../shared/quotas.ts'

/** What a volunteer can see at once about one category's quotas, before the exact check. */
export type CategoryCheck =
  | { kind: 'ok'; minSum: number; maxSum: number }
  | { kind: 'minTooHigh'; minSum: number }
  | { kind: 'maxTooLow'; maxSum: number }

export type ValueProblem = { kind: QuotaBoundsProblem } | { kind: 'notEnoughPeople'; pool: number }

/** Σmin ≤ panel size ≤ Σmax for one category. */
export function checkCategory(values: QuotaValueView[], panelSize: number): CategoryCheck {
  const minSum = values.reduce((sum, v) => sum + v.min, 0)
  const maxSum = values.reduce((sum, v) => sum + Math.min(v.max, v.poolCount), 0)
  if (minSum > panelSize) return { kind: 'minTooHigh', minSum }
  if (maxSum < panelSize) return { kind: 'maxTooLow', maxSum }
  return { kind: 'ok', minSum, maxSum }
}

/** A row that cannot be right on its own. */
export function valueProblem(value: QuotaValueView): ValueProblem | null {
  const bounds = quotaBoundsProblem(value)
  if (bounds) return { kind: bounds }
  if (value.min > value.poolCount) return { kind: 'notEnoughPeople', pool: value.poolCount }
  return null
}

/** The population shares of a category add up to this (null when none is set). */
export function shareTotal(values: QuotaValueView[]): number | null {
  const shares = values.map((v) => v.populationShare).filter((s): s is number => s !== null)
  return shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0)
}

export type BoundField = 'min' | 'max' | 'minFlex' | 'maxFlex'

const fieldsOfProblem: Record<ValueProblem['kind'], readonly BoundField[]> = {
  minAboveMax: ['min', 'max'],
  minFlexAboveMin: ['min', 'minFlex'],
  maxFlexBelowMax: ['max', 'maxFlex'],
  notEnoughPeople: ['min'],
}

/** Whether a row's problem lies in this field, to mark it. */
export function problemIn(problem: ValueProblem | null, field: BoundField): boolean {
  return problem !== null && fieldsOfProblem[problem.kind].includes(field)
}
