import { capacities } from './seating-units.ts'
import type { SeatingMember, SeatingScores } from './seating-types.ts'

/**
 * Cheap bounds no plan can beat, for the scores of a plan with these rounds:
 * - balance: each table and field on its own, with its counts the best roundings of
 *   size × share (round up the values with the largest fractional parts);
 * - pairs: the pairs the tables hold in all, at most every pair of members once.
 */
export function seatingBounds(
  members: readonly SeatingMember[],
  fieldCount: number,
  rounds: readonly (readonly string[])[],
  tableCount: number,
): SeatingScores {
  const valuesOf = new Map(members.map((m) => [m.id, m.values]))
  let balance = 0
  let slots = 0
  const everyone = new Set<string>()
  for (const present of rounds) {
    const n = present.length
    if (n === 0) continue
    for (const id of present) everyone.add(id)
    const sizes = capacities(n, Math.min(tableCount, n))
    for (const size of sizes) slots += (size * (size - 1)) / 2
    for (let f = 0; f < fieldCount; f++) {
      const counts = new Map<string, number>()
      for (const id of present) {
        const v = valuesOf.get(id)?.[f] ?? ''
        counts.set(v, (counts.get(v) ?? 0) + 1)
      }
      for (const size of sizes) {
        // Fractional parts of size × count / n, as integers over n.
        const fractions = [...counts.values()].map((c) => (size * c) % n).sort((a, b) => b - a)
        const up = fractions.reduce((s, r) => s + r, 0) / n
        let scaled = 0
        fractions.forEach((r, k) => (scaled += k < up ? n - r : r))
        balance += scaled / n
      }
    }
  }
  const allPairs = (everyone.size * (everyone.size - 1)) / 2
  return {
    balance: Math.round(balance * 1e6) / 1e6,
    distinctPairs: Math.min(allPairs, slots),
    repeatPairs: Math.max(0, slots - allPairs),
  }
}
