import type { ClassPanel } from './person-classes.ts'
import type { WeightedColumn } from './panel-weights.ts'

/** The distinct class panels found so far, in the order found, with their LP columns. */
export class ClassPanelStore {
  readonly panels: ClassPanel[] = []
  private readonly keys = new Set<string>()
  private readonly sizes: Float64Array

  /** `sizes[c]`: how many people class c has (a member's chance is count / size). */
  constructor(sizes: Float64Array) {
    this.sizes = sizes
  }

  /** Adds a panel; returns false when it was already known. */
  add(panel: ClassPanel): boolean {
    const key = panel.join(',')
    if (this.keys.has(key)) return false
    this.keys.add(key)
    this.panels.push(Int32Array.from(panel))
    return true
  }

  get size(): number {
    return this.panels.length
  }

  /** Panel b as an LP column: the classes it seats and each member's chance. */
  column(b: number): WeightedColumn {
    const panel = this.panels[b] ?? new Int32Array()
    const indices: number[] = []
    const values: number[] = []
    panel.forEach((seats, c) => {
      if (seats === 0) return
      indices.push(c)
      values.push(seats / (this.sizes[c] ?? 1))
    })
    return { indices, values }
  }

  /** The total weight of a panel under per-person weights. */
  value(panel: ClassPanel, perPerson: ArrayLike<number>): number {
    let value = 0
    panel.forEach((seats, c) => (value += seats * (perPerson[c] ?? 0)))
    return value
  }
}
