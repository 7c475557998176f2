import type { Election } from '../election.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'

/**
 * Two elimination methods from pref_voting, with its convention that every candidate tied for
 * elimination goes out together (and if that is everyone, they all win):
 * - Coombs: a candidate with a strict majority of first places wins; otherwise the candidate(s)
 *   ranked last by most voters are eliminated;
 * - Baldwin: the candidate(s) with the lowest Borda score among those remaining are eliminated.
 * Only complete rankings among the remaining candidates are meaningful for "last place"; a
 * ballot's unranked candidates count as tied last and share the last place.
 */
function positions(ranking: string[][], remaining: ReadonlySet<string>): string[][] {
  const seen = new Set<string>()
  const groups: string[][] = []
  for (const group of ranking) {
    const names = group.filter((n) => remaining.has(n) && !seen.has(n))
    for (const n of names) seen.add(n)
    if (names.length > 0) groups.push(names)
  }
  const unranked = [...remaining].filter((c) => !seen.has(c))
  if (unranked.length > 0) groups.push(unranked)
  return groups
}

function eliminate(
  election: Election,
  method: string,
  score: (remaining: ReadonlySet<string>) => Map<string, number>,
  worstIsHighest: boolean,
  winnerNow?: (remaining: ReadonlySet<string>) => string | null,
): TallyResult {
  const remaining = new Set(election.candidates)
  const out: string[][] = []
  while (remaining.size > 0) {
    const early = winnerNow?.(remaining)
    if (early)
      return {
        method,
        winners: [early],
        ranking: [[early], ...[...remaining].filter((c) => c !== early).map((c) => [c]), ...out],
      }
    const scores = score(remaining)
    const values = [...scores.values()]
    const worst = worstIsHighest ? Math.max(...values) : Math.min(...values)
    const losers = [...scores].filter(([, v]) => Math.abs(v - worst) < 1e-9).map(([c]) => c)
    if (losers.length === remaining.size) return { method, winners: losers, ranking: [losers, ...out] }
    for (const c of losers) remaining.delete(c)
    out.unshift(losers)
  }
  return { method, winners: [], ranking: out }
}

export function coombs(election: Election): TallyResult {
  const total = election.rankings.reduce((s, b) => s + b.count, 0)
  return eliminate(
    election,
    'coombs',
    (remaining) => {
      const last = new Map([...remaining].map((c) => [c, 0]))
      for (const b of election.rankings) {
        const groups = positions(b.ranking, remaining)
        const tail = groups[groups.length - 1] ?? []
        for (const c of tail) last.set(c, (last.get(c) ?? 0) + b.count / tail.length)
      }
      return last
    },
    true,
    (remaining) => {
      const first = new Map([...remaining].map((c) => [c, 0]))
      for (const b of election.rankings) {
        const head = positions(b.ranking, remaining)[0] ?? []
        for (const c of head) first.set(c, (first.get(c) ?? 0) + b.count / head.length)
      }
      return [...first].find(([, v]) => v > total / 2)?.[0] ?? null
    },
  )
}

export function baldwin(election: Election): TallyResult {
  return eliminate(
    election,
    'baldwin',
    (remaining) => {
      const borda = new Map([...remaining].map((c) => [c, 0]))
      const n = remaining.size
      for (const b of election.rankings) {
        let position = 0
        for (const group of positions(b.ranking, remaining)) {
          let points = 0
          for (let k = 0; k < group.length; k++) points += n - 1 - (position + k)
          for (const c of group) borda.set(c, (borda.get(c) ?? 0) + (b.count * points) / group.length)
          position += group.length
        }
      }
      return borda
    },
    false,
  )
}
