import { describe, expect, it } from 'vitest'
import type { BallotSpec } from '../../../../shared/votes.ts'
import { optionCodes, parsePaper, typedFor } from './paper-codes.ts'

function spec(kind: BallotSpec['kind'], candidates: string[], grades: string[] = []): BallotSpec {
  return {
    title: 't',
    kind,
    method: 'irv',
    entry: 'papers',
    candidates,
    grades,
    seats: 1,
    maxApprovals: kind === 'approval' ? 2 : null,
    options: {},
    rules: {},
    tieBreak: '',
    quorum: null,
    opensAfter: null,
  }
}

const ten = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']

describe('paper ballot keys', () => {
  it('gives options 1–9 then letters', () => {
    expect(optionCodes(ten)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a'])
  })

  it('reads a ranking of ten in ten keys, with or without spaces, and equal ranks', () => {
    const ranked = spec('ranking', ten)
    expect(parsePaper(ranked, '31a24')).toEqual({
      kind: 'marks',
      marks: { ranking: [['C'], ['A'], ['J'], ['B'], ['D']] },
    })
    expect(parsePaper(ranked, '3 1 A')).toEqual({ kind: 'marks', marks: { ranking: [['C'], ['A'], ['J']] } })
    expect(parsePaper(ranked, '3=1 4')).toEqual({ kind: 'marks', marks: { ranking: [['C', 'A'], ['D']] } })
    expect(parsePaper(ranked, '313')).toEqual({ kind: 'error', error: { code: 'twice', key: '3' } })
    expect(parsePaper(ranked, '3z')).toEqual({ kind: 'error', error: { code: 'unknownKey', key: 'z' } })
    expect(parsePaper(ranked, '=3')).toEqual({ kind: 'error', error: { code: 'equalFirst' } })
  })

  it('reads blank and spoiled papers with a reason', () => {
    const ranked = spec('ranking', ten)
    expect(parsePaper(ranked, '-')).toEqual({ kind: 'invalid', invalid: { kind: 'blank', reason: '' } })
    expect(parsePaper(ranked, '* Two crosses')).toEqual({
      kind: 'invalid',
      invalid: { kind: 'spoiled', reason: 'Two crosses' },
    })
  })

  it('reads a choice, an abstention and approvals up to the limit', () => {
    const yesNo = spec('yes-no', ['Yes', 'No'])
    expect(parsePaper(yesNo, '2')).toEqual({ kind: 'marks', marks: { choice: 'No' } })
    expect(parsePaper(yesNo, '0')).toEqual({ kind: 'marks', marks: { choice: null } })
    expect(parsePaper(yesNo, '12')).toEqual({ kind: 'error', error: { code: 'oneChoice' } })
    const dots = spec('approval', ['A', 'B', 'C'])
    expect(parsePaper(dots, '31')).toEqual({ kind: 'marks', marks: { approve: ['C', 'A'] } })
    expect(parsePaper(dots, '312')).toEqual({ kind: 'error', error: { code: 'tooMany', max: 2 } })
  })

  it('reads one grade per option; scores 0–10 need spaces', () => {
    const scale = spec('scale', ['P1', 'P2', 'P3'], ['SD', 'D', 'A', 'SA'])
    expect(parsePaper(scale, '43.')).toEqual({ kind: 'marks', marks: { scores: { P1: 3, P2: 2 } } })
    expect(parsePaper(scale, '45.')).toEqual({ kind: 'error', error: { code: 'unknownGrade', key: '5' } })
    expect(parsePaper(scale, '4')).toEqual({
      kind: 'error',
      error: { code: 'gradeCount', expected: 3, got: 1 },
    })
    const grades = Array.from({ length: 11 }, (_, i) => String(i))
    const score = spec('score', ['X', 'Y'], grades)
    expect(parsePaper(score, '10 7')).toEqual({ kind: 'marks', marks: { scores: { X: 10, Y: 7 } } })
    expect(parsePaper(score, '37')).toEqual({ kind: 'marks', marks: { scores: { X: 3, Y: 7 } } })
    expect(parsePaper(spec('score', ['X'], grades), '10')).toEqual({
      kind: 'marks',
      marks: { scores: { X: 10 } },
    })
  })

  it('writes back what was typed, so an entry can be edited', () => {
    const cases: [BallotSpec, string][] = [
      [spec('ranking', ten), '3=1a'],
      [spec('yes-no', ['Yes', 'No']), '0'],
      [spec('approval', ['A', 'B', 'C']), '31'],
      [spec('scale', ['P1', 'P2'], ['SD', 'D', 'A', 'SA']), '4.'],
      [
        spec(
          'score',
          ['X', 'Y'],
          Array.from({ length: 11 }, (_, i) => String(i)),
        ),
        '10 .',
      ],
      [spec('ranking', ten), '* torn'],
    ]
    for (const [s, typed] of cases) {
      const parsed = parsePaper(s, typed)
      const again =
        parsed.kind === 'marks'
          ? typedFor(s, parsed.marks, null)
          : parsed.kind === 'invalid'
            ? typedFor(s, null, parsed.invalid)
            : null
      expect(again).toBe(typed)
    }
  })
})
