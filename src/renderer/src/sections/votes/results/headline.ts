import type { TFunction } from 'i18next'
import { isMethodName, methodFacts } from '../../../../../shared/counting-methods.ts'
import { agreeingGrades, passMarkOf } from '../../../../../shared/pass-mark.ts'
import type { BallotView, CountView } from '../../../../../shared/votes.ts'
import type { TallyResult } from '../../../../../shared/tally-result.ts'
import { say } from '../../../i18n/say.ts'
import { formatMean, formatList, formatPercent, formatVotes, quote } from './numbers.ts'
import { baseOf, choiceBase, familyOf, winnersOf } from './result-model.ts'

/** The result in one line and a few plain sentences: what was decided, by which rule, out of what. */
export type Headline = {
  tone: 'passed' | 'failed' | 'decided' | 'tie' | 'none'
  title: string
  lines: string[]
}

/** "more than 50%" / "at least 80%". */
export function markText(t: TFunction, spec: BallotView['spec']): string {
  const mark = passMarkOf(spec.options)
  return t(mark.strict ? 'results.rule.moreThan' : 'results.rule.atLeast', {
    percent: formatPercent(mark.percent),
  })
}

/** What the percentages are taken of, as a sentence. */
export function baseText(t: TFunction, ballot: BallotView, result: TallyResult, count: CountView): string {
  const base = baseOf(ballot.spec)
  const total = formatVotes(choiceBase(result, ballot.spec.candidates))
  switch (base.kind) {
    case 'all':
      return t('results.base.all', { total })
    case 'present':
      return t('results.base.present', {
        total: formatVotes(count.present ?? choiceBase(result, ballot.spec.candidates)),
      })
    case 'options':
      return t('results.base.options', { total, options: formatList(base.names.map(quote)) })
    default:
      return t('results.base.valid', { total })
  }
}

/** A rule variant as the core names it ("margin", "scotland", "gregory hare"), in words where known. */
export function variantName(t: TFunction, variant: string): string {
  return variant
    .split(' ')
    .map((word) => t(`results.variants.${word}`, { defaultValue: word }))
    .join(', ')
}

export function methodName(t: TFunction, method: string): string {
  return t(`results.methods.${method}`, { defaultValue: method })
}

function winnersHeadline(t: TFunction, ballot: BallotView, result: TallyResult): Headline {
  const winners = winnersOf(result)
  const seats = ballot.spec.seats
  if (winners.length === 0) return { tone: 'none', title: t('results.headline.noWinner'), lines: [] }
  if (winners.length > seats)
    return { tone: 'tie', title: t('results.headline.tie', { names: formatList(winners) }), lines: [] }
  const title =
    seats > 1
      ? t('results.headline.elected', { names: formatList(winners) })
      : t('results.headline.winner', { name: winners[0] ?? '' })
  return { tone: 'decided', title, lines: [] }
}

function countRule(t: TFunction, ballot: BallotView, result: TallyResult): string {
  const method = methodName(t, result.method)
  const parts = [
    ballot.spec.seats > 1
      ? t('results.rule.countedSeats', { method, count: ballot.spec.seats })
      : t('results.rule.counted', { method }),
  ]
  if (result.variant) parts.push(t('results.rule.variant', { variant: variantName(t, result.variant) }))
  if (result.quota_value !== undefined && isMethodName(result.method) && methodFacts(result.method).multiSeat)
    parts.push(t('results.rule.quota', { quota: formatVotes(result.quota_value) }))
  return parts.join(' ')
}

function choiceHeadline(t: TFunction, ballot: BallotView, result: TallyResult, count: CountView): Headline {
  const base = baseText(t, ballot, result, count)
  if (result.method === 'single_choice_majority') {
    const options = ballot.spec.options.pass_options ?? ballot.spec.candidates.slice(0, 1)
    const names = formatList(options.map(quote))
    const votes = options.reduce((s, o) => s + (result.counts?.[o] ?? 0), 0)
    const share = formatPercent(Math.round((result.agree_percent ?? 0) * 10) / 10)
    return {
      tone: result.passes ? 'passed' : 'failed',
      title: t(result.passes ? 'results.headline.carried' : 'results.headline.notCarried', { names }),
      lines: [
        t('results.headline.share', {
          share,
          names,
          votes: formatVotes(votes),
          total: formatVotes(result.base ?? 0),
        }),
        t('results.rule.needed', { mark: markText(t, ballot.spec) }),
        base,
      ],
    }
  }
  const top = result.winners
  const headline =
    top.length === 1
      ? { tone: 'decided' as const, title: t('results.headline.mostVotes', { name: top[0] ?? '' }) }
      : top.length > 1
        ? { tone: 'tie' as const, title: t('results.headline.tie', { names: formatList(top) }) }
        : { tone: 'none' as const, title: t('results.headline.noWinner') }
  const lines = [base]
  if (result.top_two_for_runoff)
    lines.unshift(t('results.headline.topTwo', { names: formatList(result.top_two_for_runoff) }))
  return { ...headline, lines }
}

function scaleLines(t: TFunction, ballot: BallotView, proposal: TallyResult): string[] {
  const grades = ballot.spec.grades
  const agree = agreeingGrades(grades, ballot.spec.options)
  return [
    t('results.scale.agreeLine', {
      share: formatPercent(Math.round((proposal.agree_percent ?? 0) * 10) / 10),
      grades: formatList(agree.map(quote)),
    }),
    t('results.scale.meanLine', { mean: formatMean(proposal.weighted_average ?? 0), max: grades.length }),
  ]
}

/** A band label from the core ("not supported" when no band is met) in the UI language. */
export function bandText(t: TFunction, band: string): string {
  return band === 'not supported' ? t('results.scale.notSupported') : band
}

function scaleHeadline(t: TFunction, ballot: BallotView, result: TallyResult): Headline {
  const rule = t('results.scale.rule', { mark: markText(t, ballot.spec) })
  if (result.proposals) {
    const all = Object.keys(result.proposals).length
    const passed = result.winners.length
    return {
      tone: passed === all ? 'passed' : passed === 0 ? 'failed' : 'decided',
      title: t('results.scale.proposalsPassed', { count: passed, total: all }),
      lines: [rule],
    }
  }
  const band = result.band ? bandText(t, result.band) : null
  const verdict = t(result.passes ? 'results.headline.passed' : 'results.headline.notPassed')
  return {
    tone: result.passes ? 'passed' : 'failed',
    title: band
      ? t('results.scale.bandTitle', { band, verdict })
      : t('results.scale.shareTitle', {
          verdict,
          share: formatPercent(Math.round((result.agree_percent ?? 0) * 10) / 10),
        }),
    lines: [
      ...scaleLines(t, ballot, result),
      rule,
      t('results.scale.base', { total: formatVotes(result.base ?? 0) }),
    ],
  }
}

/** The headline of a count: passed or not, the band, or who won, with the rule and the base. */
export function headlineOf(t: TFunction, ballot: BallotView, count: CountView): Headline {
  const headline = finalHeadlineOf(t, ballot, count)
  // A count still being typed in: the headline is provisional, and what is missing is said.
  if (count.status !== 'entering' || !count.result) return headline
  return {
    ...headline,
    title: t('results.headline.soFar', { title: headline.title }),
    lines: count.problem ? [...headline.lines, say(count.problem)] : headline.lines,
  }
}

function finalHeadlineOf(t: TFunction, ballot: BallotView, count: CountView): Headline {
  const result = count.result
  if (!result)
    return {
      tone: 'none',
      title: t('results.headline.noResult'),
      lines: count.problem ? [say(count.problem)] : [],
    }
  const family = familyOf(result, ballot.spec)
  if (family === 'choice') return choiceHeadline(t, ballot, result, count)
  if (family === 'scale') return scaleHeadline(t, ballot, result)
  const headline = winnersHeadline(t, ballot, result)
  headline.lines.push(countRule(t, ballot, result))
  if (family === 'condorcet' && result.condorcet_winner)
    headline.lines.push(t('results.condorcet.winnerLine', { name: result.condorcet_winner }))
  if (family === 'condorcet' && result.condorcet_winner === null)
    headline.lines.push(t('results.condorcet.noWinnerLine'))
  return headline
}

export { scaleLines }
