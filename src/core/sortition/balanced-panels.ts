import { SeededRandom } from '../random/seeded-random.ts'
import type { Instance } from './instance.ts'
import { gcd } from './integers.ts'
import { heaviestFirst, SwapSearch } from './local-search.ts'
import { throwIfAborted, yieldToEventLoop } from './abort.ts'
import type { Lottery, SolveOptions } from './types.ts'

/** Most panels the balanced construction may use (multiples of the smallest balanced count). */
export const BALANCED_MAX_PANELS = 3000
/** At least this many panels, so the lottery is not concentrated on a handful. */
export const BALANCED_MIN_PANELS = 100
/**
 * Repair moves tried per respondent before giving up on an exactly balanced family (a count, not a
 * clock, so the outcome is the same on every machine). The demo pool needs 18–235 in all.
 */
export const BALANCED_REPAIR_STEPS = 20

/**
 * Necessary for everyone at k/n: under the uniform lottery the expected count of each value,
 * |q|·k/n, lies within [min, max] (the 1e-9 only absorbs the rounding of the division).
 */
export function uniformPossible(instance: Instance): boolean {
  const { n, k, quotas, quotaMembers } = instance
  if (n === 0 || k > n) return false
  return quotas.every((quota, q) => {
    const expected = ((quotaMembers[q]?.length ?? 0) * k) / n
    return expected >= quota.min - 1e-9 && expected <= quota.max + 1e-9
  })
}

/**
 * The fast path when everyone can get exactly k/n (quotas drawn from the pool's own shares):
 * T quota-feasible panels in which every respondent sits exactly c times, c/T = k/n. The uniform
 * lottery over them gives everyone exactly k/n. That is the LEXIMIN optimum, certified without
 * any LP: the probabilities always sum to k, so no lottery can give everyone more than k/n, and
 * an equal split at the bound is the unique leximin-best vector. No tolerance is involved: the
 * marginals are c/T exactly (up to floating-point addition).
 *
 * Built in two steps, all integer: (1) panel t maximises each respondent's deficit against
 * (t+1)·c/T by swap search from the previous panel, which leaves every count within one or two of
 * c; (2) repair swaps move over-covered respondents out of a panel in favour of under-covered ones
 * (or, when no direct swap is allowed, of a random respondent at c, who then carries the excess
 * on). Returns null when the quotas rule out k/n for someone (checked first by counting), or when
 * the repair does not finish within its budget; the caller then runs column generation.
 */
export async function balancedLottery(
  instance: Instance,
  start: readonly number[],
  seed: string,
  options: SolveOptions = {},
): Promise<Lottery | null> {
  const { n, k, quotas, respondentQuotas, householdOf } = instance
  if (!uniformPossible(instance)) return null
  const base = n / gcd(n, k)
  let panels = base
  while (panels < BALANCED_MIN_PANELS) panels += base
  if (panels > BALANCED_MAX_PANELS) return null
  const c = (panels * k) / n
  const random = new SeededRandom(seed)
  const swaps = new SwapSearch(instance)
  const cover = new Int32Array(n)
  const family: number[][] = []
  let current = [...start]
  const jitter = Float64Array.from({ length: n }, () => 1e-4 * random.next())
  for (let t = 0; t < panels; t++) {
    const target = ((t + 1) * c) / panels
    const weights = Float64Array.from({ length: n }, (_, i) => target - (cover[i] ?? 0) + (jitter[i] ?? 0))
    const found = swaps.improve(current, weights, heaviestFirst(weights))
    for (const i of found.panel) cover[i] = (cover[i] ?? 0) + 1
    family.push(found.panel)
    current = found.panel
    if (t % 25 === 24) {
      options.onProgress?.({ stage: 'seeding', panels: t + 1 })
      await yieldToEventLoop()
      throwIfAborted(options.signal)
    }
    for (let i = 0; i < n; i++) jitter[i] = 1e-4 * random.next()
  }
  // Repair. Per panel: membership, value counts and household occupancy.
  const rows = quotas.length
  const member = family.map((panel) => {
    const set = new Uint8Array(n)
    for (const i of panel) set[i] = 1
    return set
  })
  const counts = family.map((panel) => {
    const count = new Int32Array(rows)
    for (const i of panel) for (const q of respondentQuotas[i] ?? []) count[q] = (count[q] ?? 0) + 1
    return count
  })
  const homes = family.map((panel) => {
    const home = new Set<number>()
    for (const i of panel) if ((householdOf[i] ?? -1) >= 0) home.add(householdOf[i] ?? -1)
    return home
  })
  const maxOf = Int32Array.from(quotas, (quota) => Math.min(quota.max, k))
  const minOf = Int32Array.from(quotas, (quota) => quota.min)
  const canSwap = (p: number, out: number, into: number): boolean => {
    if (member[p]?.[into]) return false
    const h = householdOf[into] ?? -1
    if (h >= 0 && h !== (householdOf[out] ?? -1) && homes[p]?.has(h)) return false
    const count = counts[p]
    if (!count) return false
    const qo = respondentQuotas[out] ?? []
    const qi = respondentQuotas[into] ?? []
    for (let a = 0; a < qi.length; a++) {
      const from = qo[a] ?? 0
      const to = qi[a] ?? 0
      if (from === to) continue
      if ((count[to] ?? 0) + 1 > (maxOf[to] ?? 0) || (count[from] ?? 0) - 1 < (minOf[from] ?? 0)) return false
    }
    return true
  }
  const swap = (p: number, out: number, into: number) => {
    const panel = family[p]
    const set = member[p]
    const count = counts[p]
    const home = homes[p]
    if (!panel || !set || !count || !home) return
    panel[panel.indexOf(out)] = into
    set[out] = 0
    set[into] = 1
    for (const q of respondentQuotas[out] ?? []) count[q] = (count[q] ?? 0) - 1
    for (const q of respondentQuotas[into] ?? []) count[q] = (count[q] ?? 0) + 1
    const ho = householdOf[out] ?? -1
    const hi = householdOf[into] ?? -1
    if (ho >= 0) home.delete(ho)
    if (hi >= 0) home.add(hi)
    cover[out] = (cover[out] ?? 0) - 1
    cover[into] = (cover[into] ?? 0) + 1
  }
  const over = () => {
    const list: number[] = []
    for (let i = 0; i < n; i++) if ((cover[i] ?? 0) > c) list.push(i)
    return list
  }
  let steps = 0
  for (let excess = over(); excess.length > 0; excess = over()) {
    const under: number[] = []
    for (let i = 0; i < n; i++) if ((cover[i] ?? 0) < c) under.push(i)
    for (const a of excess) {
      while ((cover[a] ?? 0) > c) {
        if (++steps > BALANCED_REPAIR_STEPS * n + 1000) return null
        const holding: number[] = []
        for (let p = 0; p < panels; p++) if (member[p]?.[a]) holding.push(p)
        let done = false
        for (const p of holding) {
          const b = under.find((i) => (cover[i] ?? 0) < c && canSwap(p, a, i))
          if (b !== undefined) {
            swap(p, a, b)
            done = true
            break
          }
        }
        if (done) continue
        // No direct swap: hand the excess to a random respondent at c who may take a's seat.
        const p = holding[random.int(holding.length)] ?? 0
        let passed = false
        for (let tries = 0; tries < 50 && !passed; tries++) {
          const b = random.int(n)
          if ((cover[b] ?? 0) === c && canSwap(p, a, b)) {
            swap(p, a, b)
            passed = true
          }
        }
        // b is over now and is taken up in the next round.
        if (!passed) continue
      }
    }
  }
  // Identical panels are merged; every respondent now sits on exactly c of the T panels.
  const merged = new Map<string, { panel: number[]; probability: number }>()
  for (const panel of family) {
    const sorted = [...panel].sort((x, y) => x - y)
    const key = sorted.join(',')
    const entry = merged.get(key)
    if (entry) entry.probability += 1 / panels
    else merged.set(key, { panel: sorted, probability: 1 / panels })
  }
  return [...merged.values()]
}
