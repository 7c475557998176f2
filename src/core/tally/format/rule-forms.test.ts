import { describe, expect, it } from 'vitest'
import { tallyElection } from '../tally-election.ts'
import { parseVoteVector } from './read-vote-vector.ts'
import { ruleFormNames } from './rule-forms.ts'
import { toVoteVector } from './write-vote-vector.ts'

/** A consent scale, worst first (Geelong's jury used "live with it" or better). */
const consent = ['block', 'serious reservations', 'live with it', 'agree', 'strongly agree']

/** 100 members: 72 at "live with it" or better, 60 at "agree" or better. */
function consentFile(extra: Record<string, unknown>) {
  return {
    format: 'vote-vector/1',
    id: 'consent',
    method: 'graded_agreement',
    candidates: ['Proposal'],
    ballot_type: 'scale',
    grades: consent,
    tally: { Proposal: [10, 18, 12, 40, 20] },
    ...extra,
  }
}

function yesNo(options: Record<string, unknown>, ballots = [79, 21, 10]) {
  const [yes = 0, no = 0, none = 0] = ballots
  return {
    format: 'vote-vector/1',
    id: 'yes-no',
    method: 'single_choice_majority',
    candidates: ['Yes', 'No'],
    ballot_type: 'choice',
    ballots: [
      { choice: 'Yes', count: yes },
      { choice: 'No', count: no },
      { choice: null, marked: 'no opinion', count: none },
    ],
    options,
  }
}

const count = (doc: unknown) => tallyElection(parseVoteVector(doc))
const refusal = (doc: unknown) => {
  try {
    parseVoteVector(doc)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the file was not refused')
}

describe('a rule the app cannot read is refused, never replaced by a default', () => {
  it('the issue’s example: “share of ‘live with it’ or better ≥ 90%” in words is refused, naming it', () => {
    const text = "share of 'live with it' or better ≥ 90%"
    const message = refusal(consentFile({ rules: { pass: text } }))
    expect(message).toContain('rules.pass')
    expect(message).toContain(text)
    expect(message).toContain('Nothing was counted')
    expect(refusal(consentFile({ options: { pass_rule: text } }))).toContain('options.pass_rule')
  })

  it('the same rule in its machine form is applied: 72% is below 90%, so the proposal fails', () => {
    const rule = { agree_from: 'live with it', threshold_percent: 90, threshold_strict: false }
    const result = count(consentFile({ options: rule }))
    expect(result.agree_percent).toBeCloseTo(72)
    expect(result.passes).toBe(false)
    expect(result.winners).toEqual([])
    // The default (upper half: agree or better, more than 50%) would have passed it.
    expect(count(consentFile({})).passes).toBe(true)
    // At 70% the same share carries it; "agree or better" is only 60%.
    expect(count(consentFile({ options: { ...rule, threshold_percent: 70 } })).passes).toBe(true)
    expect(
      count(consentFile({ options: { ...rule, agree_from: 'agree', threshold_percent: 70 } })).passes,
    ).toBe(false)
  })

  it('“this grade or better” and the list of grades are the same rule; contradicting them is refused', () => {
    const listed = count(
      consentFile({
        options: { agree_options: consent.slice(2), threshold_percent: 90, threshold_strict: false },
      }),
    )
    expect(listed.agree_percent).toBeCloseTo(72)
    expect(listed.passes).toBe(false)
    expect(
      refusal(consentFile({ options: { agree_from: 'agree', agree_options: consent.slice(2) } })),
    ).toContain('options.agree_from')
    expect(refusal(consentFile({ options: { agree_from: 'fine by me' } }))).toContain('one of the grades')
  })

  it('pass marks: “more than” and “at least” differ exactly at the mark', () => {
    // 80 yes of 100 valid.
    const at80 = (strict: boolean) =>
      count(yesNo({ threshold_percent: 80, threshold_strict: strict }, [80, 20, 5])).passes
    expect(at80(false)).toBe(true)
    expect(at80(true)).toBe(false)
    expect(refusal(yesNo({ threshold_strict: 'at least' }))).toContain('options.threshold_strict')
  })

  it('bases: valid ballots, all ballots, or named options; any other base is refused', () => {
    expect(count(yesNo({ percentage_base: 'valid' })).percentages).toMatchObject({ Yes: 79, No: 21 })
    expect(count(yesNo({ percentage_base: 'all' })).percentages).toMatchObject({ Yes: 72, No: 19 })
    expect(count(yesNo({ percentage_base: 'options:Yes,No' })).agree_percent).toBeCloseTo(79)
    expect(refusal(yesNo({ percentage_base: 'registered voters' }))).toContain('options.percentage_base')
    expect(refusal(yesNo({ percentage_base: 'options:Yes,Maybe' }))).toContain('"options:A,B"')
  })

  it('bands: the first band met names the support; a band on a yes/no count is refused as not read', () => {
    const bands = [
      { label: 'strongly supported', min_percent: 75, strict: true },
      { label: 'supported', min_percent: 50, strict: true },
    ]
    expect(count(consentFile({ options: { agree_from: 'live with it', bands } })).band).toBe('supported')
    expect(count(consentFile({ options: { agree_from: 'serious reservations', bands } })).band).toBe(
      'strongly supported',
    )
    expect(refusal(yesNo({ bands }))).toMatch(
      /options\.bands = .* is not one the single_choice_majority count reads/,
    )
  })

  it('which option carries a yes/no: pass_options must name options', () => {
    expect(count(yesNo({ pass_options: ['No'] })).passes).toBe(false)
    expect(refusal(yesNo({ pass_options: ['Oui'] }))).toContain('options.pass_options')
  })

  it('counting rules: unknown values and rules another rule overrides are refused', () => {
    const ranked = (options: Record<string, unknown>, rules: Record<string, unknown> = {}) => ({
      format: 'vote-vector/1',
      id: 'ranked',
      method: 'irv',
      candidates: ['A', 'B', 'C'],
      ballot_type: 'ranking',
      ballots: [{ ranking: [['A'], ['B']], count: 3 }],
      options,
      rules,
    })
    expect(refusal(ranked({ irv_rule: 'bottoms-up' }))).toContain('options.irv_rule')
    expect(refusal(ranked({ irv_rule: 'condorcet-php' }, { rctab: {} }))).toContain('options.irv_rule')
    expect(
      refusal(ranked({}, { rctab: { overvoteRule: 'exhaustImmediately', surplusMode: 'x' } })),
    ).toContain('rules.rctab.surplusMode')
    expect(refusal(ranked({}, { unranked: 'tied_last' }))).toContain('"not_counted"')
    expect(refusal(ranked({}, { withdrawn: ['C'] }))).toContain('rules.withdrawn')
    expect(refusal(ranked({ strength: 'margin' }))).toContain('options.strength')
    expect(count(ranked({ irv_rule: 'eliminate-all-tied' }, { unranked: 'not_counted' })).winners).toEqual([
      'A',
    ])
  })

  it('an exported file writes every rule its count applies, defaults included, and reads back the same', () => {
    const election = parseVoteVector(
      consentFile({ options: { agree_from: 'live with it', threshold_percent: 90 } }),
    )
    const doc = toVoteVector(election)
    expect(doc.options).toMatchObject({
      agree_from: 'live with it',
      agree_options: consent.slice(2),
      threshold_percent: 90,
      threshold_strict: true,
    })
    expect(tallyElection(parseVoteVector(doc))).toEqual(tallyElection(election))
    const plain = toVoteVector(parseVoteVector(yesNo({})))
    expect(plain.options).toEqual({
      threshold_percent: 50,
      threshold_strict: true,
      percentage_base: 'valid',
      pass_options: ['Yes'],
    })
  })

  it('lists the rule names it reads (the README’s “Rule forms” names each of them)', () => {
    expect(ruleFormNames.options).toContain('agree_from')
    expect(ruleFormNames.rules).toContain('unranked')
    expect(ruleFormNames.rctab).toContain('overvoteRule')
  })
})
