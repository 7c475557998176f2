import { AppError } from '../../shared/errors.ts'
import { msg, type Message } from '../../shared/messages.ts'
import { RoundState } from './round-state.ts'
import type { SeatingMember, SeatingRequest } from './seating-types.ts'

type SeatingIndexInput = Pick<SeatingRequest, 'members' | 'fields' | 'apart' | 'history' | 'roundNames'>

/** The request turned into numbers once: member indexes, value slots, past meetings. */
export class SeatingIndex {
  readonly members: readonly SeatingMember[]
  readonly indexOf = new Map<string, number>()
  readonly slots: Int32Array
  readonly fieldSlots: (readonly [number, number])[] = []
  readonly valueSlots: number
  /** met[i * n + j]: times i and j have shared a table so far. */
  readonly met: Uint16Array
  /** Who each member must be kept apart from (indexes). */
  readonly apart: number[][]

  private readonly request: SeatingIndexInput

  constructor(request: SeatingIndexInput) {
    this.request = request
    this.members = request.members
    request.members.forEach((m, i) => this.indexOf.set(m.id, i))
    const n = request.members.length
    const fieldCount = request.fields.length
    this.slots = new Int32Array(n * fieldCount)
    let next = 0
    for (let f = 0; f < fieldCount; f++) {
      const values = [...new Set(request.members.map((m) => m.values[f] ?? ''))].sort()
      const slotOf = new Map(values.map((v, k) => [v, next + k]))
      this.fieldSlots.push([next, next + values.length])
      next += values.length
      request.members.forEach(
        (m, i) => (this.slots[i * fieldCount + f] = slotOf.get(m.values[f] ?? '') as number),
      )
    }
    this.valueSlots = next
    this.met = new Uint16Array(n * n)
    for (const round of request.history ?? [])
      this.recordMeetings(round.map((table) => table.map((id) => this.index(id))))
    this.apart = Array.from({ length: n }, () => [])
    for (const [a, b] of request.apart) {
      const i = this.index(a)
      const j = this.index(b)
      this.apart[i]?.push(j)
      this.apart[j]?.push(i)
    }
  }

  index(id: string): number {
    const i = this.indexOf.get(id)
    if (i === undefined) throw new AppError('invalid-input', msg('tables.unknownMember', { id }))
    return i
  }

  id(i: number): string {
    return (this.members[i] as SeatingMember).id
  }

  roundLabel(r: number): Message {
    const name = this.request.roundNames?.[r]
    return name ? msg('common.text', { text: name }) : msg('tables.round', { number: r + 1 })
  }

  recordMeetings(tables: readonly (readonly number[])[]): void {
    const n = this.members.length
    for (const table of tables)
      for (const i of table)
        for (const j of table) if (i !== j) this.met[i * n + j] = (this.met[i * n + j] as number) + 1
  }

  /** An empty round over the `present` members; a meeting costs `weight` balance units. */
  roundState(tableCount: number, present: readonly number[], weight: number): RoundState {
    const shape = {
      memberCount: this.members.length,
      tableCount,
      slots: this.slots,
      fieldCount: this.request.fields.length,
      fieldSlots: this.fieldSlots,
      valueSlots: this.valueSlots,
      met: this.met,
    }
    return new RoundState(shape, present, weight * present.length)
  }

  /** Tables as ids, each table in the members' order. */
  ids(tables: readonly (readonly number[])[]): string[][] {
    return tables.map((table) => [...table].sort((a, b) => a - b).map((i) => this.id(i)))
  }

  /** Whether i may sit at a table whose members are `table` (none of them kept apart from i). */
  fits(i: number, table: readonly number[], except = -1): boolean {
    const apart = this.apart[i] as number[]
    if (apart.length === 0) return true
    for (const j of table) if (j !== except && apart.includes(j)) return false
    return true
  }
}
