import { describe, expect, it } from 'vitest'
import { parseVoteVector } from '../format/read-vote-vector.ts'
import { withOptions } from '../election.ts'
import { tallyElection } from '../tally-election.ts'
import { rankedElection } from '../../../../test/support/ranked-election.ts'

/** Small elections whose results were worked out by hand (the arithmetic is in the comments). */

describe('plurality, approval, scoring', () => {
  it('plurality counts first choices and ranks by them', () => {
    const e = parseVoteVector({
      format: 'vote-vector/1',
      id: 'p',
      method: 'plurality',
      candidates: ['A', 'B', 'C'],
      ballot_type: 'choice',
      ballots: [
        { choice: 'B', count: 5 },
        { choice: 'A', count: 7 },
        { choice: 'C', count: 5 },
        { choice: null, marked: 'blank', count: 2 },
      ],
    })
    const r = tallyElection(e)
    expect(r.winners).toEqual(['A'])
    expect(r.ranking).toEqual([['A'], ['B', 'C']])
    expect(r.top_two_for_runoff).toEqual(['A', 'B'])
  })

  it('approval adds one point per approved candidate and reports ties', () => {
    const e = parseVoteVector({
      format: 'vote-vector/1',
      id: 'a',
      method: 'approval',
      candidates: ['A', 'B', 'C'],
      ballot_type: 'approval',
      ballots: [
        { approve: ['A', 'B'], count: 2 },
        { approve: ['C'], count: 1 },
        { approve: ['B', 'C'], count: 1 },
      ],
    })
    // A 2, B 3, C 2
    expect(tallyElection(e)).toMatchObject({
      winners: ['B'],
      approvals: { A: 2, B: 3, C: 2 },
      ranking: [['B'], ['A', 'C']],
    })
  })

  it('Borda gives n..1 points, shares points of tied and unranked candidates; Dowdall gives 1/k', () => {
    const e = rankedElection(
      'borda',
      ['A', 'B', 'C', 'D'],
      { 'A>B=C': 1, 'D>A': 1 },
      { rules: { unranked: 'tied_last' } },
    )
    // Ballot 1: A 4, B and C share 3+2 → 2.5 each, D 1. Ballot 2: D 4, A 3, B and C share 2+1 → 1.5 each.
    expect(tallyElection(e).scores).toEqual({ A: 7, B: 4, C: 4, D: 5 })
    const dowdall = tallyElection({ ...e, method: 'dowdall', rules: { unranked: 'no_points' } })
    // Ballot 1: A 1, B and C share 1/2+1/3. Ballot 2: D 1, A 1/2.
    expect(dowdall.scores?.['A']).toBeCloseTo(1.5)
    expect(dowdall.scores?.['B']).toBeCloseTo(5 / 12)
    expect(dowdall.winners).toEqual(['A'])
  })

  it('score: sum, mean, lower median and STAR differ as expected', () => {
    const e = parseVoteVector({
      format: 'vote-vector/1',
      id: 's',
      method: 'score',
      candidates: ['X', 'Y'],
      ballot_type: 'scores',
      grades: [0, 1, 2, 3, 4, 5],
      ballots: [
        { scores: { X: 5, Y: 4 }, count: 2 },
        { scores: { X: 0, Y: 5 }, count: 1 },
      ],
    })
    // sums X 10, Y 13; medians X 5, Y 4; STAR: top two X, Y; X preferred on 2 ballots, Y on 1 → X.
    expect(tallyElection(e)).toMatchObject({ winners: ['Y'], sums: { X: 10, Y: 13 } })
    expect(tallyElection(withOptions(e, { aggregate: 'median' })).winners).toEqual(['X'])
    expect(tallyElection(withOptions(e, { aggregate: 'star' })).winners).toEqual(['X'])
  })

  it('majority judgment compares medians, then removes median judgments', () => {
    const e = parseVoteVector({
      format: 'vote-vector/1',
      id: 'mj',
      method: 'majority_judgment',
      candidates: ['P', 'Q', 'R'],
      ballot_type: 'grades',
      grades: ['bad', 'fair', 'good'],
      tally: { P: [1, 1, 2], Q: [0, 3, 1], R: [2, 1, 1] },
    })
    // Lower medians: P fair (sorted b f g g), Q fair, R bad. P vs Q: remove a fair from each:
    // P b g g → good; Q f f g → fair. So P > Q > R.
    expect(tallyElection(e)).toMatchObject({
      winners: ['P'],
      ranking: [['P'], ['Q'], ['R']],
      medians: { P: 'fair', Q: 'fair', R: 'bad' },
    })
  })
})

describe('Condorcet methods', () => {
  // Schulze paper example 13 by hand: d(A,B)=3 d(B,A)=2, d(B,C)=4 d(C,B)=1, d(C,A)=3 d(A,C)=2.
  const cycle = rankedElection(
    'schulze',
    ['A', 'B', 'C'],
    { 'A>B>C': 2, 'B>C>A': 2, 'C>A>B': 1 },
    { rules: { unranked: 'tied_last' } },
  )

  it('Schulze: strongest paths and a tie A = B', () => {
    const r = tallyElection(cycle)
    expect(r.pairwise).toEqual({ A: { B: 3, C: 2 }, B: { A: 2, C: 4 }, C: { A: 3, B: 1 } })
    // p(A,C) = min(3,4) = 3, p(C,B) = min(3,3) = 3, p(B,A) = min(4,3) = 3.
    expect(r.strongest_paths).toEqual({ A: { B: 3, C: 3 }, B: { A: 3, C: 4 }, C: { A: 3, B: 3 } })
    expect(r.winners).toEqual(['A', 'B'])
  })

  it('Ranked Pairs: winning votes and margins lock different defeats', () => {
    // B>C 14–6, A>B 11–9, C>A 9–5 (C=A on 6 ballots is no preference).
    const e = rankedElection(
      'ranked_pairs',
      ['A', 'B', 'C'],
      { 'B>C>A': 9, 'C=A>B': 6, 'A>B>C': 5 },
      { rules: { unranked: 'tied_last' } },
    )
    expect(tallyElection(withOptions(e, { strength: 'winning' })).ranking).toEqual([['A'], ['B'], ['C']])
    expect(tallyElection(withOptions(e, { strength: 'margin' })).ranking).toEqual([['B'], ['C'], ['A']])
  })

  it('Copeland, Minimax and Kemeny–Young on a profile with a Condorcet winner', () => {
    const e = rankedElection(
      'copeland',
      ['A', 'B', 'C'],
      { 'A>B>C': 4, 'B>C>A': 3, 'C>A>B': 2 },
      { rules: { unranked: 'tied_last' } },
    )
    // d(A,B)=6 d(B,A)=3; d(B,C)=7 d(C,B)=2; d(A,C)=4 d(C,A)=5: A beats B, B beats C, C beats A → a cycle.
    expect(tallyElection(e).balance).toEqual({ A: 0, B: 0, C: 0 })
    // Minimax winning: worst defeats A 5, B 6, C 7 → A.
    expect(tallyElection({ ...e, method: 'minimax' })).toMatchObject({
      winners: ['A'],
      worst_defeat: { A: 5, B: 6, C: 7 },
    })
    // Kemeny: A>B>C scores 6+4+7 = 17, the best of the six orders.
    expect(tallyElection({ ...e, method: 'kemeny_young' })).toMatchObject({ winners: ['A'], best_score: 17 })
  })
})

describe('IRV and STV', () => {
  it('IRV eliminates the lowest until someone has more than half', () => {
    const e = rankedElection('irv', ['bob', 'sue', 'bill'], {
      'bob>bill>sue': 2,
      'sue>bob>bill': 2,
      'bill>sue>bob': 1,
    })
    const r = tallyElection(e)
    // Round 1: bob 2, sue 2, bill 1 → bill out; round 2: sue 3 > 2.5.
    expect(r.winners).toEqual(['sue'])
    expect(r.rounds?.map((x) => x.tally)).toEqual([
      { bob: 2, sue: 2, bill: 1 },
      { bob: 2, sue: 3 },
    ])
  })

  it('RCTab rules: an overvote exhausts the ballot and is counted as inactive', () => {
    const e = rankedElection(
      'irv',
      ['A', 'B', 'C'],
      { 'A>B': 3, 'B>A': 2, 'C>A=B': 2 },
      {
        rules: {
          rctab: {
            tiebreakMode: 'useCandidateOrder',
            overvoteRule: 'exhaustImmediately',
            numberOfWinners: '1',
          },
        },
      },
    )
    const r = tallyElection(e)
    // Round 1: A 3, B 2, C 2 (threshold 4); C and B tie for last → B is listed later and goes.
    // Round 2: A 5, C 2 → A elected; threshold floor(7/2)+1 = 4.
    expect(r.rounds?.[0]).toMatchObject({ tally: { A: 3, B: 2, C: 2 }, threshold: 4, eliminated: ['C'] })
    expect(r.winners).toEqual(['A'])
  })

  it('RCTab random tie-breaks are drawn with the seeded generator and recorded', () => {
    const e = rankedElection(
      'irv',
      ['A', 'B', 'C', 'D'],
      { A: 2, B: 2, C: 1, D: 1 },
      {
        rules: { rctab: { tiebreakMode: 'random', randomSeed: '42', numberOfWinners: '1' } },
      },
    )
    const first = tallyElection(e)
    expect(first.tie_breaks?.[0]).toMatchObject({ round: 1, kind: 'loser', among: ['C', 'D'] })
    expect(first.tie_breaks?.[0]?.how).toMatch(/seed/)
    expect(tallyElection(e)).toEqual(first)
  })

  it('STV (Condorcet PHP Gregory): the food election', () => {
    const e = rankedElection(
      'stv',
      ['Orange', 'Pear', 'Chocolate', 'Strawberry', 'Hamburger'],
      {
        Orange: 4,
        'Pear>Orange': 2,
        'Chocolate>Strawberry': 8,
        'Chocolate>Hamburger': 4,
        Strawberry: 1,
        Hamburger: 1,
      },
      { seats: 3, method_variant: 'Condorcet PHP STV', options: { quota: 'droop' } },
    )
    const r = tallyElection(e)
    // Quota floor(20/4)+1 = 6. Chocolate 12 → surplus 6 = half of each paper: Strawberry +4, Hamburger +2.
    expect(r.quota_value).toBe(6)
    expect(r.rounds?.[1]?.tally).toEqual({ Orange: 4, Pear: 2, Strawberry: 5, Hamburger: 3 })
    expect(r.winners).toEqual(['Chocolate', 'Orange', 'Strawberry'])
  })

  it('Scottish STV: quota floor(V/(S+1))+1 and surplus values truncated to 5 decimals', () => {
    const e = rankedElection(
      'stv',
      ['Castor', 'Pollux', 'Helen'],
      { 'Castor>Pollux': 4, Helen: 2 },
      { seats: 2, options: { transfer: 'scotland' } },
    )
    const r = tallyElection(e)
    // Quota floor(6/3)+1 = 3; Castor 4 → surplus 1 over 4 papers → 0.25 each → Pollux 1; Helen 2 > 1.
    expect(r.quota_value).toBe(3)
    expect(r.winners).toEqual(['Castor', 'Helen'])
    expect(r.defeated_in_order).toEqual(['Pollux'])
  })
})

describe('threshold votes and agreement scales', () => {
  it('Ireland 2017 ballot 2: "no preference" is left out of the base', () => {
    const e = parseVoteVector({
      format: 'vote-vector/1',
      id: 'ie2',
      method: 'single_choice_majority',
      candidates: ['replace or amend', 'repeal'],
      ballot_type: 'choice',
      ballots: [
        { choice: 'replace or amend', count: 50 },
        { choice: 'repeal', count: 39 },
        { choice: null, marked: 'no preference', count: 2 },
      ],
    })
    // 50/89 = 56.2% → 56; 39/89 = 43.8% → 44.
    expect(tallyElection(e)).toMatchObject({
      percentages: { 'replace or amend': 56, repeal: 44 },
      passes: true,
      winners: ['replace or amend'],
      base: 89,
    })
    // Counting the 2 in the base: 50/91 = 54.9%.
    expect(tallyElection(withOptions(e, { percentage_base: 'all' })).percentages).toMatchObject({
      'replace or amend': 55,
      repeal: 43,
      'no preference': 2,
    })
  })

  it('Geelong: an 80% supermajority at "live with it" or better', () => {
    const scale = ['loathe it', 'lament it', 'live with it', 'like it', 'love it']
    const vote = (counts: number[]) =>
      tallyElection(
        parseVoteVector({
          format: 'vote-vector/1',
          id: 'geelong',
          method: 'graded_agreement',
          candidates: ['option'],
          ballot_type: 'scale',
          grades: scale,
          tally: { option: counts },
          options: {
            agree_options: ['live with it', 'like it', 'love it'],
            threshold_percent: 80,
            threshold_strict: false,
          },
        }),
      )
    expect(vote([6, 10, 30, 30, 24])).toMatchObject({ passes: true, agree_percent: 84 })
    expect(vote([11, 10, 30, 30, 19])).toMatchObject({ passes: false, agree_percent: 79 })
  })

  it('Scotland recommendation 1: distribution, weighted average and band', () => {
    const r = tallyElection(
      parseVoteVector({
        format: 'vote-vector/1',
        id: 'scot',
        method: 'graded_agreement',
        candidates: ['Recommendation 1'],
        ballot_type: 'scale',
        grades: ['strongly disagree', 'disagree', 'agree', 'strongly agree'],
        tally: { 'Recommendation 1': [4, 7, 27, 65] },
        options: {
          bands: [
            { label: 'strongly supported', min_percent: 75 },
            { label: 'supported', min_percent: 50 },
          ],
        },
      }),
    )
    // (4·1 + 7·2 + 27·3 + 65·4) / 103 = 359/103 = 3.485…; agree 92/103 = 89.3% > 75%.
    expect(r.weighted_average).toBeCloseTo(3.4854, 4)
    expect(r.band).toBe('strongly supported')
    expect(r.percentages).toEqual({ 'strongly disagree': 4, disagree: 7, agree: 26, 'strongly agree': 63 })
  })
})
