import { z } from 'zod'
import { ballotTypes } from './ballot-kinds.ts'
import { methodNames, strengths, unrankedRules } from './counting-methods.ts'

/**
 * The `vote-vector/1` interchange format (../shared/data/vote-vectors/README.md): one election,
 * its rules, its ballots (or a pre-aggregated tally) and, optionally, the expected result.
 * The schema checks shapes; cross-field checks (names on ballots are candidates, one ballot shape
 * per file, tally lengths match the grades) live in read-vote-vector.ts.
 */

const count = z.number().positive()
const name = z.string().min(1)

export const rankingBallotSchema = z.strictObject({
  ranking: z.array(z.array(name)),
  count,
})
export const scoresBallotSchema = z.strictObject({
  scores: z.record(name, z.number()),
  count,
})
export const approvalBallotSchema = z.strictObject({
  approve: z.array(name),
  count,
})
export const choiceBallotSchema = z.strictObject({
  choice: name.nullable(),
  /** Why a choice is null: "no opinion", "no preference", "abstain", "blank", "spoiled". */
  marked: z.string().optional(),
  count,
})

export const ballotSchema = z.union([
  rankingBallotSchema,
  scoresBallotSchema,
  approvalBallotSchema,
  choiceBallotSchema,
])

/** A seeded-random tie that the original count resolved; replayed so a recount reproduces it. */
export const recordedTieBreakSchema = z.looseObject({
  round: z.number().int().nonnegative(),
  kind: z.enum(['loser', 'winner']),
  among: z.array(name).min(2),
  chosen: name,
  how: z.string().optional(),
})

export const rulesSchema = z.looseObject({
  unranked: z.enum(unrankedRules).optional(),
  /** "tie", "overvote", or free text starting with one of them (e.g. "tie (BLT '=')"). */
  equal_rank_semantics: z.string().optional(),
  rank_slots: z.number().int().positive().optional(),
  excluded_candidates: z.array(name).optional(),
  withdrawn: z.array(name).optional(),
  median: z.string().optional(),
  rctab: z.record(z.string(), z.unknown()).optional(),
})

export const bandSchema = z.strictObject({
  label: z.string().min(1),
  /** Share of the base (0–100) that the counted options must reach. */
  min_percent: z.number().min(0).max(100),
  /** true: the share must be strictly greater than min_percent ("> 75%"). */
  strict: z.boolean().optional(),
})

export const optionsSchema = z.looseObject({
  strength: z.enum(strengths).optional(),
  quota: z.string().optional(),
  borda_start: z.number().int().optional(),
  completion: z.string().optional(),
  contestation_favoured: z.boolean().optional(),
  balancing: z.string().optional(),
  static_default_grade_index: z.number().int().nonnegative().optional(),
  /** score: sum | mean | median | star */
  aggregate: z.string().optional(),
  /** STV transfer rule: gregory | rctab | scotland | wigm | meek | warren | albany ... */
  transfer: z.string().optional(),
  /** IRV flavour: rctab | condorcet-php | eliminate-all-tied */
  irv_rule: z.string().optional(),
  /** Thresholds and scales: see single-choice-majority.ts and graded-agreement.ts. */
  threshold_percent: z.number().min(0).max(100).optional(),
  threshold_strict: z.boolean().optional(),
  percentage_base: z.string().optional(),
  pass_options: z.array(name).optional(),
  agree_options: z.array(name).optional(),
  /** "This grade or better": the named grade and every grade above it count as agreement. */
  agree_from: name.optional(),
  bands: z.array(bandSchema).optional(),
  seed: z.string().optional(),
  /** Ranked Pairs: how equally strong defeats are ordered (candidate-order | all-orders). */
  equal_defeats: z.enum(['candidate-order', 'all-orders']).optional(),
  /** Droop-style STV arithmetic (see stv-droop.ts). */
  arithmetic: z.enum(['fixed', 'guarded', 'rational']).optional(),
  precision: z.number().int().positive().optional(),
  guard: z.number().int().nonnegative().optional(),
  omega: z.number().int().positive().optional(),
  defeat_batch: z.string().optional(),
  integer_quota: z.boolean().optional(),
})

export const voteVectorSchema = z.looseObject({
  format: z.literal('vote-vector/1'),
  id: z.string().min(1),
  title: z.string().optional(),
  method: z.enum(methodNames),
  method_variant: z.string().optional(),
  options: optionsSchema.optional(),
  seats: z.number().int().positive().optional(),
  candidates: z.array(name).min(1),
  ballot_type: z.enum(ballotTypes),
  grades: z.array(z.union([z.string(), z.number()])).optional(),
  ballots: z.array(ballotSchema).optional(),
  tally: z.record(name, z.array(z.number().nonnegative())).optional(),
  rules: rulesSchema.optional(),
  tie_break: z.string().optional(),
  expected: z.record(z.string(), z.unknown()).optional(),
  source: z.record(z.string(), z.unknown()).optional(),
  verification: z.string().optional(),
  notes: z.string().optional(),
  tags: z.array(z.string()).optional(),
})

export type VoteVector = z.infer<typeof voteVectorSchema>
export type RankingBallot = z.infer<typeof rankingBallotSchema>
export type ScoresBallot = z.infer<typeof scoresBallotSchema>
export type ApprovalBallot = z.infer<typeof approvalBallotSchema>
export type ChoiceBallot = z.infer<typeof choiceBallotSchema>
export type Ballot = z.infer<typeof ballotSchema>
export type Rules = z.infer<typeof rulesSchema>
export type ElectionOptions = z.infer<typeof optionsSchema>
export type RecordedTieBreak = z.infer<typeof recordedTieBreakSchema>
export type Band = z.infer<typeof bandSchema>
