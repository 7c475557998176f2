import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import { condorcetWinner, pairAt, pairwiseFromElection, pairwiseRecord } from '../pairwise.ts'
import type { TallyMethod } from './method.ts'

/** Exact Kemeny–Young needs time 2^n·n²: beyond this many candidates we refuse. */
export const KEMENY_MAX_CANDIDATES = 16

/**
 * Kemeny–Young: the ranking that agrees with the most pairwise preferences, found exactly by
 * dynamic programming over subsets: best[S] is the best score of ordering the set S, and
 * best[S] = max over x in S of (x first: Σ_{y∈S\x} d[x][y]) + best[S\x].
 * Every candidate that heads some optimal ranking is a winner; the ranking shown is the optimal
 * one that follows candidate order where optimal rankings differ.
 */
export const kemenyYoung: TallyMethod = (election) => {
  const p = pairwiseFromElection(election)
  const n = p.n
  if (n > KEMENY_MAX_CANDIDATES)
    throw new AppError('invalid-input', msg('tally.kemenyTooMany', { max: KEMENY_MAX_CANDIDATES, count: n }))
  const size = 1 << n
  const best = new Float64Array(size)
  const headScore = (x: number, set: number): number => {
    let s = 0
    for (let y = 0; y < n; y++) if (y !== x && set & (1 << y)) s += pairAt(p, x, y)
    return s
  }
  for (let set = 1; set < size; set++) {
    let value = Number.NEGATIVE_INFINITY
    for (let x = 0; x < n; x++) {
      if (!(set & (1 << x))) continue
      const rest = set & ~(1 << x)
      value = Math.max(value, headScore(x, rest) + (best[rest] as number))
    }
    best[set] = value
  }
  const all = size - 1
  const bestScore = best[all] as number
  const eps = 1e-9
  const heads = (set: number) =>
    Array.from({ length: n }, (_, x) => x).filter((x) => {
      if (!(set & (1 << x))) return false
      const rest = set & ~(1 << x)
      return Math.abs(headScore(x, rest) + (best[rest] as number) - (best[set] as number)) <= eps
    })
  const winners = heads(all).map((x) => election.candidates[x] as string)
  const ranking: string[][] = []
  let set = all
  while (set) {
    const x = heads(set)[0] as number
    ranking.push([election.candidates[x] as string])
    set &= ~(1 << x)
  }
  return {
    method: 'kemeny_young',
    winners,
    ranking,
    best_score: bestScore,
    pairwise: pairwiseRecord(p),
    condorcet_winner: condorcetWinner(p),
  }
}
