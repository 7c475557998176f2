import type { Election } from '../election.ts'
import { withMethod, withOptions } from '../election.ts'
import { condorcetLoser, condorcetWinner, pairwiseFromElection, pairwiseRecord } from '../pairwise.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import { borda } from './borda.ts'
import { baldwin, coombs } from './coombs-baldwin.ts'
import { copeland } from './copeland.ts'
import { runoffCount } from './irv.ts'
import { KEMENY_MAX_CANDIDATES, kemenyYoung } from './kemeny-young.ts'
import type { TallyMethod } from './method.ts'
import { minimax } from './minimax.ts'
import { plurality } from './plurality.ts'
import { rankedPairs } from './ranked-pairs.ts'
import { schulze } from './schulze.ts'
import { riverRanking, splitCycleWinners } from './split-cycle-river.ts'

/**
 * Names other tools give the same methods (pref_voting uses margins for beat path, minimax,
 * ranked pairs and river). Used to read a file's `by_method` block.
 */
export const familyAliases: Record<string, string> = {
  'beat_path(schulze)': 'schulze_margin',
  beat_path: 'schulze_margin',
  schulze: 'schulze_winning',
  minimax: 'minimax_margin',
  ranked_pairs: 'ranked_pairs_all_orders',
  irv: 'instant_runoff',
}

/**
 * One ranked election counted by every Condorcet-family method (and the usual comparisons) at
 * once, for "the method matters" reports. The top-level winners are Schulze's (winning votes),
 * which are the Condorcet winner whenever there is one.
 */
export const condorcetFamily: TallyMethod = (election) => {
  const p = pairwiseFromElection(election)
  const variant = (e: Election, strength: 'winning' | 'margin' | 'ratio' | 'opposition') =>
    withOptions(e, { strength })
  const byMethod: Record<string, TallyResult> = {
    schulze_winning: schulze(variant(election, 'winning')),
    schulze_margin: schulze(variant(election, 'margin')),
    schulze_ratio: schulze(variant(election, 'ratio')),
    ranked_pairs_winning: rankedPairs(variant(election, 'winning')),
    ranked_pairs_margin: rankedPairs(variant(election, 'margin')),
    ranked_pairs_all_orders: rankedPairs(
      withOptions(election, { strength: 'margin', equal_defeats: 'all-orders' }),
    ),
    copeland: copeland(election),
    minimax_winning: minimax(variant(election, 'winning')),
    minimax_margin: minimax(variant(election, 'margin')),
    minimax_opposition: minimax(variant(election, 'opposition')),
    plurality: plurality(election),
    borda: borda(withMethod(election, 'borda', { borda_start: 0 })),
    instant_runoff: runoffCount(election, 'eliminate-all-tied'),
    coombs: coombs(election),
    baldwin: baldwin(election),
    split_cycle: { method: 'split_cycle', winners: splitCycleWinners(p) },
  }
  const river = riverRanking(p)
  byMethod['river'] = { method: 'river', winners: [...(river[0] ?? [])], ranking: river }
  if (election.candidates.length <= KEMENY_MAX_CANDIDATES) byMethod['kemeny_young'] = kemenyYoung(election)
  const top = byMethod['schulze_winning']
  const result: TallyResult = {
    method: 'condorcet_family',
    winners: top?.winners ?? [],
    pairwise: pairwiseRecord(p),
    condorcet_winner: condorcetWinner(p),
    condorcet_loser: condorcetLoser(p),
    by_method: byMethod,
  }
  if (top?.ranking) result.ranking = top.ranking
  return result
}
