import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import { agreeingGrades, passMarkOf } from '../../../shared/pass-mark.ts'
import type { Band } from '../../../shared/vote-vector.ts'
import type { Election } from '../election.ts'
import { meetsThreshold, percentagesOf } from '../percentages.ts'
import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import { meritProfiles } from './majority-judgment.ts'
import type { TallyMethod } from './method.ts'

/**
 * Agreement scales (4-, 5- or 7-point; Kaner's gradients; "love it … loathe it"): for each
 * proposal, the distribution over the scale (grades, worst first), the weighted average (grade
 * k of G weighs k, so a 4-point scale averages between 1 and 4, as the Citizens' Assembly of
 * Scotland reported), the share that agrees, and a band.
 * - options.agree_options: the grades that count as agreement, or options.agree_from: "this grade
 *   or better" (default: the upper half);
 * - options.bands: [{label, min_percent, strict}] best first; the first band whose threshold
 *   the agreeing share meets is the band (Scotland: "strongly supported" > 75%, "supported" > 50%);
 *   none met gives "not supported";
 * - options.threshold_percent / threshold_strict: the pass mark (default: > 50%); Geelong's jury
 *   needed at least 80% at "live with it" or better.
 */
export function agreeGrades(election: Election): string[] {
  const labels = election.grades.map(String)
  const from = election.options.agree_from
  if (from !== undefined && !labels.includes(from))
    throw new AppError('invalid-input', msg('tally.notAGrade', { name: from }))
  const chosen = agreeingGrades(labels, election.options)
  for (const name of chosen)
    if (!labels.includes(name)) throw new AppError('invalid-input', msg('tally.notAGrade', { name }))
  return chosen
}

function bandFor(share: number, bands: readonly Band[]): string {
  for (const band of bands)
    if (meetsThreshold(share, band.min_percent, band.strict ?? true)) return band.label
  return 'not supported'
}

function proposalResult(election: Election, name: string, profile: number[]): TallyResult {
  const labels = election.grades.map(String)
  const counts: Record<string, number> = {}
  labels.forEach((label, i) => {
    counts[label] = profile[i] ?? 0
  })
  const total = profile.reduce((a, b) => a + b, 0)
  const weighted = total > 0 ? profile.reduce((s, c, i) => s + c * (i + 1), 0) / total : 0
  const agree = agreeGrades(election)
  const agreeShare = total > 0 ? (100 * agree.reduce((s, g) => s + (counts[g] ?? 0), 0)) / total : 0
  const { percent: threshold, strict } = passMarkOf(election.options)
  const passes = meetsThreshold(agreeShare, threshold, strict)
  const result: TallyResult = {
    method: 'graded_agreement',
    winners: passes ? [name] : [],
    counts,
    base: total,
    percentages: percentagesOf(counts, total),
    weighted_average: weighted,
    agree_percent: agreeShare,
    passes,
  }
  if (election.options.bands) result.band = bandFor(agreeShare, election.options.bands)
  return result
}

export const gradedAgreement: TallyMethod = (election) => {
  if (election.grades.length < 2) throw new AppError('invalid-input', msg('tally.twoGrades'))
  const profiles = meritProfiles(election)
  const proposals: Record<string, TallyResult> = {}
  for (const name of election.candidates)
    proposals[name] = proposalResult(election, name, profiles[name] ?? [])
  const only = election.candidates.length === 1 ? proposals[election.candidates[0] ?? ''] : undefined
  if (only) return only
  const ranking = rankingFromValues(
    election.candidates,
    (c) => proposals[c]?.weighted_average ?? 0,
    'higher-first',
  )
  return {
    method: 'graded_agreement',
    winners: election.candidates.filter((c) => proposals[c]?.passes === true),
    ranking,
    proposals,
  }
}
