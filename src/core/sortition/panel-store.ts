/** The distinct panels found so far, in the order found (each a sorted list of indices). */
export class PanelStore {
  readonly panels: number[][] = []
  private readonly keys = new Set<string>()

  /** Adds a panel; returns false when it was already known. */
  add(panel: readonly number[]): boolean {
    const sorted = [...panel].sort((a, b) => a - b)
    const key = sorted.join(',')
    if (this.keys.has(key)) return false
    this.keys.add(key)
    this.panels.push(sorted)
    return true
  }

  get size(): number {
    return this.panels.length
  }
}
