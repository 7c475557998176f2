import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Election } from './election.ts'
import { withMethod, withOptions } from './election.ts'
import { parseVoteVector } from './format/read-vote-vector.ts'
import { methodFacts } from '../../shared/counting-methods.ts'
import { condorcetWinner, pairwiseFromElection } from './pairwise.ts'
import { tallyElection } from './tally-election.ts'

const CANDIDATES = ['A', 'B', 'C', 'D', 'E']

/** A profile of complete or truncated rankings over 3–5 candidates, with counts. */
const profile = fc.integer({ min: 3, max: 5 }).chain((n) =>
  fc.record({
    candidates: fc.constant(CANDIDATES.slice(0, n)),
    ballots: fc.array(
      fc.record({
        order: fc.shuffledSubarray(CANDIDATES.slice(0, n), { minLength: 1, maxLength: n }),
        count: fc.integer({ min: 1, max: 9 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  }),
)

function election(
  method: Election['method'],
  p: { candidates: string[]; ballots: { order: string[]; count: number }[] },
): Election {
  return parseVoteVector({
    format: 'vote-vector/1',
    id: 'property',
    method,
    candidates: p.candidates,
    ballot_type: 'ranking',
    ballots: p.ballots.map((b) => ({ ranking: b.order.map((c) => [c]), count: b.count })),
    rules: { unranked: methodFacts(method).unranked[0] },
  })
}

describe('tally properties', () => {
  it('a Condorcet winner, when one exists, wins under every Condorcet method', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const e = election('schulze', p)
        const winner = condorcetWinner(pairwiseFromElection(e))
        fc.pre(winner !== null)
        for (const strength of ['winning', 'margin', 'ratio'] as const) {
          expect(tallyElection(withOptions(e, { strength })).winners).toEqual([winner])
          expect(tallyElection(withMethod(e, 'ranked_pairs', { strength })).winners).toEqual([winner])
        }
        expect(tallyElection(withMethod(e, 'copeland')).winners).toEqual([winner])
        expect(tallyElection(withMethod(e, 'minimax', { strength: 'winning' })).winners).toEqual([winner])
        expect(tallyElection(withMethod(e, 'minimax', { strength: 'margin' })).winners).toEqual([winner])
        expect(tallyElection(withMethod(e, 'kemeny_young')).winners).toEqual([winner])
        expect(tallyElection(withMethod(e, 'condorcet_family')).condorcet_winner).toBe(winner)
      }),
      { numRuns: 300, seed: 20240501 },
    )
  })

  it('adding ballots that rank the IRV winner first never makes them lose (counts without ties)', () => {
    fc.assert(
      fc.property(profile, fc.integer({ min: 1, max: 20 }), (p, extra) => {
        const e = election('irv', p)
        const before = tallyElection(e)
        const tied = (before.rounds ?? []).some((r) => {
          const values = Object.values(r.tally)
          const min = Math.min(...values)
          return values.filter((v) => v === min).length > 1
        })
        fc.pre(before.winners.length === 1 && !tied)
        const winner = before.winners[0] as string
        const more = election('irv', { ...p, ballots: [...p.ballots, { order: [winner], count: extra }] })
        expect(tallyElection(more).winners).toEqual([winner])
      }),
      { numRuns: 300, seed: 7 },
    )
  })

  it('identical inputs give identical results, and ballot order does not matter', () => {
    const methods: Election['method'][] = [
      'irv',
      'stv',
      'schulze',
      'ranked_pairs',
      'copeland',
      'minimax',
      'borda',
      'dowdall',
      'condorcet_family',
    ]
    fc.assert(
      fc.property(profile, fc.constantFrom(...methods), (p, method) => {
        const e = election(method, p)
        const first = tallyElection(e)
        expect(tallyElection(election(method, p))).toEqual(first)
        const reversed = election(method, { ...p, ballots: [...p.ballots].reverse() })
        const again = tallyElection(reversed)
        expect(again.winners).toEqual(first.winners)
        expect(again.ranking).toEqual(first.ranking)
      }),
      { numRuns: 200, seed: 99 },
    )
  })
})
