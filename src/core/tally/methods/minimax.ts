import { condorcetWinner, pairAt, pairwiseFromElection, pairwiseRecord } from '../pairwise.ts'
import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import { strengthOf, type TallyMethod } from './method.ts'

/**
 * Minimax (Simpson–Kramer): the candidate whose worst pairwise result is least bad wins.
 * - winning: worst defeat = most votes against X in a pair X loses (0 if X loses none);
 * - margin: worst defeat = largest (votes against − votes for) over all opponents (may be < 0);
 * - opposition: the most votes against X in any pair, won or lost.
 */
export const minimax: TallyMethod = (election) => {
  const strength = strengthOf(election)
  const p = pairwiseFromElection(election)
  const worst: Record<string, number> = {}
  election.candidates.forEach((x, i) => {
    let value = strength === 'margin' ? Number.NEGATIVE_INFINITY : 0
    election.candidates.forEach((_, j) => {
      if (i === j) return
      const against = pairAt(p, j, i)
      const forX = pairAt(p, i, j)
      if (strength === 'margin') value = Math.max(value, against - forX)
      else if (strength === 'opposition') value = Math.max(value, against)
      else if (against > forX) value = Math.max(value, against)
    })
    worst[x] = Number.isFinite(value) ? value : 0
  })
  const ranking = rankingFromValues(election.candidates, (c) => worst[c] ?? 0, 'lower-first')
  const result: TallyResult = {
    method: 'minimax',
    variant: strength,
    winners: [...(ranking[0] ?? [])],
    ranking,
    pairwise: pairwiseRecord(p),
    condorcet_winner: condorcetWinner(p),
  }
  if (strength === 'opposition') result.worst_opposition = worst
  else result.worst_defeat = worst
  return result
}
