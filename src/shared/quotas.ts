import type { Message } from './messages.ts'
import { z } from 'zod'

/** One value's quota for the panel, with what the organiser knows about it. */
export const quotaRowSchema = z.object({
  category: z.string().min(1).max(100),
  value: z.string().min(1).max(100),
  min: z.number().int().min(0).max(10_000),
  max: z.number().int().min(0).max(10_000),
  /** How low the minimum may be relaxed (default 0). */
  minFlex: z.number().int().min(0).max(10_000).nullable(),
  /** How high the maximum may be relaxed (default: everyone with the value). */
  maxFlex: z.number().int().min(0).max(10_000).nullable(),
  /** The value's share of the population, in percent, when the organiser works from census figures. */
  populationShare: z.number().min(0).max(100).nullable(),
  justification: z.string().max(2000),
})
export type QuotaRow = z.infer<typeof quotaRowSchema>

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
