import { english, msg } from '../../../shared/messages.ts'
import { AppError } from '../../../shared/errors.ts'
import type { Election } from '../election.ts'
import { quotaKind, quotaValue } from '../quota.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { TallyMethod } from './method.ts'

/** Above this many possible outcomes CPO-STV is refused (the pairwise contests grow quadratically). */
export const CPO_MAX_OUTCOMES = 2000

/**
 * CPO-STV (Tideman's Comparison of Pairs of Outcomes), as in Condorcet PHP: candidates whose
 * first preferences reach the quota (options.quota; Hagenbach-Bischoff by default) are elected
 * outright; every other set of winners that fills the remaining seats is an outcome. Two
 * outcomes meet head-to-head: candidates in neither are excluded, candidates in both keep only
 * the quota and pass their surplus on (keep factors quota/votes, iterated until no common
 * candidate holds more than the quota), and each outcome scores the votes of its members. The
 * outcome that beats every other wins; without one, Schulze with margins over the outcomes'
 * contests completes the count (options.completion "Schulze margin", our reading of the file).
 */
function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]]
  const out: T[][] = []
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([item, ...rest])
  })
  return out
}

function contestScores(
  election: Election,
  x: readonly string[],
  y: readonly string[],
  quota: number,
): [number, number] {
  const inX = new Set(x)
  const inY = new Set(y)
  const standing = new Set([...x, ...y])
  const common = [...standing].filter((c) => inX.has(c) && inY.has(c))
  const keep = new Map(common.map((c) => [c, 1]))
  let votes = new Map<string, number>()
  for (let iteration = 0; iteration < 200; iteration++) {
    votes = new Map([...standing].map((c) => [c, 0]))
    for (const ballot of election.rankings) {
      let weight = 1
      for (const group of ballot.ranking) {
        const names = group.filter((n) => standing.has(n))
        if (names.length === 0) continue
        const share = weight / names.length
        weight = 0
        for (const name of names) {
          const factor = keep.get(name) ?? 1
          votes.set(name, (votes.get(name) ?? 0) + share * factor * ballot.count)
          weight += share * (1 - factor)
        }
        if (weight <= 1e-15) break
      }
    }
    let changed = false
    for (const c of common) {
      const v = votes.get(c) ?? 0
      if (v > quota + 1e-9) {
        keep.set(c, ((keep.get(c) ?? 1) * quota) / v)
        changed = true
      }
    }
    if (!changed) break
  }
  const score = (members: readonly string[]) =>
    members.reduce((s, c) => s + Math.min(votes.get(c) ?? 0, keep.has(c) ? quota : Infinity), 0)
  return [score(x), score(y)]
}

export const cpoStv: TallyMethod = (election) => {
  const seats = election.seats
  const total = election.rankings.reduce((s, b) => s + b.count, 0)
  const kind = quotaKind(election.options.quota, 'hagenbach-bischoff')
  const quota = quotaValue(kind, total, seats)
  const first = new Map(election.candidates.map((c) => [c, 0]))
  for (const ballot of election.rankings) {
    const top = ballot.ranking.find((g) => g.length > 0) ?? []
    for (const name of top) first.set(name, (first.get(name) ?? 0) + ballot.count / top.length)
  }
  const sure = election.candidates
    .filter((c) => (first.get(c) ?? 0) >= quota - 1e-9)
    .sort((a, b) => (first.get(b) ?? 0) - (first.get(a) ?? 0))
    .slice(0, seats)
  const others = election.candidates.filter((c) => !sure.includes(c))
  const outcomes = combinations(others, seats - sure.length).map((rest) => [...sure, ...rest])
  if (outcomes.length > CPO_MAX_OUTCOMES)
    throw new AppError(
      'invalid-input',
      msg('tally.cpoTooMany', { outcomes: outcomes.length, max: CPO_MAX_OUTCOMES }),
    )
  const n = outcomes.length
  const d = new Float64Array(n * n)
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const [si, sj] = contestScores(election, outcomes[i] ?? [], outcomes[j] ?? [], quota)
      d[i * n + j] = si
      d[j * n + i] = sj
    }
  const beats = (i: number, j: number) => (d[i * n + j] as number) > (d[j * n + i] as number) + 1e-9
  let winner = outcomes.findIndex((_, i) => outcomes.every((__, j) => i === j || beats(i, j)))
  const notes: string[] = []
  if (winner < 0) {
    // Schulze (margins) over the outcomes.
    const p = new Float64Array(n * n)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (i !== j && beats(i, j)) p[i * n + j] = (d[i * n + j] as number) - (d[j * n + i] as number)
    for (let k = 0; k < n; k++)
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          if (i !== j && i !== k && j !== k)
            p[i * n + j] = Math.max(
              p[i * n + j] as number,
              Math.min(p[i * n + k] as number, p[k * n + j] as number),
            )
    winner = outcomes.findIndex((_, i) =>
      outcomes.every((__, j) => i === j || (p[i * n + j] as number) >= (p[j * n + i] as number)),
    )
    notes.push(english(msg('ties.cpoSchulze')))
  }
  const chosen = outcomes[Math.max(0, winner)] ?? []
  const winners = [...chosen].sort((a, b) => (first.get(b) ?? 0) - (first.get(a) ?? 0))
  const result: TallyResult = {
    method: 'cpo_stv',
    variant: kind,
    winners,
    quota_value: quota,
    rounds: [{ round: 1, tally: Object.fromEntries(first), threshold: quota, elected: sure }],
    outcomes_compared: outcomes,
    total_ballots: total,
  }
  if (notes.length > 0) result.notes = notes
  return result
}
