import type { Instance } from './instance.ts'

/**
 * A fast heuristic pricer for column generation: from a quota-feasible panel, swap one member
 * out and one outsider in while the total weight rises and every quota, the size and the
 * household rule still hold. Each panel it returns is quota-feasible (it only ever moves between
 * feasible panels), but not necessarily the heaviest: the exact ILP oracle stays the judge of
 * when no better panel exists (and of every upper bound). A pass costs O(n·k·C) at worst and
 * usually far less, against 40–150 ms for one ILP solve on the demo pool.
 */
export class SwapSearch {
  private readonly instance: Instance
  private readonly min: Int32Array
  private readonly max: Int32Array
  private readonly counts: Int32Array
  private readonly household: Int32Array
  private readonly inPanel: Uint8Array

  constructor(instance: Instance) {
    this.instance = instance
    const rows = instance.quotas.length
    this.min = Int32Array.from(instance.quotas, (q) => q.min)
    this.max = Int32Array.from(instance.quotas, (q) => Math.min(q.max, instance.k))
    this.counts = new Int32Array(rows)
    this.household = new Int32Array(instance.households.length)
    this.inPanel = new Uint8Array(instance.n)
  }

  /**
   * Improves `start` under `weights` by best single swaps until none helps (by more than `eps`).
   * Returns the improved panel, sorted, and its weight.
   */
  improve(
    start: readonly number[],
    weights: ArrayLike<number>,
    order: Int32Array,
    eps = 1e-12,
  ): { panel: number[]; value: number } {
    const { respondentQuotas, householdOf, n } = this.instance
    const { counts, household, inPanel, min, max } = this
    counts.fill(0)
    household.fill(0)
    inPanel.fill(0)
    const members = [...start]
    for (const i of members) {
      inPanel[i] = 1
      for (const q of respondentQuotas[i] ?? []) counts[q] = (counts[q] ?? 0) + 1
      const h = householdOf[i] ?? -1
      if (h >= 0) household[h] = (household[h] ?? 0) + 1
    }
    const weight = (i: number) => weights[i] ?? 0
    const canSwap = (out: number, into: number): boolean => {
      const hIn = householdOf[into] ?? -1
      if (hIn >= 0 && (household[hIn] ?? 0) > 0 && hIn !== (householdOf[out] ?? -1)) return false
      const qo = respondentQuotas[out] ?? []
      const qi = respondentQuotas[into] ?? []
      for (let c = 0; c < qi.length; c++) {
        const a = qo[c] ?? -1
        const b = qi[c] ?? -1
        if (a === b) continue
        if ((counts[b] ?? 0) + 1 > (max[b] ?? 0) || (counts[a] ?? 0) - 1 < (min[a] ?? 0)) return false
      }
      return true
    }
    for (let pass = 0; pass < 4 * this.instance.k + 10; pass++) {
      members.sort((a, b) => weight(a) - weight(b))
      let improved = false
      // Outsiders from heaviest down; each takes the seat of the lightest member it may replace.
      for (let o = 0; o < n; o++) {
        const into = order[o] ?? 0
        if (inPanel[into]) continue
        const wIn = weight(into)
        if (wIn <= weight(members[0] ?? 0) + eps) break
        for (let m = 0; m < members.length; m++) {
          const out = members[m] ?? 0
          if (wIn <= weight(out) + eps) break
          if (!canSwap(out, into)) continue
          inPanel[out] = 0
          inPanel[into] = 1
          const qo = respondentQuotas[out] ?? []
          const qi = respondentQuotas[into] ?? []
          for (let c = 0; c < qi.length; c++) {
            counts[qo[c] ?? 0] = (counts[qo[c] ?? 0] ?? 0) - 1
            counts[qi[c] ?? 0] = (counts[qi[c] ?? 0] ?? 0) + 1
          }
          const ho = householdOf[out] ?? -1
          const hi = householdOf[into] ?? -1
          if (ho >= 0) household[ho] = (household[ho] ?? 0) - 1
          if (hi >= 0) household[hi] = (household[hi] ?? 0) + 1
          members[m] = into
          improved = true
          break
        }
        if (improved) members.sort((a, b) => weight(a) - weight(b))
      }
      if (!improved) break
    }
    members.sort((a, b) => a - b)
    let value = 0
    for (const i of members) value += weight(i)
    return { panel: members, value }
  }
}

/** Respondent indices sorted by weight, heaviest first (ties by index: deterministic). */
export function heaviestFirst(weights: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: weights.length }, (_, i) => i)
  return order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b)
}
