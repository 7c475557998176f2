import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { SeatingIndex } from './seating-index.ts'
import type { SeatingPair, SeatingPin } from './seating-types.ts'

/** Members who move as one (a cluster, a keep-together group), and the table they are pinned to. */
export type SeatingUnit = { members: number[]; pin: number | null }

export type RoundUnits = { units: SeatingUnit[]; capacities: number[]; pinOf: Map<number, number> }

/** Table sizes that differ by at most one: the first `n mod T` tables take one more. */
export function capacities(members: number, tables: number): number[] {
  const base = Math.floor(members / tables)
  const extra = members % tables
  return Array.from({ length: tables }, (_, t) => base + (t < extra ? 1 : 0))
}

/**
 * Checks one round's requests and groups its members into units, or refuses with a message naming
 * what to change: more tables than members, a cluster larger than a table, contradictory pins,
 * a pair both kept apart and together.
 */
export function roundUnits(
  index: SeatingIndex,
  round: number,
  present: readonly number[],
  tableCount: number,
  clusterOf: (i: number) => string,
  together: readonly SeatingPair[],
  pins: readonly SeatingPin[],
): RoundUnits {
  const label = index.roundLabel(round)
  if (!Number.isInteger(tableCount) || tableCount < 1)
    throw new AppError('invalid-input', msg('tables.noTables'))
  if (present.length === 0) throw new AppError('invalid-input', msg('tables.noMembers', { round: label }))
  if (tableCount > present.length)
    throw new AppError(
      'invalid-input',
      msg('tables.tooManyTables', { tables: tableCount, members: present.length, round: label }),
    )
  const isPresent = new Set(present)
  const parent = new Map<number, number>(present.map((i) => [i, i]))
  const find = (i: number): number => {
    let root = i
    while (parent.get(root) !== root) root = parent.get(root) as number
    parent.set(i, root)
    return root
  }
  const union = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb))
  }
  const firstOfCluster = new Map<string, number>()
  for (const i of present) {
    const cluster = clusterOf(i)
    if (!cluster) continue
    const first = firstOfCluster.get(cluster)
    if (first === undefined) firstOfCluster.set(cluster, i)
    else union(first, i)
  }
  for (const [a, b] of together) {
    const i = index.index(a)
    const j = index.index(b)
    if (isPresent.has(i) && isPresent.has(j)) union(i, j)
  }
  const pinOf = new Map<number, number>()
  for (const pin of pins) {
    const i = index.index(pin.member)
    if (!Number.isInteger(pin.table) || pin.table < 0 || pin.table >= tableCount)
      throw new AppError(
        'invalid-input',
        msg('tables.pinOutside', { id: pin.member, table: pin.table + 1, tables: tableCount }),
      )
    if (isPresent.has(i)) pinOf.set(i, pin.table)
  }
  const byRoot = new Map<number, number[]>()
  for (const i of present) {
    const root = find(i)
    const list = byRoot.get(root) ?? []
    list.push(i)
    byRoot.set(root, list)
  }
  const sizes = capacities(present.length, tableCount)
  const max = sizes[0] as number
  const units: SeatingUnit[] = []
  for (const members of byRoot.values()) {
    const first = members[0] as number
    if (members.length > max) {
      const cluster = clusterOf(first)
      const what = cluster
        ? msg('tables.cluster', { value: cluster })
        : msg('tables.together', { id: index.id(first) })
      throw new AppError(
        'invalid-input',
        msg('tables.clusterTooLarge', { what, size: members.length, max, round: label }),
      )
    }
    let pin: number | null = null
    let pinned = -1
    for (const i of members) {
      const table = pinOf.get(i)
      if (table === undefined) continue
      if (pin !== null && pin !== table)
        throw new AppError(
          'invalid-input',
          msg('tables.pinsContradict', {
            first: index.id(pinned),
            second: index.id(i),
            firstTable: pin + 1,
            secondTable: table + 1,
            round: label,
          }),
        )
      pin = table
      pinned = i
    }
    const inUnit = new Set(members)
    for (const i of members)
      for (const j of index.apart[i] as number[])
        if (inUnit.has(j))
          throw new AppError(
            'invalid-input',
            msg('tables.apartTogether', { first: index.id(i), second: index.id(j) }),
          )
    units.push({ members, pin })
  }
  // Pinned members kept apart at the same table contradict each other.
  for (const [i, table] of pinOf)
    for (const j of index.apart[i] as number[])
      if (i < j && pinOf.get(j) === table)
        throw new AppError(
          'invalid-input',
          msg('tables.pinsApart', {
            first: index.id(i),
            second: index.id(j),
            table: table + 1,
            round: label,
          }),
        )
  return { units, capacities: sizes, pinOf }
}
