import type { Highs } from 'highs'
import type { Instance } from './instance.ts'
import { heaviestFirst, SwapSearch } from './local-search.ts'
import { PanelOracle } from './panel-oracle.ts'
import type { ClassPanel, PersonClasses } from './person-classes.ts'
import { representative } from './realise.ts'

/**
 * The ILP stops once its best panel is proven within this much of the heaviest (in weight units,
 * where the weights of the people not yet fixed sum to 1). Half the LEXIMIN stage's optimality
 * gap: the ILP's proven bound, not its panel, is what certifies a stage, so this only trades a
 * little of the certified gap for ILP solves several times faster than exact ones.
 */
export const PRICING_GAP = 5e-6

/**
 * The pricing oracle over classes: the person-level panel ILP (one binary per person; HiGHS
 * solves it as fast as one bounded integer per class) with every member of a class weighted
 * alike, its answer read back as a count per class. Two models: one for exact answers (with a
 * proven bound), one for searches that stop at the first panel above a target.
 */
export class ClassOracle {
  private readonly oracle: PanelOracle
  private readonly targeted: PanelOracle
  private readonly swaps: SwapSearch
  readonly people: PersonClasses
  readonly instance: Instance
  readonly classSizes: Float64Array

  constructor(highs: Highs, instance: Instance, people: PersonClasses) {
    this.oracle = new PanelOracle(highs, instance, { absoluteGap: PRICING_GAP })
    this.targeted = new PanelOracle(highs, instance, { absoluteGap: PRICING_GAP })
    this.swaps = new SwapSearch(instance)
    this.people = people
    this.instance = instance
    this.classSizes = Float64Array.from(people.classes, (c) => c.members.length)
  }

  get classCount(): number {
    return this.people.classes.length
  }

  get calls(): number {
    return this.oracle.calls + this.targeted.calls
  }

  /**
   * The panel with the largest total weight, where `weights[c]` is the weight of each person of
   * class c; null when no panel meets the quotas.
   */
  best(weights: ArrayLike<number>): { panel: ClassPanel; value: number; bound: number } | null {
    return this.counted(this.oracle.best(this.expand(weights)))
  }

  /** A panel worth at least `target` as soon as one is met (bound Infinity), else as `best`. */
  reach(
    weights: ArrayLike<number>,
    target: number,
  ): { panel: ClassPanel; value: number; bound: number } | null {
    return this.counted(this.targeted.reach(this.expand(weights), target))
  }

  /**
   * A heuristic answer in microseconds where the ILP takes tens of milliseconds: `panel` improved
   * by single swaps of people under `weights` (per person of each class). Quota-feasible, not
   * necessarily the heaviest.
   */
  improve(panel: ClassPanel, weights: ArrayLike<number>): ClassPanel {
    const perPerson = this.expand(weights)
    const start = representative(this.people, panel)
    return this.countPerClass(this.swaps.improve(start, perPerson, heaviestFirst(perPerson)).panel)
  }

  private expand(weights: ArrayLike<number>): Float64Array {
    return Float64Array.from(this.people.classOf, (c) => weights[c] ?? 0)
  }

  private counted(found: { panel: number[]; value: number; bound: number } | null) {
    return found && { panel: this.countPerClass(found.panel), value: found.value, bound: found.bound }
  }

  /** A real panel as a count per class. */
  countPerClass(members: readonly number[]): ClassPanel {
    const { classOf } = this.people
    const panel = new Int32Array(this.classCount)
    for (const i of members) panel[classOf[i] ?? 0] = (panel[classOf[i] ?? 0] ?? 0) + 1
    return panel
  }

  dispose(): void {
    this.oracle.dispose()
    this.targeted.dispose()
  }
}
