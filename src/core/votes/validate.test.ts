import { describe, expect, it } from 'vitest'
import type { BallotSpec, TableCount } from '../../shared/votes.ts'
import { validateMarks, validateTables } from './validate-entries.ts'
import { validateSpec } from './validate-spec.ts'

const dots: BallotSpec = {
  title: 'Priorities',
  kind: 'approval',
  method: 'approval',
  entry: 'papers',
  candidates: ['Orchards', 'Allotments', 'Solar', 'Verges'],
  grades: [],
  seats: 1,
  maxApprovals: 2,
  options: {},
  rules: {},
  tieBreak: '',
  quorum: null,
  opensAfter: null,
}

const scale: BallotSpec = {
  ...dots,
  kind: 'scale',
  method: 'graded_agreement',
  entry: 'counts',
  candidates: ['R1'],
  grades: ['Disagree', 'Neutral', 'Agree'],
  maxApprovals: null,
}

const row = (votes: Record<string, number[]>, extra: Partial<TableCount> = {}): TableCount => ({
  label: 'T1',
  votes,
  abstain: 0,
  blank: 0,
  spoiled: 0,
  ballots: null,
  ...extra,
})

describe('ballot settings', () => {
  it('accepts a sound ballot and refuses, in words, what its kind does not allow', () => {
    expect(() => validateSpec(dots)).not.toThrow()
    expect(() => validateSpec({ ...dots, method: 'schulze' })).toThrow(/cannot be counted by schulze/)
    expect(() => validateSpec({ ...dots, kind: 'ranking', method: 'irv', entry: 'counts' })).toThrow(
      /can only be entered as papers/,
    )
    expect(() => validateSpec({ ...dots, candidates: ['A', 'A'] })).toThrow(/“A” is listed twice/)
    expect(() => validateSpec({ ...dots, maxApprovals: 5 })).toThrow(/only 4 options/)
    expect(() => validateSpec({ ...dots, seats: 2 })).toThrow(/Only STV and CPO-STV/)
    expect(() => validateSpec({ ...scale, grades: ['Only one'] })).toThrow(/at least two/)
    expect(() =>
      validateSpec({ ...scale, kind: 'score', method: 'score', entry: 'papers', grades: ['0', 'ten'] }),
    ).toThrow(/“ten” is not a number/)
    expect(() => validateSpec({ ...scale, options: { agree_options: ['Strongly agree'] } })).toThrow(
      /not a grade/,
    )
    expect(() => validateSpec({ ...scale, options: { percentage_base: 'present' } })).toThrow(
      /yes\/no and single-choice/,
    )
    expect(() => validateSpec({ ...scale, options: { percentage_base: 'everyone' } })).toThrow(/is not known/)
  })
})

describe('what a paper says', () => {
  it('names only the ballot’s options and grades, in the shape of its kind, within the allowed marks', () => {
    expect(() => validateMarks(dots, { approve: ['Orchards', 'Solar'] })).not.toThrow()
    expect(() => validateMarks(dots, { approve: ['Orchards', 'Solar', 'Verges'] }, 12)).toThrow(
      /Ballot 12 has 3 marks but at most 2/,
    )
    expect(() => validateMarks(dots, { approve: ['Parks'] })).toThrow(
      /“Parks”, which is not one of the options/,
    )
    expect(() => validateMarks(dots, { approve: ['Solar', 'Solar'] })).toThrow(/same option twice/)
    expect(() => validateMarks(dots, { choice: 'Solar' })).toThrow(/expected approve marks/)
    const graded = { ...scale, entry: 'papers' as const }
    expect(() => validateMarks(graded, { scores: { R1: 2 } })).not.toThrow()
    expect(() => validateMarks(graded, { scores: { R1: 3 } })).toThrow(/grade number 4, but the scale has 3/)
  })
})

describe('table subtotals', () => {
  it('need one number per grade on a scale, known options and distinct table names', () => {
    expect(() => validateTables(scale, [row({ R1: [1, 2, 3] })])).not.toThrow()
    expect(() => validateTables(scale, [row({ R1: [1, 2] })])).toThrow(/one number per grade \(3\), not 2/)
    expect(() => validateTables(scale, [row({ R2: [1, 2, 3] })])).toThrow(/“R2” is not one of the options/)
    expect(() => validateTables(scale, [row({}), row({})])).toThrow(/Two tables are called “T1”/)
    expect(() => validateTables(dots, [row({})])).toThrow(/paper by paper/)
  })

  it('of dot voting keep the marks within the valid ballots cast and the dots allowed', () => {
    const counts = { ...dots, entry: 'counts' as const }
    expect(() =>
      validateTables(counts, [row({ Orchards: [9], Solar: [6] }, { ballots: 10, blank: 1 })]),
    ).not.toThrow()
    expect(() => validateTables(counts, [row({ Orchards: [10] }, { ballots: 10, blank: 1 })])).toThrow(
      /10 marks for “Orchards” but only 9 valid ballots/,
    )
    expect(() =>
      validateTables(counts, [row({ Orchards: [5], Solar: [5], Verges: [5] }, { ballots: 7 })]),
    ).toThrow(/15 marks on 7 valid ballots is more than 2 per ballot/)
    expect(() => validateTables(counts, [row({}, { ballots: 2, spoiled: 3 })])).toThrow(/only 2 ballots cast/)
  })
})
