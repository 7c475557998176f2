/**
 * What a count returns. Keys follow the `expected` block of the vote-vector/1 format so a result
 * can be compared with, or exported as, an expected result.
 */

export type Transfers = Record<string, number>

export type RoundEvent =
  { elected: string; transfers?: Transfers } | { eliminated: string; transfers?: Transfers }

export type RoundRecord = {
  round: number
  /** Votes of the candidates still in the count (RCTab also keeps winners, at the threshold). */
  tally: Record<string, number>
  /** Votes needed to be elected in this round (quota or majority threshold). */
  threshold?: number
  /** Inactive ballots by reason (RCTab categories: exhaustedChoices, overvotes, …). */
  inactive?: Record<string, number>
  events?: RoundEvent[]
  elected?: string[]
  eliminated?: string[]
  /** Free-text explanation of a tie-break decided in this round. */
  note?: string
}

/** How a tie was decided, recorded so observers can check it. */
export type TieBreakRecord = {
  round: number
  kind: 'winner' | 'loser'
  among: string[]
  chosen: string
  how: string
}

export const thresholdBases = [
  'all_ballots',
  'continuing_ballots',
  'first_round_ballots',
  'valid_ballots',
  'active_votes',
] as const
export type ThresholdBasis = (typeof thresholdBases)[number]

export type Matrix = Record<string, Record<string, number>>

export type TallyResult = {
  method: string
  /** The rule variant counted, e.g. "schulze winning", "stv scotland". */
  variant?: string
  winners: string[]
  ranking?: string[][]
  scores?: Record<string, number>
  rounds?: RoundRecord[]
  quota_value?: number
  /**
   * What the rounds' threshold is taken of: all valid ballots, exhausted ones included
   * (all_ballots); the ballots still counting for a candidate in that round
   * (continuing_ballots); those of the first round (first_round_ballots); all valid ballots as
   * a fixed quota (valid_ballots); or the votes still active, recomputed as the count goes
   * (active_votes).
   */
  threshold_of?: ThresholdBasis
  pairwise?: Matrix
  strongest_paths?: Matrix
  condorcet_winner?: string | null
  condorcet_loser?: string | null
  worst_defeat?: Record<string, number>
  worst_opposition?: Record<string, number>
  balance?: Record<string, number>
  best_score?: number
  approvals?: Record<string, number>
  top_two_for_runoff?: string[]
  /** CPO-STV: the outcomes (sets of winners) compared head-to-head. */
  outcomes_compared?: string[][]
  ranks?: Record<string, number>
  medians?: Record<string, string | number>
  sums?: Record<string, number>
  means?: Record<string, number>
  tally?: Record<string, number>
  counts?: Record<string, number>
  percentages?: Record<string, number>
  passes?: boolean
  band?: string
  weighted_average?: number
  base?: number
  participants?: number
  defeated_in_order?: string[]
  winners_in_order?: string[]
  quotas_by_round?: number[]
  by_method?: Record<string, TallyResult>
  /** The same ballots under the rule variants a file asks for (variants.ts), by the file's names. */
  by_variant?: Record<string, TallyResult>
  by_rule?: Record<string, TallyResult>
  /** A Droop rule's quota, as the format names it under by_rule. */
  quota?: number
  /** Variants a file asks for that this engine does not count, with the reason. */
  variants_not_counted?: Record<string, string>
  /** Per proposal, for agreement-scale ballots that hold several proposals. */
  proposals?: Record<string, TallyResult>
  agree_percent?: number
  tie_breaks?: TieBreakRecord[]
  total_ballots?: number
  notes?: string[]
}
