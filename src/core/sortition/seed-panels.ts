import { SeededRandom } from '../random/seeded-random.ts'
import { throwIfAborted, yieldToEventLoop } from './abort.ts'
import { heaviestFirst, SwapSearch } from './local-search.ts'
import type { PanelOracle } from './panel-oracle.ts'
import type { PanelStore } from './panel-store.ts'
import type { SolveOptions } from './types.ts'

/**
 * A fixed seed for the few random choices inside the optimisation, so the lottery depends only on
 * the inputs (it is committed to before the public seed for the draw is chosen).
 */
export const LOTTERY_SEED = 'kleroterion/sortition/lottery/v1'

/**
 * Starting panels by multiplicative weights (as in Flanigan et al.): repeatedly take the
 * heaviest panel and make its members lighter, so later panels favour people not yet covered.
 * Then make sure everyone who fits in some panel is in at least one, and return those who fit
 * in none (the ILP proves it: a weight of n on one person outweighs everyone else together).
 */
export async function seedPanels(
  oracle: PanelOracle,
  store: PanelStore,
  rounds: number,
  options: SolveOptions = {},
): Promise<number[]> {
  const n = oracle.instance.n
  const random = new SeededRandom(LOTTERY_SEED)
  const weights = Float64Array.from({ length: n }, () => 0.99 + 0.01 * random.next())
  for (let round = 0; round < rounds; round++) {
    await yieldToEventLoop()
    throwIfAborted(options.signal)
    const found = oracle.best(weights)
    if (!found) return []
    if (store.add(found.panel)) {
      for (const i of found.panel) weights[i] = (weights[i] ?? 0) * 0.8
    } else {
      for (let i = 0; i < n; i++) weights[i] = 0.9 * (weights[i] ?? 0) + 0.1
    }
    let total = 0
    for (let i = 0; i < n; i++) total += weights[i] ?? 0
    for (let i = 0; i < n; i++) weights[i] = ((weights[i] ?? 0) * n) / total
    options.onProgress?.({ stage: 'seeding', panels: store.size })
  }
  const covered = new Uint8Array(n)
  for (const panel of store.panels) for (const i of panel) covered[i] = 1
  const swaps = new SwapSearch(oracle.instance)
  const uncoverable: number[] = []
  for (let i = 0; i < n; i++) {
    if (covered[i]) continue
    await yieldToEventLoop()
    throwIfAborted(options.signal)
    // Prefer i above all, then people not yet covered.
    const target = Float64Array.from({ length: n }, (_, j) => (covered[j] ? 0 : 1 / n))
    target[i] = n
    // A swap into a known panel usually brings i in at once; the ILP is asked only when no
    // single swap can (on the demo's replacement round: 0.3 s instead of 35 s of ILP calls).
    const last = store.panels[store.panels.length - 1] ?? []
    const swapped = swaps.improve(last, target, heaviestFirst(target))
    const found = swapped.panel.includes(i) ? swapped : oracle.best(target)
    if (!found?.panel.includes(i)) {
      uncoverable.push(i)
      continue
    }
    store.add(found.panel)
    for (const j of found.panel) covered[j] = 1
    options.onProgress?.({ stage: 'seeding', panels: store.size })
  }
  return uncoverable
}
