import type { Election } from '../../src/core/tally/election.ts'
import { parseVoteVector } from '../../src/core/tally/format/read-vote-vector.ts'

/** Builds an election for tests from a compact description ("A>B>C": 3 means three such ballots). */
export function rankedElection(
  method: Election['method'],
  candidates: string[],
  ballots: Record<string, number>,
  extra: Record<string, unknown> = {},
): Election {
  return parseVoteVector({
    format: 'vote-vector/1',
    id: `test-${method}`,
    method,
    candidates,
    ballot_type: 'ranking',
    ballots: Object.entries(ballots).map(([text, count]) => ({
      ranking: text === '' ? [] : text.split('>').map((group) => (group === '' ? [] : group.split('='))),
      count,
    })),
    ...extra,
  })
}
