import {
  pairAt,
  pairwiseFromElection,
  pairwiseRecord,
  condorcetWinner,
  matrixRecord,
  type Pairwise,
} from '../pairwise.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { Strength } from '../../../shared/counting-methods.ts'
import { strengthOf, type TallyMethod } from './method.ts'

/** The strength of the direct link X→Y: zero unless X beats Y head-to-head. */
export function linkStrength(p: Pairwise, i: number, j: number, strength: Strength): number {
  const won = pairAt(p, i, j)
  const lost = pairAt(p, j, i)
  if (won <= lost) return 0
  switch (strength) {
    case 'margin':
      return won - lost
    case 'ratio':
      return lost === 0 ? Number.POSITIVE_INFINITY : won / lost
    default:
      return won
  }
}

/** Widest paths (Floyd–Warshall on min/max): p[X][Y] = strength of the strongest path X→Y. */
export function strongestPaths(p: Pairwise, strength: Strength): Float64Array {
  const n = p.n
  const paths = new Float64Array(n * n)
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) paths[i * n + j] = linkStrength(p, i, j, strength)
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      if (i === k) continue
      const ik = paths[i * n + k] as number
      if (ik === 0) continue
      for (let j = 0; j < n; j++) {
        if (j === i || j === k) continue
        const through = Math.min(ik, paths[k * n + j] as number)
        if (through > (paths[i * n + j] as number)) paths[i * n + j] = through
      }
    }
  return paths
}

/**
 * Ranking from strongest paths: repeatedly take the remaining candidates that no remaining
 * candidate beats (p[Y][X] > p[X][Y]); ties become joint ranks (Condorcet PHP's convention).
 */
export function rankingFromPaths(candidates: readonly string[], paths: Float64Array): string[][] {
  const n = candidates.length
  let remaining = candidates.map((_, i) => i)
  const ranking: string[][] = []
  while (remaining.length > 0) {
    const unbeaten = remaining.filter((x) =>
      remaining.every((y) => y === x || (paths[y * n + x] as number) <= (paths[x * n + y] as number)),
    )
    // The relation is transitive (Schulze 2011, §4.1), so an unbeaten candidate always exists.
    const group = unbeaten.length > 0 ? unbeaten : remaining
    ranking.push(group.map((i) => candidates[i] as string))
    remaining = remaining.filter((i) => !group.includes(i))
  }
  return ranking
}

export const schulze: TallyMethod = (election) => {
  const strength = strengthOf(election)
  const p = pairwiseFromElection(election)
  const paths = strongestPaths(p, strength)
  const ranking = rankingFromPaths(election.candidates, paths)
  const result: TallyResult = {
    method: 'schulze',
    variant: strength,
    winners: [...(ranking[0] ?? [])],
    ranking,
    pairwise: pairwiseRecord(p),
    strongest_paths: matrixRecord(election.candidates, paths),
    condorcet_winner: condorcetWinner(p),
  }
  return result
}
