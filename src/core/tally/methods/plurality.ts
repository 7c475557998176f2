import type { Election } from '../election.ts'
import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyMethod } from './method.ts'

/**
 * First choices per candidate. Choice ballots count for their choice (null = abstention, not
 * counted); ranked ballots count for their first non-empty rank, split equally when several
 * names share it.
 */
export function firstChoices(election: Election): Record<string, number> {
  const tally: Record<string, number> = Object.fromEntries(election.candidates.map((c) => [c, 0]))
  for (const ballot of election.choices)
    if (ballot.choice !== null) tally[ballot.choice] = (tally[ballot.choice] ?? 0) + ballot.count
  for (const ballot of election.rankings) {
    const first = ballot.ranking.find((group) => group.length > 0)
    if (!first) continue
    const names = first.filter((name) => name in tally)
    for (const name of names) tally[name] = (tally[name] ?? 0) + ballot.count / names.length
  }
  return tally
}

/** Plurality (first past the post): most first choices wins; `top_two_for_runoff` for a second round. */
export const plurality: TallyMethod = (election) => {
  const tally = firstChoices(election)
  const ranking = rankingFromValues(election.candidates, (c) => tally[c] ?? 0, 'higher-first')
  const order = ranking.flat()
  return {
    method: 'plurality',
    winners: [...(ranking[0] ?? [])],
    ranking,
    tally,
    scores: tally,
    top_two_for_runoff: order.slice(0, 2),
  }
}
