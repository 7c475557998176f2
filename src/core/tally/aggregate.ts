import type { RankingBallot } from '../../shared/vote-vector.ts'

/**
 * Merges identical ranked ballots into one with the summed count (order of first appearance),
 * so a count does its work once per distinct ballot. Rankings are compared exactly, skipped
 * ranks and equal rankings included.
 */
export function aggregateRankings(ballots: readonly RankingBallot[]): RankingBallot[] {
  const byKey = new Map<string, RankingBallot>()
  for (const ballot of ballots) {
    const key = JSON.stringify(ballot.ranking)
    const seen = byKey.get(key)
    if (seen) seen.count += ballot.count
    else byKey.set(key, { ranking: ballot.ranking.map((g) => [...g]), count: ballot.count })
  }
  return [...byKey.values()]
}
