import { condorcetWinner, copelandBalance, pairwiseFromElection, pairwiseRecord } from '../pairwise.ts'
import { rankingFromValues, toRecord } from '../ranking-groups.ts'
import type { TallyMethod } from './method.ts'

/** Copeland: pairwise wins minus pairwise losses ("balance"); equal balances share a rank. */
export const copeland: TallyMethod = (election) => {
  const p = pairwiseFromElection(election)
  const balance = toRecord(election.candidates, copelandBalance(p))
  const ranking = rankingFromValues(election.candidates, (c) => balance[c] ?? 0, 'higher-first')
  return {
    method: 'copeland',
    winners: [...(ranking[0] ?? [])],
    ranking,
    balance,
    pairwise: pairwiseRecord(p),
    condorcet_winner: condorcetWinner(p),
  }
}
