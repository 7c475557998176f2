import { describe, expect, it } from 'vitest'
import {
  type BallotSpec,
  type PaperBallotView,
  type PaperMarks,
  type TableCount,
  plainSettings,
} from '../../shared/votes.ts'
import { tallyElection } from '../tally/tally-election.ts'
import { ballotElection, type CountEntries } from './ballot-election.ts'

const base: BallotSpec = {
  title: 'T',
  kind: 'yes-no',
  method: 'single_choice_majority',
  entry: 'counts',
  candidates: ['Yes', 'No'],
  ...plainSettings(),
}

const table = (votes: Record<string, number[]>, extra: Partial<TableCount> = {}): TableCount => ({
  label: '',
  votes,
  abstain: 0,
  blank: 0,
  spoiled: 0,
  ballots: null,
  ...extra,
})

const entries = (patch: Partial<CountEntries>): CountEntries => ({
  tables: [],
  papers: [],
  present: null,
  tieSeed: null,
  tieBreaks: [],
  ...patch,
})

let number = 0
const paper = (marks: PaperMarks | null, invalid: PaperBallotView['invalid'] = null): PaperBallotView => ({
  number: ++number,
  marks,
  invalid,
  enteredAt: '2026-01-01T00:00:00.000Z',
})

describe('a ballot and its entries as a tally election', () => {
  it('sums the tables of a yes/no ballot; abstentions stay out of the valid base, blank and spoiled are only counted', () => {
    const spec = { ...base, options: { threshold_percent: 80, threshold_strict: false } }
    const { election, totals } = ballotElection(
      1,
      spec,
      entries({
        tables: [
          table({ Yes: [30], No: [5] }, { abstain: 2, blank: 1 }),
          table({ Yes: [10], No: [5] }, { spoiled: 1 }),
        ],
      }),
    )
    expect(totals).toEqual({ cast: 54, valid: 50, abstain: 2, blank: 1, spoiled: 1 })
    const result = tallyElection(election)
    // 40 of 50 valid votes = 80%: at least 80% passes.
    expect(result).toMatchObject({ counts: { Yes: 40, No: 10, abstain: 2 }, base: 50, passes: true })
  })

  it('reads percentage base "present" as every member present: non-voters join the base as "not voting"', () => {
    const spec = { ...base, options: { percentage_base: 'present', threshold_percent: 50 } }
    const tables = [table({ Yes: [28], No: [20] }, { abstain: 2, blank: 1 })]
    const { election } = ballotElection(1, spec, entries({ tables, present: 58 }))
    const result = tallyElection(election)
    // 58 present: 28 yes is 48.3% of them, so it fails although it is 58% of the valid votes.
    expect(result).toMatchObject({ base: 58, passes: false, counts: { abstain: 2, 'not voting': 8 } })
    expect(() => ballotElection(1, spec, entries({ tables }))).toThrow(/members present/)
    expect(() => ballotElection(1, spec, entries({ tables, present: 40 }))).toThrow(
      /50 members voted or abstained but only 40/,
    )
  })

  it('sums a 4-point scale into a grade profile and gives Scotland’s band', () => {
    const spec: BallotSpec = {
      ...base,
      kind: 'scale',
      method: 'graded_agreement',
      candidates: ['R1'],
      grades: ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree'],
      options: {
        bands: [
          { label: 'strongly supported', min_percent: 75, strict: true },
          { label: 'supported', min_percent: 50, strict: true },
        ],
      },
    }
    const { election, totals } = ballotElection(
      1,
      spec,
      entries({ tables: [table({ R1: [2, 4, 14, 30] }), table({ R1: [2, 3, 13, 35] }, { abstain: 1 })] }),
    )
    expect(totals.valid).toBe(103)
    expect(election.tally).toEqual({ R1: [4, 7, 27, 65] })
    // Recommendation 1 of the Citizens' Assembly of Scotland: 89.3% agree, mean 3.49.
    const result = tallyElection(election)
    expect(result.band).toBe('strongly supported')
    expect(result.weighted_average).toBeCloseTo(3.49, 2)
  })

  it('turns approval tables into marks; valid ballots are those cast less blank, spoiled and abstaining', () => {
    const spec: BallotSpec = {
      ...base,
      kind: 'approval',
      method: 'approval',
      candidates: ['A', 'B', 'C'],
      maxApprovals: 2,
    }
    const { election, totals } = ballotElection(
      1,
      spec,
      entries({ tables: [table({ A: [6], B: [4], C: [0] }, { ballots: 7, blank: 1 })] }),
    )
    expect(totals).toMatchObject({ cast: 7, valid: 6, blank: 1 })
    expect(tallyElection(election).approvals).toEqual({ A: 6, B: 4, C: 0 })
  })

  it('counts ranked papers; blank and spoiled papers are counted but not given to the method', () => {
    const spec: BallotSpec = {
      ...base,
      kind: 'ranking',
      method: 'irv',
      entry: 'papers',
      candidates: ['A', 'B', 'C'],
    }
    const papers = [
      paper({ ranking: [['A'], ['B']] }),
      paper({ ranking: [['A'], ['B']] }),
      paper({ ranking: [['B'], ['A']] }),
      paper({ ranking: [['C'], ['B']] }),
      paper({ ranking: [['C'], ['B']] }),
      paper(null, { kind: 'spoiled', reason: 'two first preferences' }),
      paper(null, { kind: 'blank', reason: '' }),
    ]
    const { election, totals } = ballotElection(1, spec, entries({ papers }))
    expect(totals).toEqual({ cast: 7, valid: 5, abstain: 0, blank: 1, spoiled: 1 })
    // Identical papers are kept once with their count.
    expect(election.rankings).toHaveLength(3)
    // A 2, B 1, C 2: B is out and goes to A, who wins 3 to 2.
    expect(tallyElection(election).winners).toEqual(['A'])
  })

  it('turns score papers’ grade numbers into the grades’ values, and majority-judgment papers into profiles', () => {
    const score: BallotSpec = {
      ...base,
      kind: 'score',
      method: 'score',
      entry: 'papers',
      candidates: ['A', 'B'],
      grades: ['0', '5', '10'],
    }
    const scored = ballotElection(1, score, entries({ papers: [paper({ scores: { A: 2, B: 1 } })] }))
    expect(scored.election.scores).toEqual([{ scores: { A: 10, B: 5 }, count: 1 }])
    const mj: BallotSpec = {
      ...score,
      kind: 'majority-judgment',
      method: 'majority_judgment',
      grades: ['Poor', 'Fair', 'Good'],
    }
    const judged = ballotElection(
      1,
      mj,
      entries({
        papers: [paper({ scores: { A: 2, B: 0 } }), paper({ scores: { A: 1, B: 0 } }), paper({ scores: {} })],
      }),
    )
    expect(judged.election.tally).toEqual({ A: [0, 1, 1], B: [2, 0, 0] })
    expect(judged.totals).toMatchObject({ valid: 2, abstain: 1 })
    expect(tallyElection(judged.election).winners).toEqual(['A'])
  })

  it('gives a random tie-break the count’s seed, and replays the lots of an earlier count', () => {
    const spec: BallotSpec = {
      ...base,
      kind: 'ranking',
      method: 'irv',
      entry: 'papers',
      candidates: ['A', 'B'],
      tieBreak: 'random',
    }
    const lots = [{ round: 1, kind: 'loser' as const, among: ['A', 'B'], chosen: 'B' }]
    const withSeed = ballotElection(3, spec, entries({ tieSeed: 'abc', tieBreaks: lots }))
    expect(withSeed.election.options.seed).toBe('abc')
    expect(withSeed.election.recordedTieBreaks).toEqual(lots)
    expect(ballotElection(3, spec, entries({})).election.options.seed).toBe('provisional:ballot-3')
  })
})
