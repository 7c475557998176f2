import { refusal, type Message } from './messages.ts'
import { z } from 'zod'
import type { TallyResult } from './tally-result.ts'
import { ballotKinds, entryModes } from './ballot-kinds.ts'
import { methodNames } from './counting-methods.ts'
import { optionsSchema, rulesSchema } from './vote-vector.ts'

/**
 * Recommendations, their ballots and the counts of those ballots: the types the UI and the app
 * share. A ballot is counted by the tally core, so its settings use the vote-vector/1 names
 * (`method`, `options`, `rules`): a ballot exports as, and imports from, a vote-vector file.
 */

export const recommendationStatuses = ['draft', 'final', 'adopted', 'rejected'] as const
export type RecommendationStatus = (typeof recommendationStatuses)[number]

export const recommendationInputSchema = z.object({
  /** The assembly's own number for it, e.g. "R12" or "3.2". */
  code: z.string().trim().min(1, refusal('form.recommendationCode')).max(20),
  theme: z.string().trim().max(200),
  /** The current wording; saving a different wording makes a new version. */
  text: z.string().trim().min(1, refusal('form.recommendationText')).max(20_000),
  draftingGroup: z.string().trim().max(200),
  status: z.enum(recommendationStatuses),
})
export type RecommendationInput = z.infer<typeof recommendationInputSchema>

export const minorityStatementInputSchema = z.object({
  recommendationId: z.number().int(),
  text: z.string().trim().min(1, refusal('form.minorityStatement')).max(20_000),
  /** How many members signed it, when known. */
  supporters: z.number().int().min(0).max(100_000).nullable(),
})

export type RecommendationVersion = { version: number; text: string; at: string }
export type MinorityStatement = { id: number; text: string; supporters: number | null; at: string }

export type RecommendationView = RecommendationInput & {
  id: number
  /** The current version's number (1 for a first draft). */
  version: number
  versions: RecommendationVersion[]
  minorityStatements: MinorityStatement[]
  ballotIds: number[]
  updatedAt: string
}

/** When a sequential ballot opens: after an earlier ballot's final count, or only on its outcome. */
export const opensWhen = ['decided', 'passed', 'failed'] as const

const label = z.string().trim().min(1).max(200)

export const ballotSpecSchema = z.object({
  title: z.string().trim().min(1, refusal('form.ballotTitle')).max(300),
  kind: z.enum(ballotKinds),
  method: z.enum(methodNames),
  entry: z.enum(entryModes),
  /**
   * What is voted on: the answers of a yes/no ballot (e.g. ["Yes", "No"]; abstentions are not an
   * option), the options or candidates, or the proposals rated on a scale.
   */
  candidates: z.array(label).min(1, refusal('form.ballotOptions')).max(100),
  /** Scale, score and majority judgment: the grades, worst first (score: "0" … "10"). */
  grades: z.array(label).max(20),
  seats: z.number().int().min(1).max(100),
  /** Approval and dot voting: at most this many marks per ballot; null = no limit. */
  maxApprovals: z.number().int().min(1).max(100).nullable(),
  /**
   * The counting options, with their vote-vector/1 names: threshold_percent, threshold_strict,
   * percentage_base ("valid", "all", or "present": every member present, voting or not),
   * pass_options, agree_options, bands, transfer, quota, strength, aggregate …
   */
  options: optionsSchema,
  rules: rulesSchema,
  /** How ties are broken; "random" draws with a seed that is recorded with the count. */
  tieBreak: z.string().trim().max(100),
  /** Members who must be present for the vote to count; null = no quorum. */
  quorum: z.number().int().min(0).max(100_000).nullable(),
  opensAfter: z.object({ ballotId: z.number().int(), when: z.enum(opensWhen) }).nullable(),
})
export type BallotSpec = z.infer<typeof ballotSpecSchema>

/**
 * The settings of a ballot that asks for nothing special: one seat, no grades, no mark limit, no
 * extra counting options or rules, the method's own tie-break, no quorum, open at once. A fresh
 * object each time, so no two ballots share their options.
 */
export function plainSettings(): Omit<BallotSpec, 'title' | 'kind' | 'method' | 'entry' | 'candidates'> {
  return {
    grades: [],
    seats: 1,
    maxApprovals: null,
    options: {},
    rules: {},
    tieBreak: '',
    quorum: null,
    opensAfter: null,
  }
}

const tally = z.number().int().min(0).max(1_000_000)

/** One table's (or one counter's) subtotal in a `counts` entry. */
export const tableCountSchema = z.object({
  label: z.string().trim().max(100),
  /**
   * Per option: one number (yes/no, choice, approval: the marks for it), or one per grade, worst
   * first (scale, majority judgment).
   */
  votes: z.record(z.string(), z.array(tally).max(20)),
  abstain: tally,
  blank: tally,
  spoiled: tally,
  /** Approval: the ballots cast at this table (marks can exceed it). */
  ballots: tally.nullable(),
})
export type TableCount = z.infer<typeof tableCountSchema>

/** What one paper ballot says, in the shape its kind needs. */
export const paperMarksSchema = z.union([
  /** Ranked: the options in order of preference; options at the same rank are equal. */
  z.object({ ranking: z.array(z.array(label).max(100)).max(100) }),
  /** Yes/no and single choice; null = abstain / no opinion. */
  z.object({ choice: label.nullable() }),
  z.object({ approve: z.array(label).max(100) }),
  /** Score, scale and majority judgment: per option, the index of the grade (worst = 0). */
  z.object({ scores: z.record(z.string(), z.number().int().min(0).max(100)) }),
])
export type PaperMarks = z.infer<typeof paperMarksSchema>

export const invalidBallotSchema = z.object({
  kind: z.enum(['blank', 'spoiled']),
  reason: z.string().trim().max(300),
})
export type InvalidBallot = z.infer<typeof invalidBallotSchema>

/** Double entry: two people type the same pile; only the differences are shown to reconcile. */
export const operators = ['A', 'B'] as const
export type Operator = (typeof operators)[number]

export const paperBallotSchema = z
  .object({
    ballotId: z.number().int(),
    operator: z.enum(operators),
    /** The number written on the paper, so both entries can be matched. */
    number: z.number().int().min(1).max(1_000_000),
    marks: paperMarksSchema.nullable(),
    invalid: invalidBallotSchema.nullable(),
  })
  .refine((p) => (p.marks === null) !== (p.invalid === null), {
    message: refusal('form.paperMarkedOrInvalid'),
  })

export type PaperBallotView = {
  number: number
  marks: PaperMarks | null
  invalid: InvalidBallot | null
  enteredAt: string
}

export type PaperDifference = { number: number; a: PaperBallotView | null; b: PaperBallotView | null }

export type Reconciliation = {
  entriesA: number
  entriesB: number
  agreed: number
  differences: PaperDifference[]
}

export type CountStatus = 'entering' | 'final' | 'superseded'

/** Where a count's members present come from: a session's attendance, or a number typed in. */
export type PresentFrom = {
  /** The number was typed in and overrides attendance. */
  typed: boolean
  /** The session whose attendance counts (chosen, or else the ballot's own session), with how many were there. */
  session: { id: number; title: string; date: string; chosen: boolean; there: number } | null
}

export type CountView = {
  countNo: number
  status: CountStatus
  startedAt: string
  finalisedAt: string | null
  /** Why this count was started, for a recount. */
  reason: string
  /** Members present and allowed to vote: from attendance, or typed in (see presentFrom). */
  present: number | null
  presentFrom: PresentFrom
  /** Ballots in the box or hands counted overall, to check the tables add up. */
  declaredTotal: number | null
  tables: TableCount[]
  papers: { a: number; b: number }
  /** Ballots counted (valid, blank and spoiled). */
  cast: number
  quorumMet: boolean | null
  /** The result so far (live while entering; as recorded once final). */
  result: TallyResult | null
  /** Why there is no result yet, in plain words. */
  problem: Message | null
  /** SHA-256 of the recorded result, as in the audit log. */
  resultHash: string | null
}

export type BallotState = 'waiting' | 'open' | 'decided'

export type BallotView = {
  id: number
  recommendationId: number | null
  spec: BallotSpec
  state: BallotState
  /** A waiting ballot: what it waits for, in plain words. */
  waitingFor: Message | null
  /** From the final count: passed / not passed for thresholds and scales; decided otherwise. */
  outcome: 'passed' | 'failed' | 'decided' | null
  /** Oldest first; the last one is the current count. */
  counts: CountView[]
  createdAt: string
}

export type VotesOverview = {
  recommendations: RecommendationView[]
  ballots: BallotView[]
  /** Confirmed panel members, when a draw exists: the size of the assembly. */
  members: number | null
}
