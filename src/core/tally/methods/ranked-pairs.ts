import { condorcetWinner, pairwiseFromElection, pairwiseRecord, type Pairwise } from '../pairwise.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { Strength } from '../../../shared/counting-methods.ts'
import { english, msg } from '../../../shared/messages.ts'
import { strengthOf, type TallyMethod } from './method.ts'
import {
  combineUniverses,
  edgeGroups,
  edgeOrders,
  levelsOfGraph,
  reaches,
  type Edge,
} from './locked-edges.ts'

/**
 * Ranked Pairs (Tideman): lock defeats strongest first, skipping any that would close a cycle;
 * the ranking is read off the locked graph (sources first). A pair with equal votes is no
 * defeat, so its candidates can share a rank (Condorcet PHP's joint ranks).
 * Equally strong defeats (options.equal_defeats):
 * - "candidate-order" (default, Condorcet PHP): locked in the order of their winners, then
 *   losers, in the candidate list — a declared, deterministic order;
 * - "all-orders" (pref_voting's parallel-universe tie-breaking): processed in every order, and a
 *   candidate wins if it wins in one of them.
 */
export function lockRankedPairs(n: number, order: readonly Edge[]): boolean[][] {
  const locked = Array.from({ length: n }, () => new Array<boolean>(n).fill(false))
  for (const edge of order) {
    if (reaches(locked, edge.to, edge.from)) continue
    const row = locked[edge.from]
    if (row) row[edge.to] = true
  }
  return locked
}

export function rankedPairsRanking(
  p: Pairwise,
  strength: Strength,
  allOrders: boolean,
): { ranking: string[][]; exhaustive: boolean } {
  const groups = edgeGroups(p, strength)
  const { orders, exhaustive } = allOrders
    ? edgeOrders(groups)
    : { orders: [groups.flat()], exhaustive: true }
  const universes = orders.map((order) => levelsOfGraph(p.n, lockRankedPairs(p.n, order)))
  return { ranking: combineUniverses(p.candidates, universes), exhaustive }
}

export const rankedPairs: TallyMethod = (election) => {
  const strength = strengthOf(election)
  const p = pairwiseFromElection(election)
  const allOrders = election.options.equal_defeats === 'all-orders'
  const { ranking, exhaustive } = rankedPairsRanking(p, strength, allOrders)
  const result: TallyResult = {
    method: 'ranked_pairs',
    variant: allOrders ? `${strength} all-orders` : strength,
    winners: [...(ranking[0] ?? [])],
    ranking,
    pairwise: pairwiseRecord(p),
    condorcet_winner: condorcetWinner(p),
  }
  if (!exhaustive) result.notes = [english(msg('ties.lockedInCandidateOrder'))]
  return result
}
