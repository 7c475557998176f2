import { msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import { rankingFromValues } from '../ranking-groups.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { TallyMethod } from './method.ts'

/** Each candidate's scores as (value, count) pairs; a candidate missing from a ballot gets no score. */
function scoreLists(election: Election): Map<string, { value: number; count: number }[]> {
  const lists = new Map(election.candidates.map((c) => [c, [] as { value: number; count: number }[]]))
  for (const ballot of election.scores)
    for (const [name, value] of Object.entries(ballot.scores))
      lists.get(name)?.push({ value, count: ballot.count })
  return lists
}

/** The lower median (for an even number of scores, the lower of the two middle ones). */
export function lowerMedian(values: { value: number; count: number }[]): number {
  const sorted = [...values].sort((a, b) => a.value - b.value)
  const total = sorted.reduce((s, v) => s + v.count, 0)
  if (total === 0) return 0
  const target = Math.floor((total - 1) / 2)
  let seen = 0
  for (const entry of sorted) {
    seen += entry.count
    if (seen > target) return entry.value
  }
  return sorted[sorted.length - 1]?.value ?? 0
}

export type ScoreAggregate = 'sum' | 'mean' | 'median' | 'star'

/**
 * Score (range) voting, with the aggregate as an option: sum (default), mean, median (lower
 * median), or STAR (score then automatic runoff: the two highest sums meet head-to-head, the one
 * scored higher on more ballots wins; a runoff tie goes to the higher sum).
 */
export const score: TallyMethod = (election) => {
  const aggregate = (election.options.aggregate ?? 'sum') as ScoreAggregate
  if (!['sum', 'mean', 'median', 'star'].includes(aggregate))
    throw new AppError('invalid-input', msg('tally.unknownAggregate', { aggregate }))
  const lists = scoreLists(election)
  const sums: Record<string, number> = {}
  const means: Record<string, number> = {}
  const medians: Record<string, number> = {}
  for (const [name, list] of lists) {
    const total = list.reduce((s, v) => s + v.value * v.count, 0)
    const n = list.reduce((s, v) => s + v.count, 0)
    sums[name] = total
    means[name] = n > 0 ? total / n : 0
    medians[name] = lowerMedian(list)
  }
  const base = { sums, means, medians }
  if (aggregate === 'star') return starRunoff(election, sums, base)
  const values = aggregate === 'sum' ? sums : aggregate === 'mean' ? means : medians
  const ranking = rankingFromValues(election.candidates, (c) => values[c] ?? 0, 'higher-first')
  return {
    method: 'score',
    variant: aggregate,
    winners: [...(ranking[0] ?? [])],
    ranking,
    scores: values,
    ...base,
  }
}

function starRunoff(
  election: Election,
  sums: Record<string, number>,
  base: Pick<TallyResult, 'sums' | 'means' | 'medians'>,
): TallyResult {
  const bySum = rankingFromValues(election.candidates, (c) => sums[c] ?? 0, 'higher-first').flat()
  const [a, b] = bySum
  if (a === undefined || b === undefined) return { method: 'score', variant: 'star', winners: bySum, ...base }
  let preferA = 0
  let preferB = 0
  for (const ballot of election.scores) {
    const sa = ballot.scores[a] ?? 0
    const sb = ballot.scores[b] ?? 0
    if (sa > sb) preferA += ballot.count
    else if (sb > sa) preferB += ballot.count
  }
  const winner = preferA > preferB ? a : preferB > preferA ? b : (sums[a] ?? 0) >= (sums[b] ?? 0) ? a : b
  const loser = winner === a ? b : a
  const runoff = { [a]: preferA, [b]: preferB }
  const rest = bySum.filter((c) => c !== a && c !== b)
  return {
    method: 'score',
    variant: 'star',
    winners: [winner],
    ranking: [[winner], [loser], ...rest.map((c) => [c])],
    scores: sums,
    tally: runoff,
    ...base,
  }
}
