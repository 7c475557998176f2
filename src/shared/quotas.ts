import type { Message } from './messages.ts'
import { z } from 'zod'

const seats = z.number().int().min(0).max(10_000)

/** How many panel members may have `value` in `category`, and how far a relaxation may move that. */
const quotaSchema = z.object({
  category: z.string().min(1).max(100),
  value: z.string().min(1).max(100),
  min: seats,
  max: seats,
  /** The lowest the minimum may be relaxed to (null: 0). */
  minFlex: seats.nullable(),
  /** The highest the maximum may be relaxed to (null: everyone with the value). */
  maxFlex: seats.nullable(),
})

export type Quota = z.infer<typeof quotaSchema>

/** One value's quota for the panel, with what the organiser knows about it. */
export const quotaRowSchema = quotaSchema.extend({
  /** The value's share of the population, in percent, when the organiser works from census figures. */
  populationShare: z.number().min(0).max(100).nullable(),
  justification: z.string().max(2000),
})
export type QuotaRow = z.infer<typeof quotaRowSchema>

/** What makes one quota wrong on its own: its minimum above its maximum, or a flexibility on the wrong side. */
export type QuotaBoundsProblem = 'minAboveMax' | 'minFlexAboveMin' | 'maxFlexBelowMax'

type Bounds = { min: number; max: number; minFlex?: number | null; maxFlex?: number | null }

/**
 * The one check of a quota's bounds, wherever a quota comes from (the quota table as it is typed,
 * the saved quotas, a quota file): null when min ≤ max, minFlex ≤ min and maxFlex ≥ max.
 */
export function quotaBoundsProblem(quota: Bounds): QuotaBoundsProblem | null {
  if (quota.min > quota.max) return 'minAboveMax'
  if (quota.minFlex != null && quota.minFlex > quota.min) return 'minFlexAboveMin'
  if (quota.maxFlex != null && quota.maxFlex < quota.max) return 'maxFlexBelowMax'
  return null
}

/** How population shares become minimums and maximums for a panel size. */
export const shareRuleSchema = z.object({
  /** People allowed above and below the exact share (e.g. 1). */
  deviation: z.number().int().min(0).max(100),
  /** A value with any population share gets at least this minimum (e.g. 1 or 2). */
  floor: z.number().int().min(0).max(100),
})
export type ShareRule = z.infer<typeof shareRuleSchema>

export type QuotaValueView = QuotaRow & {
  poolCount: number
  poolShare: number
  /** The exact share of the panel size, when a population share is set. */
  idealCount: number | null
}

export type QuotaTable = {
  panelSize: number | null
  lockedAt: string | null
  categories: { name: string; values: QuotaValueView[] }[]
}

export type QuotaChangeView = {
  category: string
  value: string
  bound: 'min' | 'max'
  from: number
  to: number
  sentence: Message
}

export type QuotaCheck = {
  /** Problems quotas cannot fix (pool too small, household rule). */
  pool: Message[]
  /** Certain causes the quotas cannot be met, in plain words. */
  quota: Message[]
  /** Whether some panel meets every quota and the household rule (exact check). */
  feasible: boolean
  /** The smallest change that would make the quotas feasible, when they are not. */
  relaxation: QuotaChangeView[] | null
}
