import { totalBallots, type Election } from './election.ts'
import type { MethodName } from '../../shared/counting-methods.ts'
import { approval } from './methods/approval.ts'
import { borda, dowdall } from './methods/borda.ts'
import { condorcetFamily } from './methods/condorcet-family.ts'
import { copeland } from './methods/copeland.ts'
import { cpoStv } from './methods/cpo-stv.ts'
import { gradedAgreement } from './methods/graded-agreement.ts'
import { irv } from './methods/irv.ts'
import { kemenyYoung } from './methods/kemeny-young.ts'
import { majorityJudgment } from './methods/majority-judgment.ts'
import type { TallyMethod } from './methods/method.ts'
import { minimax } from './methods/minimax.ts'
import { plurality } from './methods/plurality.ts'
import { rankedPairs } from './methods/ranked-pairs.ts'
import { schulze } from './methods/schulze.ts'
import { score } from './methods/score.ts'
import { singleChoiceDistribution, singleChoiceMajority } from './methods/single-choice.ts'
import { stv } from './methods/stv.ts'
import type { TallyResult } from '../../shared/tally-result.ts'

/** Every method of the vote-vector/1 format, by name. */
export const tallyMethods: Record<MethodName, TallyMethod> = {
  irv,
  stv,
  cpo_stv: cpoStv,
  schulze,
  ranked_pairs: rankedPairs,
  copeland,
  minimax,
  kemeny_young: kemenyYoung,
  condorcet_family: condorcetFamily,
  borda,
  dowdall,
  plurality,
  approval,
  score,
  majority_judgment: majorityJudgment,
  single_choice_majority: singleChoiceMajority,
  single_choice_distribution: singleChoiceDistribution,
  graded_agreement: gradedAgreement,
}

/** Counts an election with its method and options. Pure: the same election gives the same result. */
export function tallyElection(election: Election): TallyResult {
  const result = tallyMethods[election.method](election)
  if (result.total_ballots === undefined && !election.tally) result.total_ballots = totalBallots(election)
  return result
}
