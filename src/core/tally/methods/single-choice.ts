import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import { passMarkOf } from '../../../shared/pass-mark.ts'
import type { Election } from '../election.ts'
import { meetsThreshold, percentagesOf } from '../percentages.ts'
import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { TallyMethod } from './method.ts'

/**
 * Which ballots the percentages are taken of (options.percentage_base):
 * - "valid" (default): ballots with a choice; abstentions, "no opinion" and "no preference"
 *   (choice null) are left out, as the Irish Citizens' Assembly published them;
 * - "all": every ballot, abstentions included (a share of those present and voting);
 * - "options:A,B": only the named options (e.g. yes and no, leaving out a third option).
 */
function baseOf(election: Election, counts: Record<string, number>, abstentions: number): number {
  const spec = (election.options.percentage_base ?? 'valid').trim()
  const valid = Object.values(counts).reduce((a, b) => a + b, 0)
  if (spec === 'valid') return valid
  if (spec === 'all') return valid + abstentions
  if (spec.startsWith('options:')) {
    const names = spec
      .slice('options:'.length)
      .split(',')
      .map((s) => s.trim())
    for (const name of names)
      if (!(name in counts)) throw new AppError('invalid-input', msg('tally.baseNamesNonOption', { name }))
    return names.reduce((s, name) => s + (counts[name] ?? 0), 0)
  }
  throw new AppError('invalid-input', msg('tally.unknownBase', { base: spec }))
}

function countChoices(election: Election) {
  const counts: Record<string, number> = Object.fromEntries(election.candidates.map((c) => [c, 0]))
  const abstentions: Record<string, number> = {}
  let abstained = 0
  for (const ballot of election.choices) {
    if (ballot.choice === null) {
      const why = ballot.marked ?? 'abstain'
      abstentions[why] = (abstentions[why] ?? 0) + ballot.count
      abstained += ballot.count
    } else counts[ballot.choice] = (counts[ballot.choice] ?? 0) + ballot.count
  }
  return { counts, abstentions, abstained }
}

function distribution(election: Election): TallyResult & { base: number; counts: Record<string, number> } {
  const { counts, abstentions, abstained } = countChoices(election)
  const base = baseOf(election, counts, abstained)
  const ranking = rankingFromValues(election.candidates, (c) => counts[c] ?? 0, 'higher-first')
  const shown = { ...counts, ...abstentions }
  return {
    method: 'single_choice_distribution',
    winners: [...(ranking[0] ?? [])],
    ranking,
    counts: shown,
    base,
    percentages: percentagesOf(election.options.percentage_base === 'all' ? shown : counts, base),
  }
}

/** The share of each option, with no pass mark: a matrix-ballot row, a show of hands. */
export const singleChoiceDistribution: TallyMethod = (election) => distribution(election)

/**
 * A decision by threshold: yes/no (+ abstain) or a choice among options. An option carries the
 * vote when its share of the base meets options.threshold_percent (default 50), strictly above
 * it unless options.threshold_strict is false ("at least 80%"). options.pass_options names the
 * option(s) whose combined share decides `passes` (default: the first candidate, e.g. "Yes").
 * winners are the options that meet the threshold (none when nothing does).
 */
export const singleChoiceMajority: TallyMethod = (election) => {
  const result = distribution(election)
  const { percent: threshold, strict } = passMarkOf(election.options)
  const shareOf = (names: readonly string[]) =>
    result.base > 0 ? (100 * names.reduce((s, n) => s + (result.counts[n] ?? 0), 0)) / result.base : 0
  const passOptions = election.options.pass_options ?? election.candidates.slice(0, 1)
  for (const name of passOptions)
    if (!election.candidates.includes(name))
      throw new AppError('invalid-input', msg('tally.passNamesNonOption', { name }))
  const winners = election.candidates.filter((c) => meetsThreshold(shareOf([c]), threshold, strict))
  return {
    ...result,
    method: 'single_choice_majority',
    winners,
    passes: meetsThreshold(shareOf(passOptions), threshold, strict),
    agree_percent: shareOf(passOptions),
  }
}
