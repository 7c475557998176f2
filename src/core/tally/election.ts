import type { MethodName } from '../../shared/counting-methods.ts'
import type {
  ApprovalBallot,
  ChoiceBallot,
  ElectionOptions,
  RankingBallot,
  RecordedTieBreak,
  Rules,
  ScoresBallot,
  VoteVector,
} from '../../shared/vote-vector.ts'

/**
 * One election, validated: what every tally method receives. Ballots are kept in the aggregated
 * form of the file (`count` identical ballots); exactly one of the ballot lists is filled, or
 * `tally` for pre-aggregated grade/scale profiles.
 */
export type Election = {
  id: string
  title: string
  method: MethodName
  methodVariant: string
  options: ElectionOptions
  seats: number
  candidates: string[]
  ballotType: VoteVector['ballot_type']
  grades: (string | number)[]
  rankings: RankingBallot[]
  scores: ScoresBallot[]
  approvals: ApprovalBallot[]
  choices: ChoiceBallot[]
  /** Pre-aggregated profile: for each candidate, the number of voters per grade, worst first. */
  tally: Record<string, number[]> | null
  rules: Rules
  tieBreak: string
  /** Ties the original count resolved by lot, replayed on a recount (format README). */
  recordedTieBreaks: RecordedTieBreak[]
  /** The document as read, for export. */
  document: VoteVector
}

/** A copy of the election with some options replaced: how rule variants of one file are counted. */
export function withOptions(election: Election, options: Partial<ElectionOptions>): Election {
  return { ...election, options: { ...election.options, ...options } }
}

export function withMethod(election: Election, method: MethodName, options: Partial<ElectionOptions> = {}) {
  return { ...election, method, options: { ...election.options, ...options } }
}

export function withRules(election: Election, rules: Partial<Rules>): Election {
  return { ...election, rules: { ...election.rules, ...rules } }
}

export function totalBallots(election: Election): number {
  const lists = [election.rankings, election.scores, election.approvals, election.choices]
  let total = 0
  for (const list of lists) for (const ballot of list) total += ballot.count
  return total
}
