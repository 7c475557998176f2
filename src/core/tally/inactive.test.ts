import { describe, expect, it } from 'vitest'
import type { TallyResult } from '../../shared/tally-result.ts'
import { parseVoteVector } from './format/read-vote-vector.ts'
import { tallyElection } from './tally-election.ts'

/** 236 ranked papers, many truncated: ten of them run out of choices by the last round. */
function truncated(options: Record<string, unknown> = {}) {
  return parseVoteVector({
    format: 'vote-vector/1',
    id: 'truncated',
    method: 'irv',
    candidates: ['Ash', 'Birch', 'Cedar', 'Damson'],
    ballot_type: 'ranking',
    ballots: [
      { ranking: [['Ash'], ['Birch']], count: 90 },
      { ranking: [['Birch'], ['Ash']], count: 70 },
      { ranking: [['Cedar'], ['Birch']], count: 50 },
      { ranking: [['Damson']], count: 10 },
      { ranking: [['Damson'], ['Cedar'], ['Ash']], count: 12 },
      { ranking: [], count: 4 },
    ],
    rules: { unranked: 'not_counted' },
    options,
  })
}

const sumOf = (values: Record<string, number> | undefined) =>
  Object.values(values ?? {}).reduce((a, b) => a + b, 0)

function everyRoundAddsUp(result: TallyResult, total: number) {
  for (const round of result.rounds ?? []) {
    expect(round.inactive, `round ${round.round}`).toBeDefined()
    expect(sumOf(round.tally) + sumOf(round.inactive)).toBeCloseTo(total, 9)
  }
}

describe('inactive ballots by kind, in every round of a count without RCTab rules', () => {
  it('IRV: papers that run out of choices are exhausted, empty papers undervotes; the majority is of all ballots', () => {
    const result = tallyElection(truncated())
    expect(result.threshold_of).toBe('all_ballots')
    expect(result.rounds?.map((r) => r.inactive)).toEqual([
      { exhaustedChoices: 0, overvotes: 0, undervotes: 4 },
      { exhaustedChoices: 10, overvotes: 0, undervotes: 4 },
      { exhaustedChoices: 10, overvotes: 0, undervotes: 4 },
    ])
    expect(result.rounds?.[0]?.threshold).toBe(118)
    everyRoundAddsUp(result, 236)
  })

  it('IRV that drops exhausted ballots from the base says its majority is of continuing ballots', () => {
    const result = tallyElection(truncated({ irv_rule: 'eliminate-all-tied' }))
    expect(result.threshold_of).toBe('continuing_ballots')
    const last = result.rounds?.at(-1)
    expect(last?.threshold).toBe((236 - 4 - (last?.inactive?.['exhaustedChoices'] ?? 0)) / 2)
    everyRoundAddsUp(result, 236)
  })

  it('STV: whole papers that found no one are exhausted; surplus fractions that found no one are non-transferable', () => {
    const election = parseVoteVector({
      format: 'vote-vector/1',
      id: 'stv',
      method: 'stv',
      options: { transfer: 'gregory', quota: 'hare' },
      seats: 2,
      candidates: ['Andrea', 'Brad', 'Carter'],
      ballot_type: 'ranking',
      ballots: [
        { ranking: [['Andrea'], ['Carter']], count: 60 },
        { ranking: [['Brad']], count: 26 },
        { ranking: [['Carter']], count: 14 },
      ],
      rules: { unranked: 'not_counted' },
    })
    const result = tallyElection(election)
    expect(result.threshold_of).toBe('valid_ballots')
    expect(result.rounds?.map((r) => r.inactive)).toEqual([
      { exhaustedChoices: 0, overvotes: 0, undervotes: 0, nonTransferable: 0 },
      { exhaustedChoices: 0, overvotes: 0, undervotes: 0, nonTransferable: 0 },
      { exhaustedChoices: 14, overvotes: 0, undervotes: 0, nonTransferable: 10 },
    ])
  })

  it('Scottish STV keeps every candidate in its tally: votes held plus inactive make the valid papers', () => {
    const election = parseVoteVector({
      format: 'vote-vector/1',
      id: 'scottish',
      method: 'stv',
      seats: 2,
      candidates: ['A', 'B', 'C', 'D'],
      ballot_type: 'ranking',
      ballots: [
        { ranking: [['A'], ['B']], count: 40 },
        { ranking: [['A']], count: 20 },
        { ranking: [['C'], ['D']], count: 25 },
        { ranking: [['D']], count: 15 },
        { ranking: [['B'], ['C']], count: 10 },
      ],
      rules: { unranked: 'not_counted' },
    })
    const result = tallyElection(election)
    expect(result.threshold_of).toBe('valid_ballots')
    for (const round of result.rounds ?? []) expect(Object.keys(round.inactive ?? {})).toHaveLength(4)
    everyRoundAddsUp(result, 110)
  })
})
