import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import { rankingFromComparator, ranksFromRanking } from '../ranking-groups.ts'
import type { TallyMethod } from './method.ts'

/**
 * Majority judgment (Balinski–Laraki), as the MieuxVoter libraries count it. Each proposal has a
 * merit profile (voters per grade, worst first). Proposals are compared by their median grade;
 * on equal medians one judgment at the median is removed from each and the medians compared
 * again, and so on. With an even number of judgments the lower median is used ("favour
 * contestation", the default; options.contestation_favoured = false takes the upper one).
 *
 * When proposals received different numbers of judgments, options.balancing says how to even
 * them out up to the number of participants (the largest number of judgments, unless
 * options.participants is given): "StaticDefault" pads with the grade at
 * options.static_default_grade_index (default 0, the worst); "MedianDefault" pads with the
 * proposal's own median grade; "Normalized" scales every profile to a common total (their least
 * common multiple). Only the leading word of options.balancing is read.
 */
export type MeritProfile = number[]

function gradeIndex(election: Election, value: string | number): number {
  const i = election.grades.findIndex((g) => String(g) === String(value))
  if (i < 0) throw new AppError('invalid-input', msg('tally.unknownGrade', { grade: value }))
  return i
}

export function meritProfiles(election: Election): Record<string, MeritProfile> {
  const size = election.grades.length
  const profiles: Record<string, MeritProfile> = {}
  for (const candidate of election.candidates) profiles[candidate] = new Array<number>(size).fill(0)
  if (election.tally)
    for (const [name, counts] of Object.entries(election.tally)) profiles[name] = [...counts]
  for (const ballot of election.scores)
    for (const [name, value] of Object.entries(ballot.scores)) {
      const profile = profiles[name]
      const g = gradeIndex(election, value)
      if (profile) profile[g] = (profile[g] ?? 0) + ballot.count
    }
  return profiles
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/** Position (0-based, worst first) of the median judgment among `total`. */
function medianPosition(total: number, lower: boolean): number {
  return lower ? Math.floor((total - 1) / 2) : Math.ceil((total - 1) / 2)
}

export function medianGrade(profile: readonly number[], lower = true): number {
  const total = sum(profile)
  if (total <= 0) return 0
  const m = medianPosition(total, lower)
  let seen = 0
  for (let g = 0; g < profile.length; g++) {
    seen += profile[g] ?? 0
    if (seen > m) return g
  }
  return profile.length - 1
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

function balance(profiles: Record<string, MeritProfile>, election: Election, lower: boolean) {
  const totals = Object.values(profiles).map(sum)
  const participants = Math.max(0, ...totals)
  const mode = (election.options.balancing ?? '').trim().split(/[\s:]/)[0]?.toLowerCase() ?? ''
  if (mode === '' || totals.every((t) => t === participants)) return { profiles, participants }
  const out: Record<string, MeritProfile> = {}
  if (mode === 'staticdefault') {
    const index = election.options.static_default_grade_index ?? 0
    for (const [name, p] of Object.entries(profiles)) {
      const q = [...p]
      q[index] = (q[index] ?? 0) + participants - sum(p)
      out[name] = q
    }
  } else if (mode === 'mediandefault') {
    for (const [name, p] of Object.entries(profiles)) {
      const q = [...p]
      const g = medianGrade(p, lower)
      q[g] = (q[g] ?? 0) + participants - sum(p)
      out[name] = q
    }
  } else if (mode === 'normalized') {
    const lcm = totals.filter((t) => t > 0).reduce((a, b) => (a / gcd(a, b)) * b, 1)
    for (const [name, p] of Object.entries(profiles)) {
      const t = sum(p)
      out[name] = p.map((c) => (t > 0 ? (c * lcm) / t : 0))
    }
  } else {
    throw new AppError(
      'invalid-input',
      msg('tally.unknownBalancing', { balancing: election.options.balancing ?? '' }),
    )
  }
  return { profiles: out, participants }
}

/** How many removals in a row keep the median at grade g (at least 1 while judgments remain). */
function runAtMedian(profile: readonly number[], g: number, lower: boolean): number {
  const total = sum(profile)
  const below = sum(profile.slice(0, g))
  const at = profile[g] ?? 0
  const stays = (k: number) => {
    const t = total - k
    if (t <= 0) return false
    const m = medianPosition(t, lower)
    return below <= m && m < below + at - k
  }
  let lo = 0
  let hi = Math.max(0, at - 1)
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (stays(mid)) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/** Negative when a ranks above b, 0 when they cannot be told apart. */
export function compareProfiles(a: readonly number[], b: readonly number[], lower = true): number {
  const pa = [...a]
  const pb = [...b]
  for (;;) {
    const ta = sum(pa)
    const tb = sum(pb)
    if (ta <= 0 || tb <= 0) return tb > 0 ? 1 : ta > 0 ? -1 : 0
    const ga = medianGrade(pa, lower)
    const gb = medianGrade(pb, lower)
    if (ga !== gb) return gb - ga
    const steps = Math.min(runAtMedian(pa, ga, lower), runAtMedian(pb, gb, lower))
    pa[ga] = (pa[ga] ?? 0) - steps
    pb[gb] = (pb[gb] ?? 0) - steps
  }
}

export const majorityJudgment: TallyMethod = (election) => {
  const lower = election.options.contestation_favoured !== false
  const { profiles, participants } = balance(meritProfiles(election), election, lower)
  const ranking = rankingFromComparator(election.candidates, (a, b) =>
    compareProfiles(profiles[a] ?? [], profiles[b] ?? [], lower),
  )
  const medians: Record<string, string | number> = {}
  for (const c of election.candidates)
    medians[c] = election.grades[medianGrade(profiles[c] ?? [], lower)] ?? 0
  return {
    method: 'majority_judgment',
    winners: [...(ranking[0] ?? [])],
    ranking,
    ranks: ranksFromRanking(ranking),
    medians,
    participants,
  }
}
