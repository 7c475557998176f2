/**
 * One round's seating as numbers, with the costs the search needs: balance (scaled by the number
 * seated, so every figure is an integer) and past meetings. Every decision compares deltas computed
 * afresh from integers, so the same inputs take the same path on any machine.
 */
/** The numbers a round is built from (see SeatingIndex). */
export type RoundShape = {
  memberCount: number
  tableCount: number
  /** slots[i * fieldCount + f]: the slot of member i's value in field f. */
  slots: Int32Array
  fieldCount: number
  /** The slots of each field: [first, end). */
  fieldSlots: readonly (readonly [number, number])[]
  valueSlots: number
  /** met[i * memberCount + j]: times i and j have shared a table before this round. */
  met: Uint16Array
}

export class RoundState {
  /** Seated members (indexes into the plan's members), table per member (-1: not seated). */
  readonly tableOf: Int32Array
  readonly tables: number[][]
  /** counts[t * valueSlots + slot]: members of table t with the value in `slot`. */
  private readonly counts: Int32Array
  /** overall[slot]: members seated in this round with that value. */
  private readonly overall: Int32Array
  private readonly seated: number

  private readonly memberCount: number
  readonly tableCount: number
  private readonly slots: Int32Array
  private readonly fieldCount: number
  private readonly fieldSlots: readonly (readonly [number, number])[]
  private readonly valueSlots: number
  private readonly met: Uint16Array
  /** Cost of one past meeting in balance units × members seated. */
  readonly meetWeight: number

  constructor(shape: RoundShape, present: readonly number[], meetWeight: number) {
    this.memberCount = shape.memberCount
    this.tableCount = shape.tableCount
    this.slots = shape.slots
    this.fieldCount = shape.fieldCount
    this.fieldSlots = shape.fieldSlots
    this.valueSlots = shape.valueSlots
    this.met = shape.met
    this.meetWeight = meetWeight
    this.tableOf = new Int32Array(this.memberCount).fill(-1)
    this.tables = Array.from({ length: this.tableCount }, () => [])
    this.counts = new Int32Array(this.tableCount * this.valueSlots)
    this.overall = new Int32Array(this.valueSlots)
    this.seated = present.length
    for (const i of present)
      for (let f = 0; f < this.fieldCount; f++) {
        const s = this.slot(i, f)
        this.overall[s] = (this.overall[s] as number) + 1
      }
  }

  private slot(i: number, f: number): number {
    return this.slots[i * this.fieldCount + f] as number
  }

  /** |count × seated − size × overall| for one table and slot. */
  private term(count: number, size: number, slot: number): number {
    return Math.abs(count * this.seated - size * (this.overall[slot] as number))
  }

  private tableBalance(t: number, size: number, change?: { add: number; remove: number }): number {
    let total = 0
    const base = t * this.valueSlots
    for (let f = 0; f < this.fieldCount; f++) {
      const [first, end] = this.fieldSlots[f] as readonly [number, number]
      const plus = change && change.add >= 0 ? this.slot(change.add, f) : -1
      const minus = change && change.remove >= 0 ? this.slot(change.remove, f) : -1
      for (let s = first; s < end; s++) {
        const count = (this.counts[base + s] as number) + (s === plus ? 1 : 0) - (s === minus ? 1 : 0)
        total += this.term(count, size, s)
      }
    }
    return total
  }

  /** Past meetings of `i` with the members of table t, leaving out `except`. */
  meetings(i: number, t: number, except = -1): number {
    let total = 0
    const row = i * this.memberCount
    for (const j of this.tables[t] as number[]) if (j !== except) total += this.met[row + j] as number
    return total
  }

  /** The cost change of seating the members `group` at table t (all of them at once). */
  addCost(group: readonly number[], t: number): number {
    const table = this.tables[t] as number[]
    if (group.length === 1) {
      const i = group[0] as number
      const balance =
        this.tableBalance(t, table.length + 1, { add: i, remove: -1 }) - this.tableBalance(t, table.length)
      return balance + this.meetWeight * this.meetings(i, t)
    }
    let meet = 0
    for (const i of group) meet += this.meetings(i, t)
    const before = this.tableBalance(t, table.length)
    for (const i of group) this.place(i, t)
    const after = this.tableBalance(t, table.length)
    for (const i of group) this.unplace(i)
    return after - before + this.meetWeight * meet
  }

  /** The cost change of taking member i away from their table. */
  removeCost(i: number): number {
    const t = this.tableOf[i] as number
    const size = (this.tables[t] as number[]).length
    const balance = this.tableBalance(t, size - 1, { add: -1, remove: i }) - this.tableBalance(t, size)
    return balance - this.meetWeight * this.meetings(i, t, i)
  }

  /** The cost change of swapping a (at its table) with b (at another table). */
  swapCost(a: number, b: number): number {
    const ta = this.tableOf[a] as number
    const tb = this.tableOf[b] as number
    let balance = 0
    const baseA = ta * this.valueSlots
    const baseB = tb * this.valueSlots
    const sizeA = (this.tables[ta] as number[]).length
    const sizeB = (this.tables[tb] as number[]).length
    for (let f = 0; f < this.fieldCount; f++) {
      const va = this.slot(a, f)
      const vb = this.slot(b, f)
      if (va === vb) continue
      const cAa = this.counts[baseA + va] as number
      const cAb = this.counts[baseA + vb] as number
      const cBa = this.counts[baseB + va] as number
      const cBb = this.counts[baseB + vb] as number
      balance +=
        this.term(cAa - 1, sizeA, va) -
        this.term(cAa, sizeA, va) +
        this.term(cAb + 1, sizeA, vb) -
        this.term(cAb, sizeA, vb) +
        this.term(cBa + 1, sizeB, va) -
        this.term(cBa, sizeB, va) +
        this.term(cBb - 1, sizeB, vb) -
        this.term(cBb, sizeB, vb)
    }
    const meet =
      this.meetings(a, tb, b) - this.meetings(a, ta, a) + this.meetings(b, ta, a) - this.meetings(b, tb, b)
    return balance + this.meetWeight * meet
  }

  place(i: number, t: number): void {
    this.tableOf[i] = t
    ;(this.tables[t] as number[]).push(i)
    const base = t * this.valueSlots
    for (let f = 0; f < this.fieldCount; f++)
      this.counts[base + this.slot(i, f)] = (this.counts[base + this.slot(i, f)] as number) + 1
  }

  unplace(i: number): void {
    const t = this.tableOf[i] as number
    const table = this.tables[t] as number[]
    const at = table.lastIndexOf(i)
    table[at] = table[table.length - 1] as number
    table.pop()
    this.tableOf[i] = -1
    const base = t * this.valueSlots
    for (let f = 0; f < this.fieldCount; f++)
      this.counts[base + this.slot(i, f)] = (this.counts[base + this.slot(i, f)] as number) - 1
  }

  swap(a: number, b: number): void {
    const ta = this.tableOf[a] as number
    const tb = this.tableOf[b] as number
    this.unplace(a)
    this.unplace(b)
    this.place(a, tb)
    this.place(b, ta)
  }
}
