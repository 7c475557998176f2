import { SeededRandom } from '../random/seeded-random.ts'
import { throwIfAborted, yieldToEventLoop } from './abort.ts'
import type { ClassOracle } from './class-oracle.ts'
import type { ClassPanel } from './person-classes.ts'
import { heaviestFirst, SwapSearch } from './local-search.ts'
import { representative } from './realise.ts'
import type { ClassPanelStore } from './class-panel-store.ts'
import type { SolveOptions } from './types.ts'

/**
 * A fixed seed for the few random choices inside the optimisation, so the lottery depends only on
 * the inputs (it is committed to before the public seed for the draw is chosen).
 */
export const LOTTERY_SEED = 'kleroterion/sortition/lottery/v1'

/**
 * Starting class panels by multiplicative weights (as in Flanigan et al.): repeatedly take the
 * heaviest panel and make its classes lighter, so later panels favour classes not yet seated; then one panel
 * for each class not yet seated, when one exists. Returns the classes no panel can seat, and the
 * rounds done: a stop asked for (`options.stop`) ends the rounds early, so that the organiser gets
 * a first lottery soon on a large pool; every class is still given a panel when one exists.
 */
export async function seedClassPanels(
  oracle: ClassOracle,
  store: ClassPanelStore,
  rounds: number,
  options: SolveOptions = {},
): Promise<{ uncoverable: number[]; rounds: number }> {
  const count = oracle.classCount
  const random = new SeededRandom(LOTTERY_SEED)
  const weights = Float64Array.from({ length: count }, () => 0.99 + 0.01 * random.next())
  let done = 0
  for (; done < rounds; done++) {
    await yieldToEventLoop()
    throwIfAborted(options.signal)
    if (done > 0 && options.stop?.aborted === true && options.replay === undefined) break
    const found = oracle.best(weights)
    if (!found) return { uncoverable: [], rounds: done + 1 }
    if (store.add(found.panel)) {
      found.panel.forEach((seats, c) => {
        if (seats > 0) weights[c] = (weights[c] ?? 0) * 0.8
      })
    } else {
      for (let c = 0; c < count; c++) weights[c] = 0.9 * (weights[c] ?? 0) + 0.1
    }
    let total = 0
    for (let c = 0; c < count; c++) total += weights[c] ?? 0
    for (let c = 0; c < count; c++) weights[c] = ((weights[c] ?? 0) * count) / total
    options.onProgress?.({ stage: 'seeding', panels: store.size })
  }
  const covered = new Uint8Array(count)
  const cover = (panel: ClassPanel) => panel.forEach((seats, c) => seats > 0 && (covered[c] = 1))
  store.panels.forEach(cover)
  const { people } = oracle
  const swaps = new SwapSearch(oracle.instance)
  const uncoverable: number[] = []
  for (let c = 0; c < count; c++) {
    if (covered[c]) continue
    await yieldToEventLoop()
    throwIfAborted(options.signal)
    // Prefer c above all (1,000·count per member outweighs any panel without it, whose weight is at
    // most k/count), then classes not yet seated.
    const target = Float64Array.from({ length: count }, (_, j) => (covered[j] ? 0 : 1 / count))
    target[c] = count * 1000
    // A swap into a known panel usually seats c at once; the ILP is asked only when no single
    // swap can (on the demo's replacement round, most classes fit in no panel: the ILP proves it).
    const last = store.panels[store.panels.length - 1]
    let found: ClassPanel | undefined
    if (last) {
      const weights = Float64Array.from(people.classOf, (j) => target[j] ?? 0)
      const swapped = swaps.improve(representative(people, last), weights, heaviestFirst(weights))
      if (swapped.panel.some((i) => people.classOf[i] === c)) found = oracle.countPerClass(swapped.panel)
    }
    found ??= oracle.best(target)?.panel
    if (!found || (found[c] ?? 0) === 0) {
      uncoverable.push(c)
      continue
    }
    store.add(found)
    cover(found)
    options.onProgress?.({ stage: 'seeding', panels: store.size })
  }
  return { uncoverable, rounds: done }
}
