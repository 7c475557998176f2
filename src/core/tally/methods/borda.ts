import type { Election } from '../election.ts'
import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyMethod } from './method.ts'

/**
 * Positional scoring of ranked ballots. Borda: with n candidates, position k (1-based) earns
 * n − k + start points (options.borda_start, default 1: first gets n, last gets 1). Dowdall
 * (Nauru): position k earns 1/k. Candidates sharing a rank share the points of the positions
 * they span equally. Unranked candidates: with rules.unranked "tied_last" they share the
 * remaining positions' points; with "no_points" or "no_preference" they get nothing.
 */
export function positionalScores(election: Election, points: (position: number, n: number) => number) {
  const n = election.candidates.length
  const scores: Record<string, number> = Object.fromEntries(election.candidates.map((c) => [c, 0]))
  const shareUnranked = election.rules.unranked === 'tied_last'
  for (const ballot of election.rankings) {
    const seen = new Set<string>()
    let position = 1
    const award = (names: string[]) => {
      if (names.length === 0) return
      let total = 0
      for (let k = 0; k < names.length; k++) total += points(position + k, n)
      for (const name of names) scores[name] = (scores[name] ?? 0) + (ballot.count * total) / names.length
      position += names.length
    }
    for (const group of ballot.ranking) {
      const names = group.filter((name) => name in scores && !seen.has(name))
      for (const name of names) seen.add(name)
      award(names)
    }
    if (shareUnranked) award(election.candidates.filter((c) => !seen.has(c)))
  }
  return scores
}

export const borda: TallyMethod = (election) => {
  const start = election.options.borda_start ?? 1
  const scores = positionalScores(election, (k, n) => n - k + start)
  const ranking = rankingFromValues(election.candidates, (c) => scores[c] ?? 0, 'higher-first')
  return { method: 'borda', winners: [...(ranking[0] ?? [])], ranking, scores }
}

export const dowdall: TallyMethod = (election) => {
  const scores = positionalScores(election, (k) => 1 / k)
  const ranking = rankingFromValues(election.candidates, (c) => scores[c] ?? 0, 'higher-first')
  return { method: 'dowdall', winners: [...(ranking[0] ?? [])], ranking, scores }
}
