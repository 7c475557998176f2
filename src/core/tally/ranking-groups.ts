/**
 * Turns per-candidate values into a ranking: a list of groups, best first, where a group with
 * more than one name is a tie. Candidates with equal values share a group, kept in ballot order.
 */
export function rankingFromValues(
  candidates: readonly string[],
  value: (candidate: string) => number,
  order: 'higher-first' | 'lower-first',
  tolerance = 1e-9,
): string[][] {
  const sign = order === 'higher-first' ? -1 : 1
  const sorted = candidates
    .map((candidate, index) => ({ candidate, index, v: value(candidate) }))
    .sort((a, b) => (Math.abs(a.v - b.v) <= tolerance ? a.index - b.index : sign * (a.v - b.v)))
  const groups: string[][] = []
  let last: number | undefined
  for (const entry of sorted) {
    const group = groups[groups.length - 1]
    if (group && last !== undefined && Math.abs(entry.v - last) <= tolerance) group.push(entry.candidate)
    else groups.push([entry.candidate])
    last = entry.v
  }
  return groups
}

/** Groups ordered by a comparator (negative: a ranks above b; 0: tie). */
export function rankingFromComparator(
  candidates: readonly string[],
  compare: (a: string, b: string) => number,
): string[][] {
  const sorted = [...candidates].sort((a, b) => {
    const c = compare(a, b)
    return c !== 0 ? c : candidates.indexOf(a) - candidates.indexOf(b)
  })
  const groups: string[][] = []
  for (const candidate of sorted) {
    const group = groups[groups.length - 1]
    const head = group?.[0]
    if (group && head !== undefined && compare(head, candidate) === 0) group.push(candidate)
    else groups.push([candidate])
  }
  return groups
}

/** Rank numbers (1 = best; tied candidates share the rank) from a ranking. */
export function ranksFromRanking(ranking: readonly (readonly string[])[]): Record<string, number> {
  const ranks: Record<string, number> = {}
  let rank = 1
  for (const group of ranking) {
    for (const candidate of group) ranks[candidate] = rank
    rank += group.length
  }
  return ranks
}

export function toRecord(candidates: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const record: Record<string, number> = {}
  candidates.forEach((candidate, i) => {
    record[candidate] = values[i] ?? 0
  })
  return record
}
