/**
 * GroupSelect's legacy algorithm, as its library publishes it (groupselect-lib,
 * algorithms/algorithm_legacy.py), the baseline the table plan is measured against. For every
 * round: shuffle the members, order them by their diversified fields' values (rarest value last, a
 * stable sort on the shuffled order), then seat each in turn among the tables that are not full:
 * keep, field by field, the tables with the fewest members sharing that value, then the smallest
 * tables, and take the first. 100 attempts of the whole ensemble; keep the one in which the most
 * distinct pairs meet. No swaps, no look at past rounds.
 */
import { SeededRandom } from '../core/random/seeded-random.ts'
import { seatingScores } from '../shared/seating-scores.ts'
import type { SeatingMember } from '../core/tables/seating-types.ts'

export function groupSelectLegacy(
  members: readonly SeatingMember[],
  fieldCount: number,
  tableCount: number,
  rounds: number,
  seed: string,
  attempts = 100,
): string[][][] {
  const random = new SeededRandom(`groupselect:${seed}`)
  const capacity = Math.ceil(members.length / tableCount)
  // Values reindexed by frequency, most common first, as the legacy code does before sorting.
  const rank: Map<string, number>[] = []
  for (let f = 0; f < fieldCount; f++) {
    const counts = new Map<string, number>()
    for (const m of members) counts.set(m.values[f] ?? '', (counts.get(m.values[f] ?? '') ?? 0) + 1)
    const order = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    rank.push(new Map(order.map(([value], k) => [value, k])))
  }
  const code = members.map((m) =>
    Array.from({ length: fieldCount }, (_, f) => rank[f]?.get(m.values[f] ?? '') ?? 0),
  )
  let best: string[][][] = []
  let bestPairs = -1
  for (let attempt = 0; attempt < attempts; attempt++) {
    const ensemble: string[][][] = []
    for (let r = 0; r < rounds; r++) {
      const order = random.shuffle(members.map((_, i) => i))
      order.sort((a, b) => {
        for (let f = 0; f < fieldCount; f++) {
          const d = (code[a]?.[f] ?? 0) - (code[b]?.[f] ?? 0)
          if (d !== 0) return d
        }
        return 0
      })
      const tables: number[][] = Array.from({ length: tableCount }, () => [])
      for (const i of order) {
        let candidates = tables.map((_, t) => t).filter((t) => (tables[t] as number[]).length < capacity)
        for (let f = 0; f < fieldCount; f++) {
          const value = code[i]?.[f]
          const count = (t: number) => (tables[t] as number[]).filter((j) => code[j]?.[f] === value).length
          const fewest = Math.min(...candidates.map(count))
          candidates = candidates.filter((t) => count(t) === fewest)
        }
        const smallest = Math.min(...candidates.map((t) => (tables[t] as number[]).length))
        const t = candidates.find((c) => (tables[c] as number[]).length === smallest) as number
        ;(tables[t] as number[]).push(i)
      }
      ensemble.push(tables.map((table) => table.map((i) => (members[i] as SeatingMember).id)))
    }
    const pairs = seatingScores(ensemble, [], 0).distinctPairs
    if (pairs > bestPairs) {
      bestPairs = pairs
      best = ensemble
    }
  }
  return best
}
